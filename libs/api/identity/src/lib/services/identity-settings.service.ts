import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ENSURE_IDENTITY_SETTINGS, SELECT_IDENTITY_SETTINGS } from '../sql/identity-settings.sql';

export interface IdentitySettings {
  /** HMAC key for identifiers; never leaves the process. */
  secret: Buffer;
  defaultCountry: string;
  identifierCap: number;
}

/** Settings change rarely; re-read now and then so an edited row takes effect. */
const TTL_MS = 30_000;

@Injectable()
export class IdentitySettingsService {
  private readonly cache = new Map<string, { at: number; settings: IdentitySettings }>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The workspace's settings, creating them (with a new random secret) on first use. */
  async forWorkspace(workspaceId: string): Promise<IdentitySettings> {
    const hit = this.cache.get(workspaceId);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.settings;
    await this.dataSource.query(ENSURE_IDENTITY_SETTINGS, [workspaceId, randomBytes(32)]);
    const [row] = (await this.dataSource.query(SELECT_IDENTITY_SETTINGS, [workspaceId])) as {
      hmac_secret: Buffer;
      default_country: string;
      identifier_cap: number;
    }[];
    const settings = {
      secret: row.hmac_secret,
      defaultCountry: row.default_country,
      identifierCap: row.identifier_cap,
    };
    this.cache.set(workspaceId, { at: Date.now(), settings });
    return settings;
  }
}
