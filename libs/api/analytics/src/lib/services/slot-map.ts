import type { EntityManager } from 'typeorm';
import type { MapLinkRow, MapRequest, MapTotalsRow } from '../sql/journey-map.sql';
import {
  BUCKETS_PER_DOUBLING,
  NO_GAP_BUCKET,
  type SlotGapRow,
  type SlotMapRow,
  slotGapSql,
  slotMapSql,
} from '../sql/slot-map.sql';
import type { ResolvedFilter } from '../sql/filter.sql';
import type { DayWindow } from '../sql/slot-rollup.sql';

/** Whether the slot rollups hold the map's window of steps: the first steps, no anchor. */
export function slotsServeMap(request: MapRequest): boolean {
  return (
    request.anchorChannel === null && request.anchorIntent === null && request.direction === 'after'
  );
}

/** A gap bucket's geometric midpoint in seconds. */
function bucketSeconds(bucket: number): number {
  return bucket === NO_GAP_BUCKET ? 0 : 2 ** ((bucket + 0.5) / BUCKETS_PER_DOUBLING);
}

/**
 * The rows journeyMapSql returns (links with exits, and totals), built from map_slot:
 * node counts, folding into 'other' and links exactly; medians of the gaps estimated
 * from map_gap_slot (see slot-map.sql.ts for the bound).
 */
export async function slotMapRows(
  manager: EntityManager,
  filter: ResolvedFilter,
  days: DayWindow,
  request: MapRequest,
): Promise<{ links: MapLinkRow[]; totals: MapTotalsRow }> {
  const last = request.steps - 1;
  const statement = slotMapSql(filter, days, request.steps);
  const rows = (await manager.query(statement.text, statement.values)) as SlotMapRow[];
  const key = (pos: number, channel: string) => `${pos}\u0000${channel}`;
  const reach = new Map<string, number>();
  let journeys = 0;
  let resolved = 0;
  let truncated = 0;
  for (const row of rows) {
    const node = key(row.step_index, row.channel);
    reach.set(node, (reach.get(node) ?? 0) + row.journeys);
    if (row.step_index === 0) {
      journeys += row.journeys;
      resolved += row.resolved;
    }
    if (row.step_index === last && row.next_channel !== '') truncated += row.journeys;
  }
  const minimum = request.minCount ?? Math.max(1, Math.ceil(journeys / 100));
  let folded = 0;
  const kept = { pos: [] as number[], channel: [] as string[] };
  for (const [node, count] of reach) {
    const [pos, channel] = node.split('\u0000');
    if (count < minimum) folded += count;
    else {
      kept.pos.push(Number(pos));
      kept.channel.push(channel);
    }
  }
  const nodeOf = (pos: number, channel: string) =>
    (reach.get(key(pos, channel)) ?? 0) < minimum ? 'other' : channel;

  const links = new Map<string, MapLinkRow>();
  const add = (
    pos: number,
    node: string,
    next: string | null,
    isResolved: boolean | null,
    count: number,
    withFriction: number,
  ) => {
    if (count === 0) return;
    const id = JSON.stringify([pos, node, next, isResolved]);
    const link = links.get(id) ?? {
      pos,
      node,
      next_node: next,
      resolved: isResolved,
      count: 0,
      with_friction: 0,
      median_gap: null,
    };
    link.count += count;
    link.with_friction += withFriction;
    links.set(id, link);
  };
  for (const row of rows) {
    const node = nodeOf(row.step_index, row.channel);
    if (row.step_index < last && row.next_channel !== '') {
      const next = nodeOf(row.step_index + 1, row.next_channel);
      add(row.step_index, node, next, null, row.journeys, row.friction_next);
    } else {
      // The journey leaves the map here: its last step, or the last shown one.
      add(row.step_index, node, null, true, row.resolved, row.friction_here_resolved);
      add(
        row.step_index,
        node,
        null,
        false,
        row.journeys - row.resolved,
        row.friction_here - row.friction_here_resolved,
      );
    }
  }

  if (last > 0 && links.size > 0) {
    const gaps = slotGapSql(filter, days, request.steps, kept);
    for (const gap of (await manager.query(gaps.text, gaps.values)) as SlotGapRow[]) {
      const link = links.get(JSON.stringify([gap.pos, gap.node, gap.next_node, null]));
      if (link && gap.lower !== null && gap.upper !== null) {
        link.median_gap = (bucketSeconds(gap.lower) + bucketSeconds(gap.upper)) / 2;
      }
    }
  }
  return {
    links: [...links.values()],
    totals: { journeys, resolved, truncated, folded, min_count: minimum },
  };
}
