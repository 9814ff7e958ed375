/**
 * Rollups kept by deltas: every statement that deletes journeys subtracts what they
 * counted, every statement that inserts journeys adds what they count, both keyed by the
 * journey's start day (workspace time zone) x segment x journey key x channel. Sums are
 * numeric so that adding and subtracting is exact. Rows can reach zero; readers skip
 * them and a full rebuild, which recounts everything at its end, drops them.
 *
 * The slot rollups (slot-rollups.sql.ts) follow the same rules.
 *
 * The fragments are CTEs for the customer-scoped build in build-journeys.sql.ts (and, one
 * table per statement, recount.sql.ts); they expect a `rules` CTE with the workspace
 * `time_zone` and use $1. A build counts two sides (rollup-sources.ts): the replaced
 * journeys that changed (-1) and the new ones that changed (1), as one net upsert per row.
 */

import { type RollupSide, type RollupSources, sameJourney, upsertRows } from './rollup-sources';
import { slotRollupCtes } from './slot-rollups.sql';

export type { RollupSide, RollupSources } from './rollup-sources';

const SEGMENT = `COALESCE(j.region, ''), COALESCE(j.tier, ''), COALESCE(j.value_band, ''),
         COALESCE(j.special_needs, '')`;
const DIMENSIONS = `workspace_id, day, region, tier, value_band, special_needs, journey_key`;
const DAY = `(j.started_at AT TIME ZONE rules.time_zone)::date`;

/** journey_daily measure -> how one group of journeys `j` adds to it. */
const JOURNEY_MEASURES: readonly [string, string][] = [
  ['journeys', 'count(*)'],
  ['resolved', 'count(*) FILTER (WHERE j.resolved)'],
  ['fcr_journeys', 'count(*) FILTER (WHERE j.first_assisted_resolved_last)'],
  ['assisted_journeys', 'count(*) FILTER (WHERE j.assisted_steps > 0)'],
  ['self_service_started', 'count(*) FILTER (WHERE j.began_in_self_service)'],
  ['contained', 'count(*) FILTER (WHERE j.contained)'],
  ['self_service_only', 'count(*) FILTER (WHERE j.assisted_steps = 0)'],
  ['steps', 'sum(j.steps)'],
  ['assisted_steps', 'sum(j.assisted_steps)'],
  ['channel_switches', 'sum(j.channel_switches)'],
  ['cost', 'sum(j.cost)'],
  ['total_wait', 'sum(j.total_wait::numeric)'],
  ['total_handle', 'sum(j.total_handle::numeric)'],
  ['assisted_handle', 'sum(j.assisted_handle::numeric)'],
  [
    'resolved_assisted_handle',
    'COALESCE(sum(j.assisted_handle::numeric) FILTER (WHERE j.resolved), 0)',
  ],
  ['duration_seconds', 'sum(j.duration_seconds::numeric)'],
  // Journey counts the analytics read for channel-switch and repeat-contact rates.
  ['switched_journeys', 'count(*) FILTER (WHERE j.channel_switches > 0)'],
  ['repeat_journeys', 'count(rf.journey_id)'],
];

function additive(table: string, columns: readonly string[]): string {
  return columns.map((column) => `${column} = ${table}.${column} + excluded.${column}`).join(', ');
}

/** journey_daily: journeys by start day x segment x key x first channel. */
function journeyDailyCte(name: string, sides: readonly RollupSide[], into: string): string {
  const measureColumns = JOURNEY_MEASURES.map(([column]) => column);
  const rows = ({ sign, from }: RollupSide) => `
  SELECT $1::uuid, ${DAY}, ${SEGMENT}, j.journey_key, j.first_channel,
         ${JOURNEY_MEASURES.map(([, expression]) => `${sign} * ${expression}`).join(',\n         ')}
    FROM ${from.journeys} j
    -- Journeys with a repeat_contact event (a hash join, not a per-journey lookup).
    LEFT JOIN (SELECT DISTINCT customer_id, journey_id FROM ${from.friction}
                WHERE type = 'repeat_contact') rf
      ON ${sameJourney(from, ['rf', 'journey_id'], ['j', 'id'])}
   CROSS JOIN rules
   GROUP BY 2, 3, 4, 5, 6, 7, 8`;
  return `
${name} AS (${upsertRows(into, [...DIMENSIONS.split(', '), 'channel'], measureColumns, sides.map(rows), '2, 3, 4, 5, 6, 7, 8')}
  ON CONFLICT (${DIMENSIONS}, channel)
  DO UPDATE SET ${additive('r', measureColumns)}
)`;
}

