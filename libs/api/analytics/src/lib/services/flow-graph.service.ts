import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FlowGraphDto } from '@journey-atlas/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { ResolvedFilter } from '../sql/filter.sql';
import { flowGraphSql } from '../sql/flow-graph.sql';
import { INT_ARRAYS_AS_TEXT, preparedQuery } from '../sql/prepared';
import { type SlotFlowRow, slotFlowSql } from '../sql/slot-map.sql';
import { slotDays, slotsServeFilter } from '../sql/slot-rollup.sql';
import { analyticsTransaction } from './analytics-transaction';
import { AnswerCache } from './answer-cache.service';
import { filterDto } from './filter-dto';
import type { ReadOptions } from './metric-sums';
import { type FlowGraphSums, foldSlotFlows } from './slot-flow';

interface FlowRow {
  kind: 'node' | 'edge';
  source: string;
  target: string | null;
  count: number;
  starts: number | null;
  ends: number | null;
  median_gap_seconds: number | null;
  journeys: number | null;
}

/**
 * The channel directly-follows graph: nodes by step volume, edges by count. From map_slot
 * when the slots serve the filter (no intent: map rows are for all keys), with medians
 * estimated from gap buckets; else from the journeys and steps with exact medians.
 */
@Injectable()
export class FlowGraphService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: AnswerCache,
  ) {}

  async flowGraph(filter: ResolvedFilter, read: ReadOptions = {}): Promise<FlowGraphDto> {
    const slots = (read.slots ?? true) && filter.intent === null && slotsServeFilter(filter);
    const compute = async (): Promise<FlowGraphDto> => ({
      filter: filterDto(filter),
      ...(await analyticsTransaction(this.dataSource, (manager) =>
        this.sums(manager, filter, slots),
      )),
    });
    return read.cache === false
      ? compute()
      : this.cache.answer(filter.workspaceId, 'flow-graph', [filter, slots], compute);
  }

  private async sums(
    manager: EntityManager,
    filter: ResolvedFilter,
    slots: boolean,
  ): Promise<FlowGraphSums> {
    if (slots) {
      const window = { lo: filter.fromAt, hi: filter.toAt, currentFrom: null };
      const days = await slotDays((text, values) => manager.query(text, values), filter, window);
      if (days) {
        const rows = await preparedQuery<SlotFlowRow>(
          manager,
          slotFlowSql(filter, days),
          INT_ARRAYS_AS_TEXT,
        );
        return foldSlotFlows(rows);
      }
    }
    const { text, values } = flowGraphSql(filter);
    const rows = (await manager.query(text, values)) as FlowRow[];
    const nodes = rows.filter((row) => row.kind === 'node');
    return {
      journeys: nodes[0]?.journeys ?? 0,
      nodes: nodes.map((row) => ({
        channel: row.source,
        steps: row.count,
        starts: row.starts ?? 0,
        ends: row.ends ?? 0,
      })),
      edges: rows
        .filter((row) => row.kind === 'edge')
        .map((row) => ({
          source: row.source,
          target: row.target ?? '',
          count: row.count,
          medianGapHours: (row.median_gap_seconds ?? 0) / 3600,
        })),
    };
  }
}
