import { Injectable, Optional } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_CONFIG, type AppConfig } from '@journey-atlas/api/platform';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ROLLUP_STATE } from '../sql/slot-rollup.sql';

const DEFAULT_MB = 64;

/**
 * Analytics answers kept in memory, keyed by (workspace, rollup version, route, normalised
 * request). Every statement that changes journeys bumps the workspace's rollup_state
 * version in the same transaction (rollups.sql.ts), so a committed build or import makes
 * older entries unreachable; they age out least-recently-used within the memory bound
 * (the answers' JSON length, a rough measure of their size).
 */
@Injectable()
export class AnswerCache {
  private readonly entries = new Map<string, { value: unknown; size: number }>();
  private readonly maxBytes: number;
  private bytes = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Optional() config?: ConfigService,
  ) {
    const megabytes = config?.get<AppConfig>(APP_CONFIG)?.analyticsCacheMb ?? DEFAULT_MB;
    this.maxBytes = megabytes * 1024 * 1024;
  }

  /** The cached answer to `request` for the workspace's current data, or a new one. */
  async answer<T>(
    workspaceId: string,
    route: string,
    request: unknown,
    compute: () => Promise<T>,
  ): Promise<T> {
    if (this.maxBytes === 0) return compute();
    const [state] = (await this.dataSource.query(ROLLUP_STATE, [workspaceId])) as {
      version: string;
    }[];
    if (!state) return compute();
    const key = JSON.stringify([workspaceId, state.version, route, request]);
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as T;
    }
    const value = await compute();
    const size = key.length + JSON.stringify(value).length;
    if (size <= this.maxBytes / 8) {
      this.entries.set(key, { value, size });
      this.bytes += size;
      for (const [oldest, entry] of this.entries) {
        if (this.bytes <= this.maxBytes) break;
        this.entries.delete(oldest);
        this.bytes -= entry.size;
      }
    }
    return value;
  }
}
