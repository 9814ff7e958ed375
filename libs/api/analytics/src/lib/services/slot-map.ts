import type { EntityManager } from 'typeorm';
import type { MapLinkRow, MapRequest, MapTotalsRow } from '../sql/journey-map.sql';
import type { ResolvedFilter } from '../sql/filter.sql';
import { GAP_BUCKETS, slotMapSql } from '../sql/slot-map.sql';
import { preparedQuery } from '../sql/prepared';
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

/** Upper bound of the gap buckets k = 1..44, in seconds: 2^(k/2). */
const LAST_BOUNDED = GAP_BUCKETS - 2;

/**
 * A bucket's representative gap: its geometric midpoint (within a factor 2^(1/4) of any
 * gap in it), 0.5 s under 1 s, the lower edge (48 days) for the open last bucket.
 */
export function bucketSeconds(bucket: number): number {
  if (bucket === 0) return 0.5;
  if (bucket > LAST_BOUNDED) return 2 ** (LAST_BOUNDED / 2);
  return 2 ** ((bucket - 1) / 2 + 0.25);
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

type SlotLinkRow = Omit<MapLinkRow, 'median_gap'> & { gaps: number[] | null };

/** The rows journeyMapSql returns (links with exits, and totals), from map_slot. */
export async function slotMapRows(
  manager: EntityManager,
  filter: ResolvedFilter,
  days: DayWindow,
  request: MapRequest,
): Promise<{ links: MapLinkRow[]; totals: MapTotalsRow }> {
  const rows = await preparedQuery<
    { kind: 'link'; row: SlotLinkRow } | { kind: 'totals'; row: MapTotalsRow }
  >(manager, slotMapSql(filter, days, request.steps, request.minCount));
  const links: MapLinkRow[] = [];
  let totals: MapTotalsRow | undefined;
  for (const entry of rows) {
    if (entry.kind === 'totals') {
      totals = entry.row;
      continue;
    }
    const { gaps, ...link } = entry.row;
    links.push({ ...link, median_gap: gaps === null ? null : medianFromBuckets(gaps) });
  }
  if (!totals) throw new Error('The slot map query returned no totals');
  return { links, totals };
}
