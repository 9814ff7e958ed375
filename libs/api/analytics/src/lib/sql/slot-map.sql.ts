import type { ResolvedFilter } from './filter.sql';
import type { Statement } from './metrics.sql';
import { type DayWindow, slotConditions, slotPeriod } from './slot-rollup.sql';
import { SqlParams } from './sql-params';

/**
 * The journey map (no anchor, direction after) from map_slot and map_gap_slot: per
 * (step, channel, next channel or '' at the journey's last step) the journeys, resolved
 * ones and friction on this and the next step, summed over the filter's slot, keys and
 * period; folding and links are then computed like journeyMapSql does (slot-map.ts).
 */

export interface SlotMapRow {
  step_index: number;
  channel: string;
  next_channel: string;
  journeys: number;
  resolved: number;
  friction_here: number;
  friction_here_resolved: number;
  friction_next: number;
}

export function slotMapSql(filter: ResolvedFilter, days: DayWindow, steps: number): Statement {
  const p = new SqlParams();
  const where = [...slotConditions(filter, p, 'all'), slotPeriod(days, p).where];
  where.push(`r.step_index < ${p.add(steps)}::int`);
  const text = `
SELECT step_index, channel, next_channel, sum(journeys)::int AS journeys,
       sum(resolved)::int AS resolved, sum(friction_here)::int AS friction_here,
       sum(friction_here_resolved)::int AS friction_here_resolved,
       sum(friction_next)::int AS friction_next
  FROM map_slot r
 WHERE ${where.join('\n   AND ')}
 GROUP BY 1, 2, 3
HAVING sum(journeys) <> 0`;
  return { text, values: p.values };
}

export interface SlotGapRow {
  pos: number;
  node: string;
  next_node: string;
  /** Gap buckets holding the lower and upper middle transition (see GAP_BUCKETS). */
  lower: number | null;
  upper: number | null;
}

/**
 * Buckets of the gap to the next step: floor(4 log2 seconds), -1000 for no gap (0 s).
 * The median estimate takes each middle value as its bucket's geometric midpoint, so it is
 * within a factor 2^(1/8) (+9.1% / -8.3%) of the exact percentile_cont(0.5).
 */
export const NO_GAP_BUCKET = -1000;
export const BUCKETS_PER_DOUBLING = 4;

/**
 * Per link of shown steps (non-exit; kept nodes given as parallel arrays, the rest fold
 * into 'other'), the buckets of its lower and upper middle gap.
 */
export function slotGapSql(
  filter: ResolvedFilter,
  days: DayWindow,
  steps: number,
  kept: { pos: number[]; channel: string[] },
): Statement {
  const p = new SqlParams();
  const where = [...slotConditions(filter, p, 'all'), slotPeriod(days, p).where];
  where.push(`r.step_index < ${p.add(steps)}::int - 1`);
  const keptNodes = `(SELECT pos, channel FROM unnest(${p.add(kept.pos)}::int[], ${p.add(kept.channel)}::text[]) AS k(pos, channel))`;
  const text = `
WITH kept AS ${keptNodes},
h AS (
  SELECT r.step_index AS pos,
         CASE WHEN a.pos IS NULL THEN 'other' ELSE r.channel END AS node,
         CASE WHEN b.pos IS NULL THEN 'other' ELSE r.next_channel END AS next_node,
         r.bucket, sum(r.transitions) AS n
    FROM map_gap_slot r
    LEFT JOIN kept a ON a.pos = r.step_index AND a.channel = r.channel
    LEFT JOIN kept b ON b.pos = r.step_index + 1 AND b.channel = r.next_channel
   WHERE ${where.join('\n     AND ')}
   GROUP BY 1, 2, 3, 4
  HAVING sum(r.transitions) <> 0
),
c AS (
  SELECT h.*, sum(n) OVER (PARTITION BY pos, node, next_node ORDER BY bucket) AS upto,
         sum(n) OVER (PARTITION BY pos, node, next_node) AS total
    FROM h
)
SELECT pos, node, next_node,
       min(bucket) FILTER (WHERE upto > floor((total - 1) / 2)) AS lower,
       min(bucket) FILTER (WHERE upto > ceil((total - 1) / 2)) AS upper
  FROM c
 GROUP BY 1, 2, 3`;
  return { text, values: p.values };
}
