import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { JOURNEY_WORKER_OPTIONS, type JourneyWorkerOptions } from '../journey-worker.options';
import { CHANGES_CHANNEL } from '../sql/rebuild.sql';
import { JobWorker } from './job-worker.service';

const RETRY_MS = 5_000;

/**
 * Wakes the worker as soon as a transaction that queued customer changes commits (a
 * statement trigger on customer_change NOTIFYs), instead of at its next poll: new
 * touchpoints reach the journeys without waiting up to a poll interval. Holds one pooled
 * connection while the app runs; polling stays as the fallback if it is lost.
 */
@Injectable()
export class ChangeListener implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ChangeListener.name);
  private client: PoolClient | undefined;
  private retry: NodeJS.Timeout | undefined;
  private stopping = false;

  constructor(
    @Inject(JOURNEY_WORKER_OPTIONS) private readonly options: JourneyWorkerOptions,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly worker: JobWorker,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.drainChanges) await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    client.removeAllListeners('notification');
    try {
      await client.query(`UNLISTEN ${CHANGES_CHANNEL}`);
      client.removeAllListeners('error');
      client.release();
    } catch {
      client.release(true);
    }
  }

  private async listen(): Promise<void> {
    if (this.stopping) return;
    const pool = (this.dataSource.driver as unknown as { master?: Pool }).master;
    if (!pool) return;
    let client: PoolClient | undefined;
    try {
      client = await pool.connect();
      client.on('notification', () => this.worker.kick());
      client.on('error', (error: Error) => this.lost(client, error));
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
      this.client = client;
    } catch (error) {
      this.lost(client, error);
    }
  }

  private lost(client: PoolClient | undefined, error: unknown): void {
    if (client && this.client === client) this.client = undefined;
    client?.removeAllListeners('notification');
    try {
      client?.release(true);
    } catch {
      // Already released.
    }
    if (this.stopping) return;
    this.logger.warn({ err: error }, 'Change notifications lost; polling until they are back');
    this.retry = setTimeout(() => void this.listen(), RETRY_MS);
  }
}
