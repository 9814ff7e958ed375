import { GAP_BUCKETS } from '@journey-atlas/api/platform/sql';
import type { ResolvedFilter } from './filter.sql';
import type { Statement } from './metrics.sql';
import { type DayWindow, slotConditions, slotPeriod } from './slot-rollup.sql';
import { SqlParams } from './sql-params';

/** The gap bucket columns of map_slot rows r, summed, as an int[] of GAP_BUCKETS counts. */
const GAP_SUMS = `ARRAY[${Array.from({ length: GAP_BUCKETS }, (_, k) => `sum(r.g${k})::int`).join(', ')}]`;

/** One (step, channel, next channel) of the map's window, summed over slot and period. */
export interface SlotMapRow {
  pos: number;
  channel: string;
  /** '' at the journey's last step. */
  next_channel: string;
  journeys: number;
  resolved: number;
  /** Journeys with friction on this step, and those of them that were resolved. */
  friction_here: number;
  friction_here_resolved: number;
  /** Journeys with friction on the next step. */
  friction_next: number;
  /**
   * Gaps to the next step by bucket, on rows that move on to a next step shown (else
   * null): an int[] of GAP_BUCKETS counts as Postgres prints it ("{3,0,…}"), which the
   * reader splits (INT_ARRAYS_AS_TEXT in prepared.ts), or parsed when read without it.
   */
  gaps: string | readonly number[] | null;
}

/**
 * The journey map's rows (no anchor, direction after, no intent) from map_slot: the steps
 * shown, summed per (step, channel, next channel) over the filter's slot and period. Only
 * this sum runs in Postgres; folding rare nodes into 'other' and counting links and exits
 * is done over these few hundred rows by foldSlotMap (slot-map.ts). The counts are summed
 * as int4 inputs (bigint accumulators): numeric sums of the stored bigints cost three times
 * as much, and one row of a slot never counts 2^31 journeys.
 */
export function slotMapSql(filter: ResolvedFilter, days: DayWindow, steps: number): Statement {
  const p = new SqlParams();
  const shown = p.add(steps);
  const where = [
    ...slotConditions(filter, p, 'all'),
    slotPeriod(days, p).where,
    `r.step_index < ${shown}::int`,
  ];
  const sum = (column: string) => `sum(r.${column}::int)::int AS ${column}`;
  const text = `
SELECT r.step_index AS pos, r.channel, r.next_channel,
       ${['journeys', 'resolved', 'friction_here', 'friction_here_resolved', 'friction_next'].map(sum).join(', ')},
       CASE WHEN r.step_index < ${shown}::int - 1 AND r.next_channel <> ''
            THEN ${GAP_SUMS} END AS gaps
  FROM map_slot r
 WHERE ${where.join('\n   AND ')}
 GROUP BY 1, 2, 3
HAVING sum(r.journeys::int) <> 0`;
  return { text, values: p.values };
}

/** One (channel, next channel) of map_slot summed over every step, slot row and period. */
export interface SlotFlowRow {
  channel: string;
  /** '' after the journey's last step. */
  next_channel: string;
  /** Steps on `channel` followed by `next_channel`, and those that were a journey's first. */
  steps: number;
  starts: number;
  /** Gap buckets as in SlotMapRow, on rows with a next channel (else null). */
  gaps: string | readonly number[] | null;
}

/**
 * The directly-follows graph's rows from map_slot: its steps 0..7 and 8 (every later step)
 * together are every step of every journey, with its next channel and the gap to it.
 * Summed per (channel, next channel); foldSlotFlows (slot-flow.ts) makes nodes and edges.
 */
export function slotFlowSql(filter: ResolvedFilter, days: DayWindow): Statement {
  const p = new SqlParams();
  const where = [...slotConditions(filter, p, 'all'), slotPeriod(days, p).where];
  const text = `
SELECT r.channel, r.next_channel, sum(r.journeys::int)::int AS steps,
       COALESCE(sum(r.journeys::int) FILTER (WHERE r.step_index = 0), 0)::int AS starts,
       CASE WHEN r.next_channel <> '' THEN ${GAP_SUMS} END AS gaps
  FROM map_slot r
 WHERE ${where.join('\n   AND ')}
 GROUP BY 1, 2
HAVING sum(r.journeys::int) <> 0`;
  return { text, values: p.values };
}
