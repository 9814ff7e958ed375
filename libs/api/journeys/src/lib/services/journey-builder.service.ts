import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { BUILD_JOURNEYS } from '../sql/build-journeys.sql';
import { buildParameters } from '../sql/build-parameters';
import {
  BUILD_MEMORY,
  CLAIM_CHANGES,
  COUNT_CUSTOMERS,
  CREATE_REPLACED_TABLES,
  DELETE_JOURNEYS,
  DELETE_RANGE_CHANGES,
  ENSURE_SETTINGS,
  FIRST_UUID,
  CHUNK_STARTS,
  LOCK_FULL_REBUILD,
  LOCK_WORKSPACE,
  LOCK_WORKSPACE_SHARED,
  UNLOCK_FULL_REBUILD,
} from '../sql/rebuild.sql';
import {
  BUMP_ROLLUP_VERSION,
  RECOUNT_IN_PLACE,
  RECOUNT_MEMORY,
  RECOUNT_STAGED,
  type RecountStatement,
  recountValues,
  type RollupTable,
  SELECT_ROLLUP_ATTRIBUTES,
} from '../sql/recount.sql';
import type { BuildScope } from '../sql/scopes';

export interface RebuildProgress {
  /** Customers whose journeys are rebuilt and committed so far. */
  done: number;
  /** Customers in the workspace when the rebuild started (chunks may hold a few more). */
  total: number;
}

/** Called after each committed chunk; throwing stops the rebuild there. */
export type ProgressCallback = (progress: RebuildProgress) => void | Promise<void>;

/**
 * Called after each rollup table is counted into its staging copy; throwing stops the
 * rebuild there (the rollups stay as they were).
 */
export type RecountCallback = (table: RollupTable) => void | Promise<void>;

export interface RebuildOptions {
  /** Customers per transaction. */
  chunkSize?: number;
  /** Chunks built at the same time, each on its own connection. */
  connections?: number;
  onProgress?: ProgressCallback;
  onRecountPart?: RecountCallback;
}

/** A connection or transaction to run statements on. */
interface Queryable {
  query(sql: string, parameters: unknown[]): Promise<unknown>;
}

export const DEFAULT_CHUNK_SIZE = 2000;
export const DEFAULT_CHANGE_BATCH = 1000;
/** Two cores: one chunk per core while Node waits. */
export const DEFAULT_BUILD_CONNECTIONS = 2;

/**
 * Planner statistics of the tables a build fills. Autovacuum analyses them only a minute
 * or more after a big change; until then the analytics plan for the empty tables they
 * were (nested loops over "1 row") and a journey map that takes 0.3 s took 80 s right
 * after the first demo load.
 */
export const ANALYZE_BUILD_TABLES = `ANALYZE journey, journey_step, friction_event,
  journey_daily, journey_transition, friction_daily`;
/** Before a recount: its statements are planned from these tables' statistics. */
export const ANALYZE_FACT_TABLES = `ANALYZE journey, journey_step, friction_event`;
/** After a recount, for the analytics that read the rollups. */
export const ANALYZE_ROLLUP_TABLES = `ANALYZE journey_daily, journey_transition, friction_daily,
  journey_slot, contact_slot, map_slot, shift_slot, path_slot, agent_slot`;
/** A drain that rebuilt at least this many customers refreshes the statistics. */
export const ANALYZE_AFTER_CUSTOMERS = 2000;

/**
 * Builds journeys, steps, friction events and rollups from touchpoints with set-based
 * SQL. Every unit of work deletes and re-inserts whole customers in one transaction, so
 * any interruption leaves whole customers and running again converges on the same state.
 */
