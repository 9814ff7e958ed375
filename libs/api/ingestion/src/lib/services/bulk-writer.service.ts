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
  COPY_TOUCHPOINTS,
  COUNT_STAGED,
  DROP_STORED,
  resolveAndQueue,
} from '../sql/bulk-import.sql';
import type { BatchOutcome } from './touchpoint-writer.service';

/** Rows per import transaction: fewer, bigger batches amortise the ~20 stitching statements. */
export const IMPORT_BATCH_SIZE = 50_000;

const RESOLVE_AND_QUEUE = resolveAndQueue(RESOLVED_TOUCHPOINTS);

/**
 * The bulk-import fast path: one batch per transaction, identifiers COPYed into a staging
 * table, rows stored already dropped, identities stitched with set-based SQL, then the
 * touchpoints COPYed straight into `touchpoint` with the customers stitching found (no
 * staging table and insert-select for the wide rows). Same rules for every writer
 * (TouchpointWriterService, the HTTP path, uses it too).
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
      await runner.query(STAGED_IDENTIFIERS_TABLE);
      await copy(client, COPY_IDENTIFIERS, batch.identifiers.join(''));
      await runner.query(DROP_STORED, [workspaceId]);
      const [{ count }] = (await runner.query(COUNT_STAGED)) as { count: number }[];
      let inserted = 0;
      if (count > 0) {
        await this.stitching.stitchStaged(runner, workspaceId);
        const resolved = await client.query<[number, string, string]>({
          text: RESOLVE_AND_QUEUE,
          values: [workspaceId],
          rowMode: 'array',
        });
        await copy(client, COPY_TOUCHPOINTS, touchpointLines(workspaceId, batch, resolved.rows));
        inserted = resolved.rows.length;
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

/** COPY text for `touchpoint`: the columns stitching decided, then the row's own line. */
function touchpointLines(
  workspaceId: string,
  batch: CopyBatch,
  resolved: [number, string, string][],
): string {
  const lines: string[] = [];
  for (const [ord, customerId, identifierIds] of resolved) {
    lines.push(`${workspaceId}\t${customerId}\t${identifierIds}\t${batch.rows[ord]}`);
  }
  return lines.join('');
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
