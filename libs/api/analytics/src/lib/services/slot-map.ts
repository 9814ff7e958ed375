import type { EntityManager } from 'typeorm';
import type { MapLinkRow, MapRequest, MapTotalsRow } from '../sql/journey-map.sql';
import type { ResolvedFilter } from '../sql/filter.sql';
import { bucketSeconds, GAP_BUCKETS } from '@journey-atlas/api/platform/sql';
import { type SlotMapRow, slotMapSql } from '../sql/slot-map.sql';
import { INT_ARRAYS_AS_TEXT, preparedQuery } from '../sql/prepared';
import type { DayWindow } from '../sql/slot-rollup.sql';

/** Whether map_slot holds the map's window of steps: the first steps, no anchor, all keys. */
export function slotsServeMap(filter: ResolvedFilter, request: MapRequest): boolean {
  return (
    filter.intent === null &&
    request.anchorChannel === null &&
    request.anchorIntent === null &&
    request.direction === 'after'
  );
}

/**
 * The median of gaps given by bucket counts, as percentile_cont(0.5) takes it: the mean
 * of the lower and upper middle values, each estimated by its bucket (so within a factor
 * 2^(1/4) of the exact median for gaps from 1 s to 48 days; under 1 s within 1 s).
 */
export function medianFromBuckets(counts: readonly number[]): number | null {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  const bucketOf = (rank: number) => {
    let seen = 0;
    for (let bucket = 0; bucket < counts.length; bucket++) {
      seen += counts[bucket];
      if (seen > rank) return bucket;
    }
    return counts.length - 1;
  };
  const lower = bucketOf(Math.floor((total - 1) / 2));
  const upper = bucketOf(Math.ceil((total - 1) / 2));
  return (bucketSeconds(lower) + bucketSeconds(upper)) / 2;
}

/** Adds bucket counts, as printed by Postgres ("{3,0,…}") or parsed, into `into`. */
export function addGaps(into: number[], gaps: string | readonly number[]): void {
  const counts = typeof gaps === 'string' ? gaps.slice(1, -1).split(',') : gaps;
  for (let bucket = 0; bucket < counts.length; bucket++) into[bucket] += Number(counts[bucket]);
}

interface LinkSums {
  link: Omit<MapLinkRow, 'median_gap'>;
  gaps: number[] | null;
}

/**
 * The rows journeyMapSql returns (links with exits, and totals), folded from the map's
 * (step, channel, next channel) sums exactly as journeyMapSql folds journeys: a node
 * reached by fewer than `minCount` journeys (default 1% of the journeys, at least 1)
 * becomes its step's 'other'; a row moves on to the next node unless the journey ends
 * there or it is the last step shown, else it is an exit, resolved or not.
 */
export function foldSlotMap(
  rows: readonly SlotMapRow[],
  steps: number,
  minCount: number | null,
): { links: MapLinkRow[]; totals: MapTotalsRow } {
  const nodeKey = (pos: number, channel: string) => `${pos}\u0000${channel}`;
  const reach = new Map<string, number>();
  let journeys = 0;
  let resolved = 0;
  let truncated = 0;
  for (const row of rows) {
    const key = nodeKey(row.pos, row.channel);
    reach.set(key, (reach.get(key) ?? 0) + row.journeys);
    if (row.pos === 0) {
      journeys += row.journeys;
      resolved += row.resolved;
    }
    if (row.pos === steps - 1 && row.next_channel !== '') truncated += row.journeys;
  }
  // ceil(1% of the journeys) in integers, as the SQL path's numeric ceil(0.01 * n).
  const minimum = minCount ?? Math.max(1, Math.ceil(journeys / 100));
  let folded = 0;
  for (const count of reach.values()) if (count < minimum) folded += count;
  const nodeOf = (pos: number, channel: string): string | null => {
    const count = reach.get(nodeKey(pos, channel));
    if (count === undefined) return null;
    return count < minimum ? 'other' : channel;
  };

  const links = new Map<string, LinkSums>();
  const addTo = (
    key: string,
    make: () => LinkSums,
    count: number,
    withFriction: number,
    gaps: SlotMapRow['gaps'],
  ) => {
    const sums = links.get(key) ?? make();
    sums.link.count += count;
    sums.link.with_friction += withFriction;
    if (gaps !== null && sums.gaps !== null) addGaps(sums.gaps, gaps);
    links.set(key, sums);
  };
  for (const row of rows) {
    const node = nodeOf(row.pos, row.channel) ?? row.channel;
    const movesOn = row.pos < steps - 1 && row.next_channel !== '';
    if (movesOn) {
      const next = nodeOf(row.pos + 1, row.next_channel);
      addTo(
        `${row.pos}\u0000${node}\u0000${next ?? ''}`,
        () => ({
          link: { pos: row.pos, node, next_node: next, resolved: null, count: 0, with_friction: 0 },
          gaps: next === null ? null : new Array<number>(GAP_BUCKETS).fill(0),
        }),
        row.journeys,
        row.friction_next,
        row.gaps,
      );
      continue;
    }
    for (const exitResolved of [true, false]) {
      addTo(
        `${row.pos}\u0000${node}\u0000exit:${exitResolved}`,
        () => ({
          link: {
            pos: row.pos,
            node,
            next_node: null,
            resolved: exitResolved,
            count: 0,
            with_friction: 0,
          },
          gaps: null,
        }),
        exitResolved ? row.resolved : row.journeys - row.resolved,
        exitResolved ? row.friction_here_resolved : row.friction_here - row.friction_here_resolved,
        null,
      );
    }
  }
  return {
    links: [...links.values()]
      .filter(({ link }) => link.count > 0)
      .map(({ link, gaps }) => ({
        ...link,
        median_gap: gaps === null ? null : medianFromBuckets(gaps),
      })),
    totals: { journeys, resolved, truncated, folded, min_count: minimum },
  };
}

/** The rows journeyMapSql returns (links with exits, and totals), from map_slot. */
export async function slotMapRows(
  manager: EntityManager,
  filter: ResolvedFilter,
  days: DayWindow,
  request: MapRequest,
): Promise<{ links: MapLinkRow[]; totals: MapTotalsRow }> {
  const rows = await preparedQuery<SlotMapRow>(
    manager,
    slotMapSql(filter, days, request.steps),
    INT_ARRAYS_AS_TEXT,
  );
  return foldSlotMap(rows, request.steps, request.minCount);
}