@Injectable()
export class JourneyBuilder {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Rebuilds every customer of the workspace, one transaction per chunk of customers,
   * `connections` chunks at a time. Chunks are ranges of customer ids that together cover
   * every possible id, so rows of customers that no longer have touchpoints (merged away)
   * go too. The rollups are recounted at the end, table by table on `connections`
   * connections, and replaced in one transaction; an interrupted run leaves them as they
   * were before it, and whole customers either rebuilt or as they were.
   */
  async rebuildAll(workspaceId: string, options: RebuildOptions = {}): Promise<RebuildProgress> {
    const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
    const connections = Math.max(1, options.connections ?? DEFAULT_BUILD_CONNECTIONS);
    await this.dataSource.query(ENSURE_SETTINGS, [workspaceId]);
    const session = this.dataSource.createQueryRunner();
    await session.connect();
    try {
      await session.query(LOCK_FULL_REBUILD, [workspaceId]);
      try {
        const progress = await this.buildChunks(workspaceId, chunkSize, connections, options);
        // Chunks leave the rollups alone; one recount makes them match the new journeys.
        await this.dataSource.query(ANALYZE_FACT_TABLES);
        await this.recountRollups(session, workspaceId, connections, options);
        await this.dataSource.query(ANALYZE_ROLLUP_TABLES);
        return progress;
      } finally {
        await session.query(UNLOCK_FULL_REBUILD, [workspaceId]);
      }
    } finally {
      await session.release();
    }
  }

  /**
   * Recounts every rollup table (recount.sql.ts): `session` holds the exclusive workspace
   * lock in one transaction and counts its tables in place while up to `connections - 1`
   * pooled connections count the others into staging; then `session` copies those over,
   * bumps the version and commits. The journeys cannot change in between, and readers see
   * old or new rollups, never a mix.
   */
  private async recountRollups(
    session: QueryRunner,
    workspaceId: string,
    connections: number,
    options: RebuildOptions,
  ): Promise<void> {
    const helpers = Math.min(connections - 1, RECOUNT_STAGED.length);
    const staged = helpers > 0 ? RECOUNT_STAGED : [];
    const inPlace = helpers > 0 ? RECOUNT_IN_PLACE : [...RECOUNT_STAGED, ...RECOUNT_IN_PLACE];
    const [{ rollup_attributes: attributes }] = (await this.dataSource.query(
      SELECT_ROLLUP_ATTRIBUTES,
      [workspaceId],
    )) as { rollup_attributes: string[] }[];
    const run = async (statements: readonly RecountStatement[], on: Queryable) => {
      for (const statement of statements) {
        await on.query(statement.sql, recountValues(statement, workspaceId, attributes));
      }
    };
    await session.startTransaction();
    try {
      await session.query(LOCK_WORKSPACE, [workspaceId]);
      await session.query(RECOUNT_MEMORY, [workspaceId]);
      let failed = false;
      let next = 0;
      const countInPlace = async (): Promise<void> => {
        for (const part of inPlace) {
          if (failed) return;
          await run(part.inPlace, session);
          await options.onRecountPart?.(part.table);
        }
      };
      const countStaged = async (): Promise<void> => {
        while (!failed && next < staged.length) {
          const part = staged[next++];
          await this.dataSource.transaction((manager) => run(part.staged, manager));
          if (failed) return;
          await options.onRecountPart?.(part.table);
        }
      };
      const results = await Promise.allSettled(
        [countInPlace, ...Array.from({ length: helpers }, () => countStaged)].map((count) =>
          count().catch((error: unknown) => {
            failed = true;
            throw error;
          }),
        ),
      );
      const rejected = results.find((result) => result.status === 'rejected');
      if (rejected) throw rejected.reason;
      for (const part of staged) await run(part.copy, session);
      await session.query(BUMP_ROLLUP_VERSION, [workspaceId, attributes]);
      await session.commitTransaction();
    } catch (error) {
      await session.rollbackTransaction();
      throw error;
    }
  }