/** journey_transition: moves between the first 8 steps, by step index and channels. */
function journeyTransitionCte(name: string, sides: readonly RollupSide[], into: string): string {
  const rows = ({ sign, from }: RollupSide) => `
  SELECT $1::uuid, ${DAY}, ${SEGMENT}, j.journey_key, s.step_index - 1, s.from_channel,
         s.channel, ${sign} * count(*)
    FROM (SELECT customer_id, journey_id, step_index, channel,
                 lag(channel) OVER (PARTITION BY customer_id, journey_id ORDER BY step_index)
                   AS from_channel
            FROM ${from.steps}
           WHERE step_index < 8) s
    JOIN ${from.journeys} j ON ${sameJourney(from, ['j', 'id'], ['s', 'journey_id'])}
   CROSS JOIN rules
   WHERE s.step_index > 0
   GROUP BY 2, 3, 4, 5, 6, 7, 8, 9, 10`;
  const keys = [...DIMENSIONS.split(', '), 'step_index', 'from_channel', 'to_channel'];
  return `
${name} AS (${upsertRows(into, keys, ['transitions'], sides.map(rows), '2, 3, 4, 5, 6, 7, 8, 9, 10')}
  ON CONFLICT (${DIMENSIONS}, step_index, from_channel, to_channel)
  DO UPDATE SET transitions = r.transitions + excluded.transitions
)`;
}

/** friction_daily: friction events by their journey's day x segment x key, channel, type. */
function frictionDailyCte(name: string, sides: readonly RollupSide[], into: string): string {
  const rows = ({ sign, from }: RollupSide) => `
  SELECT $1::uuid, ${DAY}, ${SEGMENT}, j.journey_key, f.channel, f.type, ${sign} * count(*)
    FROM ${from.friction} f
    JOIN ${from.journeys} j ON ${sameJourney(from, ['j', 'id'], ['f', 'journey_id'])}
   CROSS JOIN rules
   GROUP BY 2, 3, 4, 5, 6, 7, 8, 9`;
  const keys = [...DIMENSIONS.split(', '), 'channel', 'type'];
  return `
${name} AS (${upsertRows(into, keys, ['events'], sides.map(rows), '2, 3, 4, 5, 6, 7, 8, 9')}
  ON CONFLICT (${DIMENSIONS}, channel, type)
  DO UPDATE SET events = r.events + excluded.events
)`;
}

/**
 * One CTE per rollup table, for the statements that count into it. `into` maps a rollup
 * table to the table the rows go to (the recount writes staging copies, recount.sql.ts).
 */
const oneSide =
  (cte: (name: string, sides: readonly RollupSide[], into: string) => string) =>
  (prefix: string, sign: 1 | -1, from: RollupSources, into: string) =>
    cte(prefix, [{ prefix, sign, from }], into);

export const ROLLUP_CTES = {
  journey_daily: oneSide(journeyDailyCte),
  journey_transition: oneSide(journeyTransitionCte),
  friction_daily: oneSide(frictionDailyCte),
} as const;

/**
 * Three CTEs (`<name>_daily`, `<name>_transitions`, `<name>_friction`) that add the sides'
 * counts (each with its sign), then the slot rollups' CTEs. Rows go in key order so that
 * concurrent writers lock rollup rows in the same order.
 */
export function rollupCtes(name: string, sides: readonly RollupSide[]): string {
  return `${journeyDailyCte(`${name}_daily`, sides, 'journey_daily')},${journeyTransitionCte(
    `${name}_transitions`,
    sides,
    'journey_transition',
  )},${frictionDailyCte(`${name}_friction`, sides, 'friction_daily')},${slotRollupCtes(
    name,
    sides,
  )}`;
}
