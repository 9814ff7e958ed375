import { Injectable } from '@nestjs/common';
import type { QueryRunner } from 'typeorm';
import {
  ANALYZE_STAGED_GRAPH,
  ANALYZE_STAGED_NODES,
  APPLY_CAP,
  INSERT_NEW_CUSTOMERS,
  INSERT_NEW_IDENTIFIERS,
  LOCK_WORKSPACE_IDENTITY,
  MARK_CUSTOMERS_CHANGED,
  MERGE_CUSTOMER_ROWS,
  MERGED_CUSTOMERS,
  MOVE_MERGED_IDENTIFIERS,
  MOVE_MERGED_TOUCHPOINTS,
  PROPAGATE_LABELS,
  RECORD_MERGES,
  RESOLVED_TOUCHPOINTS,
  STAGE_COMPONENTS,
  STAGE_EDGES,
  STAGE_IDENTIFIERS,
  STAGE_LABELS,
  STAGE_MERGES,
  STAGE_NODES,
  STAGED_STATISTICS_TARGET,
  UPDATE_KNOWN_IDENTIFIERS,
} from '../sql/stitch.sql';
import type { KeyedIdentifier } from './identifier-keyer';

export interface StitchInput {
  /** The caller's position for this touchpoint; echoed in the result. */
  ord: number;
  source: string;
  externalId: string;
  identifiers: KeyedIdentifier[];
}

export interface ResolvedTouchpoint {
  customerId: string;
  identifierIds: string[];
}

export interface StitchResult {
  resolved: Map<number, ResolvedTouchpoint>;
  merges: { loser: string; survivor: string }[];
}

/** Label propagation converges in (component diameter) rounds; star edges keep that small. */
const MAX_ROUNDS = 100;

/**
 * Resolves a batch of touchpoints to customers in a handful of set-based statements,
 * merging customers the batch links. Runs in the caller's transaction, which must
 * hold the workspace identity lock (see lockWorkspace).
 */
@Injectable()
export class StitchingService {
  async lockWorkspace(runner: QueryRunner, workspaceId: string): Promise<void> {
    await runner.query(LOCK_WORKSPACE_IDENTITY, [workspaceId]);
  }

  async stitch(
    runner: QueryRunner,
    workspaceId: string,
    inputs: StitchInput[],
  ): Promise<StitchResult> {
    if (inputs.length === 0) return { resolved: new Map(), merges: [] };
    await runner.query(STAGE_IDENTIFIERS, stagingColumns(inputs));
    const merges = await this.stitchStaged(runner, workspaceId);
    const rows = (await runner.query(RESOLVED_TOUCHPOINTS)) as {
      ord: number;
      customer_id: string;
      identifier_ids: string[];
    }[];
    const resolved = new Map(
      rows.map((row) => [
        row.ord,
        { customerId: row.customer_id, identifierIds: row.identifier_ids },
      ]),
    );
    return { resolved, merges };
  }

  /**
   * The stitching itself, for identifiers already staged in `st_ident` (a bulk importer
   * fills it with COPY, see STAGED_IDENTIFIERS_TABLE). Afterwards, until the transaction
   * ends, RESOLVED_TOUCHPOINTS names each staged touchpoint's customer.
   */
  async stitchStaged(
    runner: QueryRunner,
    workspaceId: string,
  ): Promise<{ loser: string; survivor: string }[]> {
    const w = [workspaceId];
    await runner.query(STAGE_NODES, w);
    await runner.query(STAGED_STATISTICS_TARGET);
    await runner.query(ANALYZE_STAGED_NODES);
    await runner.query(APPLY_CAP, w);
    await runner.query(STAGE_EDGES);
    await runner.query(STAGE_LABELS);
    await runner.query(ANALYZE_STAGED_GRAPH);
    await this.propagate(runner);
    await runner.query(STAGE_COMPONENTS);
    await runner.query(INSERT_NEW_CUSTOMERS, w);
    await runner.query(STAGE_MERGES);
    const merges = (await runner.query(MERGED_CUSTOMERS)) as { loser: string; survivor: string }[];
    if (merges.length > 0) {
      await runner.query(RECORD_MERGES, w);
      await runner.query(MOVE_MERGED_IDENTIFIERS, w);
      await runner.query(MOVE_MERGED_TOUCHPOINTS, w);
      await runner.query(MERGE_CUSTOMER_ROWS, w);
      await this.markChanged(
        runner,
        workspaceId,
        merges.flatMap((merge) => [merge.loser, merge.survivor]),
      );
    }
    await runner.query(UPDATE_KNOWN_IDENTIFIERS);
    await runner.query(INSERT_NEW_IDENTIFIERS, w);
    return merges;
  }

  /** Queues customers for the journey engine to rebuild. */
  async markChanged(
    runner: QueryRunner,
    workspaceId: string,
    customerIds: string[],
  ): Promise<void> {
    if (customerIds.length === 0) return;
    await runner.query(MARK_CUSTOMERS_CHANGED, [workspaceId, [...new Set(customerIds)]]);
  }

  private async propagate(runner: QueryRunner): Promise<void> {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const result = await runner.query(PROPAGATE_LABELS, [], true);
      if (!result.affected) return;
    }
    throw new Error(`Identity components did not converge in ${MAX_ROUNDS} rounds`);
  }
}

/** One row per (touchpoint, identifier), as parallel arrays: cheaper for Postgres than JSON. */
function stagingColumns(inputs: StitchInput[]): unknown[][] {
  const columns: unknown[][] = [[], [], [], [], [], [], []];
  for (const input of inputs) {
    input.identifiers.forEach((identifier, position) => {
      columns[0].push(input.ord);
      columns[1].push(position);
      columns[2].push(input.source);
      columns[3].push(input.externalId);
      columns[4].push(identifier.kind);
      columns[5].push(identifier.keyHex);
      columns[6].push(identifier.masked);
    });
  }
  return columns;
}