  /** Builds the chunks in id order, `connections` transactions at a time. */
  private async buildChunks(
    workspaceId: string,
    chunkSize: number,
    connections: number,
    options: RebuildOptions,
  ): Promise<RebuildProgress> {
    const [{ count }] = (await this.dataSource.query(COUNT_CUSTOMERS, [workspaceId])) as {
      count: number;
    }[];
    const starts = (
      (await this.dataSource.query(CHUNK_STARTS, [workspaceId, chunkSize])) as { id: string }[]
    ).map((row) => row.id);
    const bounds = [FIRST_UUID, ...starts].map((from, i) => [from, starts[i] ?? null]);
    const progress: RebuildProgress = { done: 0, total: count };
    let next = 0;
    let completed = 0;
    let failed = false;
    const work = async (): Promise<void> => {
      while (!failed && next < bounds.length) {
        const range = bounds[next++];
        await this.dataSource.transaction(async (manager) => {
          await manager.query(LOCK_WORKSPACE_SHARED, [workspaceId]);
          await manager.query(DELETE_RANGE_CHANGES, [workspaceId, ...range]);
          await this.replace(manager, workspaceId, 'range', range);
        });
        // Customers present at the start: full chunks, then whatever the last one holds.
        completed++;
        progress.done =
          completed === bounds.length ? count : Math.min(completed * chunkSize, count);
        if (failed) return;
        await options.onProgress?.({ ...progress });
      }
    };
    const results = await Promise.allSettled(
      Array.from({ length: Math.min(connections, bounds.length) }, () =>
        work().catch((error: unknown) => {
          failed = true;
          throw error;
        }),
      ),
    );
    const rejected = results.find((result) => result.status === 'rejected');
    if (rejected) throw rejected.reason;
    return progress;
  }

  /** Rebuilds only these customers (delete + insert), in one transaction. */
  async rebuildCustomers(workspaceId: string, customerIds: readonly string[]): Promise<void> {
    if (customerIds.length === 0) return;
    await this.dataSource.query(ENSURE_SETTINGS, [workspaceId]);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(LOCK_WORKSPACE, [workspaceId]);
      await this.replace(manager, workspaceId, 'customers', [[...customerIds]]);
    });
  }

  /**
   * Drains the workspace's customer_change queue batch by batch. Each batch is claimed
   * with SKIP LOCKED and deleted in the transaction that rebuilds it, so concurrent
   * workers never process a customer twice and a failed batch stays queued.
   * Returns the number of customers rebuilt.
   */
  async processChangedCustomers(
    workspaceId: string,
    batchSize = DEFAULT_CHANGE_BATCH,
  ): Promise<number> {
    await this.dataSource.query(ENSURE_SETTINGS, [workspaceId]);
    let processed = 0;
    for (;;) {
      const claimed = await this.dataSource.transaction(async (manager) => {
        const rows = (await manager.query(CLAIM_CHANGES, [workspaceId, batchSize])) as {
          customer_id: string;
        }[];
        const ids = rows.map((row) => row.customer_id);
        if (ids.length > 0) {
          await manager.query(LOCK_WORKSPACE, [workspaceId]);
          await this.replace(manager, workspaceId, 'customers', [ids]);
        }
        return ids.length;
      });
      processed += claimed;
      if (claimed < batchSize) {
        if (processed >= ANALYZE_AFTER_CUSTOMERS) await this.dataSource.query(ANALYZE_BUILD_TABLES);
        return processed;
      }
    }
  }

  /** Deletes the scope's rows and builds them again (caller holds the workspace lock). */
  private async replace(
    manager: EntityManager,
    workspaceId: string,
    scope: BuildScope,
    scopeParameters: unknown[],
  ): Promise<void> {
    if (scope === 'customers') await manager.query(CREATE_REPLACED_TABLES);
    await manager.query(DELETE_JOURNEYS[scope], [workspaceId, ...scopeParameters]);
    await manager.query(BUILD_MEMORY);
    await manager.query(BUILD_JOURNEYS[scope], buildParameters(workspaceId, scopeParameters));
  }
}
