import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  RESOLVED_TOUCHPOINTS,
  STAGED_IDENTIFIERS_TABLE,
  StitchingService,
} from '@journey-atlas/api/identity';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import type { CopyBatch } from '../import/copy-batch';
import {
  BATCH_ASYNC_COMMIT,
  BATCH_WORK_MEM,
  COPY_IDENTIFIERS,
  COPY_IMPORT,
  COUNT_STAGED,
  DROP_STORED,
  STAGE_IMPORT_TABLE,
  insertStaged,
} from '../sql/bulk-import.sql';
import type { BatchOutcome } from './touchpoint-writer.service';

/** Rows per import transaction: fewer, bigger batches amortise the ~20 stitching statements. */
export const IMPORT_BATCH_SIZE = 20_000;

const INSERT_STAGED = insertStaged(RESOLVED_TOUCHPOINTS);

/**
 * The bulk-import fast path: one batch per transaction, rows and identifiers COPYed into
 * staging tables, rows stored already dropped, identities stitched and touchpoints
 * inserted with set-based SQL. Same rules as TouchpointWriterService (the HTTP path).
 */
@Injectable()
export class BulkWriterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly stitching: StitchingService,
  ) {}

  /**
   * `durable: false`: the COMMIT does not wait for the WAL to reach the disk (see
   * BATCH_ASYNC_COMMIT); the caller's next durable commit flushes it.
   */
  async write(
    workspaceId: string,
    batch: CopyBatch,
    { durable }: { durable: boolean },
  ): Promise<BatchOutcome> {
    const runner = this.dataSource.createQueryRunner();
    // TypeORM has no COPY; its Postgres query runner hands out the pg client it runs on.
    const client = (await runner.connect()) as PoolClient;
    try {
      await runner.startTransaction();
      await this.stitching.lockWorkspace(runner, workspaceId);
      await runner.query(BATCH_WORK_MEM);
      if (!durable) await runner.query(BATCH_ASYNC_COMMIT);
      await runner.query(STAGE_IMPORT_TABLE);
      await runner.query(STAGED_IDENTIFIERS_TABLE);
      await copy(client, COPY_IMPORT, batch.touchpoints);
      await copy(client, COPY_IDENTIFIERS, batch.identifiers);
      await runner.query(DROP_STORED, [workspaceId]);
      const [{ count }] = (await runner.query(COUNT_STAGED)) as { count: number }[];
      let inserted = 0;
      if (count > 0) {
        await this.stitching.stitchStaged(runner, workspaceId);
        [{ inserted }] = (await runner.query(INSERT_STAGED, [workspaceId])) as {
          inserted: number;
        }[];
      }
      await runner.commitTransaction();
      return { accepted: inserted, duplicates: batch.size - inserted };
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }
}

/**
 * The batch goes out as one buffer: the socket then drains it without waiting for the
 * event loop, which is busy reading the next batch (in 512 kB slices, each slice waited
 * for a turn of the loop and Postgres sat idle in between).
 */
async function copy(client: PoolClient, sql: string, text: string): Promise<void> {
  if (text === '') return;
  await pipeline(Readable.from([Buffer.from(text)]), client.query(copyFrom(sql)));
}
