import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type KeyedIdentifier, StitchingService } from '@journey-atlas/api/identity';
import type { ValidTouchpoint } from '@journey-atlas/shared/domain';
import { DataSource, type QueryRunner } from 'typeorm';
import { EXISTING_TOUCHPOINTS, INSERT_TOUCHPOINTS } from '../sql/touchpoints.sql';

/** A validated touchpoint with its identifiers keyed, ready to store. */
export interface PreparedTouchpoint {
  touchpoint: ValidTouchpoint;
  identifiers: KeyedIdentifier[];
  /** What an importer assumed while reading it (time zone, time of day...). */
  assumptions?: Record<string, unknown>;
}

export interface BatchOutcome {
  accepted: number;
  duplicates: number;
}

const keyOf = (touchpoint: ValidTouchpoint) => `${touchpoint.source}\u0000${touchpoint.id}`;

/**
 * Stores one batch in one transaction: drop what is stored already, stitch identities,
 * insert. A request that dies midway therefore leaves whole batches only, and its
 * retry counts those as duplicates.
 */
@Injectable()
export class TouchpointWriterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly stitching: StitchingService,
  ) {}

  async write(workspaceId: string, batch: PreparedTouchpoint[]): Promise<BatchOutcome> {
    const unique = new Map<string, PreparedTouchpoint>();
    for (const item of batch) {
      if (!unique.has(keyOf(item.touchpoint))) unique.set(keyOf(item.touchpoint), item);
    }
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      // One writer per workspace at a time: concurrent replays then see each other's rows.
      await this.stitching.lockWorkspace(runner, workspaceId);
      const candidates = [...unique.values()];
      const existing = (await runner.query(EXISTING_TOUCHPOINTS, [
        workspaceId,
        candidates.map((item) => item.touchpoint.source),
        candidates.map((item) => item.touchpoint.id),
      ])) as { source: string; external_id: string }[];
      for (const row of existing) unique.delete(`${row.source}\u0000${row.external_id}`);
      const fresh = [...unique.values()];
      let inserted = 0;
      if (fresh.length > 0) inserted = await this.store(runner, workspaceId, fresh);
      await runner.commitTransaction();
      return { accepted: inserted, duplicates: batch.length - inserted };
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  private async store(
    runner: QueryRunner,
    workspaceId: string,
    fresh: PreparedTouchpoint[],
  ): Promise<number> {
    const { resolved } = await this.stitching.stitch(
      runner,
      workspaceId,
      fresh.map((item, ord) => ({
        ord,
        source: item.touchpoint.source,
        externalId: item.touchpoint.id,
        identifiers: item.identifiers,
      })),
    );
    const rows = fresh.map((item, ord) => {
      const t = item.touchpoint;
      const identity = resolved.get(ord);
      if (!identity)
        throw new Error(`Stitching left touchpoint ${t.source}/${t.id} without a customer`);
      return {
        customer_id: identity.customerId,
        source: t.source,
        external_id: t.id,
        occurred_at: new Date(t.occurredAt).toISOString(),
        channel: t.channel,
        direction: t.direction,
        interaction_type: t.interactionType,
        intent: t.intent ?? null,
        outcome: t.outcome ?? null,
        agent_id: t.agentId ?? null,
        team: t.team ?? null,
        queue: t.queue ?? null,
        wait_seconds: t.waitSeconds ?? null,
        handle_seconds: t.handleSeconds ?? null,
        cost: t.cost ?? null,
        csat: t.csat ?? null,
        ces: t.ces ?? null,
        nps: t.nps ?? null,
        sentiment: t.sentiment ?? null,
        ivr_path: t.ivrPath ?? null,
        attributes: t.attributes ?? null,
        assumptions: item.assumptions ?? null,
        identifier_ids: identity.identifierIds,
      };
    });
    const [{ inserted }] = (await runner.query(INSERT_TOUCHPOINTS, [
      workspaceId,
      JSON.stringify(rows),
    ])) as { inserted: number }[];
    return inserted;
  }
}
