import { GAP_BUCKETS } from '@journey-atlas/api/platform/sql';
import type { FlowGraphEdgeDto, FlowGraphNodeDto } from '@journey-atlas/shared/domain';
import type { SlotFlowRow } from '../sql/slot-map.sql';
import { addGaps, medianFromBuckets } from './slot-map';

export interface FlowGraphSums {
  journeys: number;
  nodes: FlowGraphNodeDto[];
  edges: FlowGraphEdgeDto[];
}

/** Code-unit order, as Postgres sorts these ASCII names (the fact path's ORDER BY). */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The flow graph from map_slot's (channel, next channel) sums, as flowGraphSql gives it
 * from the facts: a channel's steps are the rows leaving it (every step has one, to ''
 * when it is its journey's last), its starts those that were first steps, its ends those
 * to ''; an edge is a row to a next channel, its median gap estimated from the buckets
 * (within a factor 2^(1/4), see medianFromBuckets). Nodes, then edges, by count
 * descending, then by name.
 */
export function foldSlotFlows(rows: readonly SlotFlowRow[]): FlowGraphSums {
  const nodes = new Map<string, FlowGraphNodeDto>();
  const edges: (FlowGraphEdgeDto & { gaps: number[] })[] = [];
  let journeys = 0;
  for (const row of rows) {
    const node = nodes.get(row.channel) ?? { channel: row.channel, steps: 0, starts: 0, ends: 0 };
    node.steps += row.steps;
    node.starts += row.starts;
    journeys += row.starts;
    if (row.next_channel === '') node.ends += row.steps;
    nodes.set(row.channel, node);
    if (row.next_channel !== '') {
      const gaps = new Array<number>(GAP_BUCKETS).fill(0);
      if (row.gaps !== null) addGaps(gaps, row.gaps);
      edges.push({
        source: row.channel,
        target: row.next_channel,
        count: row.steps,
        medianGapHours: 0,
        gaps,
      });
    }
  }
  return {
    journeys,
    nodes: [...nodes.values()].sort((a, b) => b.steps - a.steps || byText(a.channel, b.channel)),
    edges: edges
      .sort((a, b) => b.count - a.count || byText(a.source, b.source) || byText(a.target, b.target))
      .map(({ gaps, ...edge }) => ({
        ...edge,
        medianGapHours: (medianFromBuckets(gaps) ?? 0) / 3600,
      })),
  };
}
