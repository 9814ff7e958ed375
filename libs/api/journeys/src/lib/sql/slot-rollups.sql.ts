import {
  CONTACT_SQUARE_SUMS,
  GAP_BUCKETS,
  gapBucketSql,
  JOURNEY_SQUARE_SUMS,
  leakPairSql,
} from '@journey-atlas/api/platform/sql';
import { ASSISTED_CHANNELS } from '@journey-atlas/shared/domain';
import { type RollupSide, type RollupSources, sameJourney, upsertRows } from './rollup-sources';
import {
  KEY,
  SEGMENT_COLUMN_COUNT,
  SLOTS,
  type SlotTable,
  positions,
  segmentColumns,
  slotInsert,
} from './slot-insert.sql';

/**
 * Slot rollups (migration 1764620000000): each journey, contact and map step counts once
 * under slot ('*', '') and once under each built-in segment attribute it has a value for
 * and each custom one the workspace counts (`rules.slot_attributes`, migration 1764710000000),
 * at the grains of its table (see Grains; shift_slot, path_slot and agent_slot: migration
 * 1764750000000).
 * The facts are scanned once and
 * summed per (day, segment attributes, key, ...), those rows are spread over the slots and
 * summed per (day, slot, key, ...), and those over the (grain, key) rows: each step
 * multiplies fewer rows. Every measure is additive (numeric sums, counts).
 */

/** Gaps to the next step by bucket (gap-buckets.sql.ts), for the map's median gaps. */
const GAP_BUCKET = gapBucketSql('s.gap_seconds');

const JOURNEY_MEASURES: readonly (readonly [string, string])[] = [
  ['journeys', 'count(*)'],
  ['resolved', 'count(*) FILTER (WHERE j.resolved)'],
  ['fcr_journeys', 'count(*) FILTER (WHERE j.first_assisted_resolved_last)'],
  ['assisted_journeys', 'count(*) FILTER (WHERE j.assisted_steps > 0)'],
  ['self_service_started', 'count(*) FILTER (WHERE j.began_in_self_service)'],
  ['contained', 'count(*) FILTER (WHERE j.contained)'],
  ['self_service_only', 'count(*) FILTER (WHERE j.assisted_steps = 0)'],
  ['steps', 'sum(j.steps)'],
  ['cost', 'sum(j.cost)'],
  [
    'resolved_assisted_handle',
    'COALESCE(sum(j.assisted_handle::numeric) FILTER (WHERE j.resolved), 0)',
  ],
  ['switched_journeys', 'count(*) FILTER (WHERE j.channel_switches > 0)'],
  ['repeat_journeys', `count(*) FILTER (WHERE 'repeat_contact' = ANY(jt.types))`],
  ['friction_events', 'COALESCE(sum(x.events), 0)'],
  ...JOURNEY_SQUARE_SUMS,
];

/** The same sums as analytics' CONTACT_MEASURES (metric-measures.sql.ts), kept apart. */
const CONTACT_MEASURES: readonly (readonly [string, string])[] = [
  ['contacts', 'count(*)'],
  ['ces_sum', 'COALESCE(sum(t.ces), 0)'],
  ['ces_n', 'count(t.ces)'],
  ['csat_good', 'count(*) FILTER (WHERE t.csat >= 4)'],
  ['csat_n', 'count(t.csat)'],
  ['nps_sum', 'COALESCE(sum(CASE WHEN t.nps >= 9 THEN 1 WHEN t.nps <= 6 THEN -1 ELSE 0 END), 0)'],
  ['nps_n', 'count(t.nps)'],
  ['aht_sum', 'COALESCE(sum(s.handle_seconds::numeric) FILTER (WHERE s.assisted), 0)'],
  ['aht_n', 'count(s.handle_seconds) FILTER (WHERE s.assisted)'],
  ['wait_sum', 'COALESCE(sum(s.wait_seconds::numeric), 0)'],
  ['wait_n', 'count(s.wait_seconds)'],
  ['sl_met', 'count(*) FILTER (WHERE s.assisted AND s.wait_seconds <= s.service_level_seconds)'],
  [
    'sl_n',
    'count(*) FILTER (WHERE s.assisted AND s.wait_seconds IS NOT NULL AND s.service_level_seconds IS NOT NULL)',
  ],
  ['transferred', `count(*) FILTER (WHERE s.outcome = 'transferred')`],
  ['abandoned', `count(*) FILTER (WHERE s.outcome = 'abandoned')`],
  ...CONTACT_SQUARE_SUMS,
];

/** Map measures per step row m of journey j; gap buckets are pivoted at the end (mapInsert). */
const MAP_MEASURES: readonly [string, string][] = [
  ['journeys', 'count(*)'],
  ['resolved', 'count(*) FILTER (WHERE j.resolved)'],
  ['friction_here', 'count(*) FILTER (WHERE m.here)'],
  ['friction_here_resolved', 'count(*) FILTER (WHERE m.here AND j.resolved)'],
  ['friction_next', 'count(*) FILTER (WHERE m.next_here)'],
];

/**
 * map_slot rows (all keys, by day and month): the gap bucket stays a key column through
 * the fact, slot and grain sums (a handful of measures each) and becomes the g0..g45
 * columns only in the last step, over the fewest rows.
 */
function mapInsert(name: string, sides: readonly RollupSide[], into = 'map_slot'): string {
  const measures = MAP_MEASURES.map(([column]) => column);
  const sums = (alias: string) =>
    measures.map((column) => `sum(${alias}.${column}) AS ${column}`).join(', ');
  const gaps = Array.from({ length: GAP_BUCKETS }, (_, k) => `g${k}`);
  const rows = ({ prefix, sign, from }: RollupSide) => {
    const steps = `${prefix}_msteps`;
    return `
  SELECT $1::uuid, e.attr, e.value, true, e.month, '', e.day, e.step_index, e.channel,
         e.next_channel, ${measures.map((column) => `${sign} * sum(e.${column})`).join(', ')},
         ${gaps
           .map((g, k) => `${sign} * COALESCE(sum(e.journeys) FILTER (WHERE e.bucket = ${k}), 0)`)
           .join(',\n         ')}
    FROM (SELECT d.attr, d.value, g.month, g.day, d.step_index, d.channel, d.next_channel,
                 d.bucket, ${sums('d')}
            FROM (SELECT c.day, sl.attr, sl.value, c.step_index, c.channel, c.next_channel,
                         c.bucket, ${sums('c')}
                    FROM (SELECT (j.started_at AT TIME ZONE rules.time_zone)::date AS day,
                                 ${segmentColumns(false).join(', ')}, m.step_index,
                                 m.channel, COALESCE(m.next_channel, '') AS next_channel,
                                 COALESCE(m.next_bucket, -1) AS bucket,
                                 ${MAP_MEASURES.map(([column, expression]) => `${expression} AS ${column}`).join(', ')}
                            FROM ${steps} m
                            JOIN ${from.journeys} j ON ${sameJourney(from, ['j', 'id'], ['m', 'journey_id'])}
                           CROSS JOIN rules
                           GROUP BY ${positions(1, SEGMENT_COLUMN_COUNT + 5)}) c
                    ${SLOTS}
                   WHERE sl.value IS NOT NULL
                   GROUP BY 1, 2, 3, 4, 5, 6, 7) d
           CROSS JOIN LATERAL (VALUES (false, d.day), (true, date_trunc('month', d.day)::date))
                 g(month, day)
           GROUP BY 1, 2, 3, 4, 5, 6, 7, 8) e
   GROUP BY e.attr, e.value, e.month, e.day, e.step_index, e.channel, e.next_channel`;
  };
  const keys = [...KEY.split(', '), 'step_index', 'channel', 'next_channel'];
  return `
${name} AS (${upsertRows(into, keys, [...measures, ...gaps], sides.map(rows), 'e.attr, e.value, e.month, e.day, e.step_index, e.channel, e.next_channel')}
  ON CONFLICT (${KEY}, step_index, channel, next_channel)
  DO UPDATE SET ${[...measures, ...gaps].map((column) => `${column} = r.${column} + excluded.${column}`).join(', ')}
)`;
}

/** `<prefix>_jtypes`: the friction types of each journey and their event counts. */
function journeyTypesCte(prefix: string, from: RollupSources): string {
  // Type sets are grouped on: one order makes equal sets equal arrays.
  const order = from.typeSets ? ' ORDER BY type' : '';
  return `
${prefix}_jtypes AS (
  -- The friction types of each journey and their event counts.
  SELECT customer_id, journey_id, array_agg(type${order}) AS types, array_agg(events${order}) AS events
    FROM (SELECT customer_id, journey_id, type, count(*) AS events
            FROM ${from.friction} GROUP BY 1, 2, 3) f
   GROUP BY 1, 2
)`;
}

/**
 * `<prefix>_msteps`: every step with the next step's channel, gap bucket and friction; steps
 * 0..7 as themselves (the map's), later ones all as step 8, so that the sum over all steps
 * is the directly-follows graph of journeys of any length (flow-graph). Also the inputs of
 * the bench prototype that counts map_slot outside Postgres (tools/bench/map-slot-in-node.ts).
 */
export function mapStepsCte(prefix: string, from: RollupSources): string {
  return `
${prefix}_msteps AS (
  -- Steps 0..7, and 8 for every later one, with the next step's channel, gap and friction.
  SELECT customer_id, journey_id, least(step_index, 8) AS step_index, channel, next_channel,
         next_bucket, here, next_here
    FROM (SELECT s.customer_id, s.journey_id, s.step_index, s.channel,
                 lead(s.channel) OVER w AS next_channel,
                 lead(${GAP_BUCKET}) OVER w AS next_bucket,
                 fs.journey_id IS NOT NULL AS here,
                 lead(fs.journey_id IS NOT NULL) OVER w AS next_here
            FROM ${from.steps} s
            LEFT JOIN (SELECT DISTINCT customer_id, journey_id, step_index
                         FROM ${from.friction}) fs
              ON ${sameJourney(from, ['fs', 'journey_id'], ['s', 'journey_id'])}
             AND fs.step_index = s.step_index
          WINDOW w AS (PARTITION BY s.customer_id, s.journey_id ORDER BY s.step_index)) ms
)`;
}

/** journey_slot rows of the sides' journeys (needs each side's `<prefix>_jtypes`). */
function journeySlotCte(name: string, sides: readonly RollupSide[], into: string): string {
  const spec = ({ prefix, from }: RollupSide): SlotTable => ({
    table: 'journey_slot',
    extra: [['friction_type', 'x.type']],
    measures: JOURNEY_MEASURES,
    grains: 'monthly keys',
    from: `${from.journeys} j
            LEFT JOIN ${prefix}_jtypes jt ON ${sameJourney(from, ['jt', 'journey_id'], ['j', 'id'])}
            CROSS JOIN rules
            -- Once for all journeys (''), once per friction type the journey has.
            CROSS JOIN LATERAL (SELECT '' AS type, NULL::bigint AS events
                                UNION ALL
                                SELECT * FROM unnest(jt.types, jt.events)) x`,
    day: '(j.started_at AT TIME ZONE rules.time_zone)::date',
  });
  return slotInsert(`${name}_jslot`, sides, spec, into);
}

/** contact_slot rows of the sides' steps (needs each side's `<prefix>_jtypes`). */
function contactSlotCte(name: string, sides: readonly RollupSide[], into: string): string {
  return slotInsert(`${name}_cslot`, sides, contactSlotSpec, into);
}

function contactSlotSpec({ prefix, from }: RollupSide): SlotTable {
  const facts = `${from.steps} s
            JOIN ${from.journeys} j ON ${sameJourney(from, ['j', 'id'], ['s', 'journey_id'])}
            JOIN touchpoint t ON t.id = s.touchpoint_id
            LEFT JOIN ${prefix}_jtypes jt ON ${sameJourney(from, ['jt', 'journey_id'], ['j', 'id'])}
            CROSS JOIN rules`;
  const day = '(s.occurred_at AT TIME ZONE rules.time_zone)::date';
  const spec = from.typeSets
    ? {
        // Contacts summed per type set (j), then once for all and once per type of the set.
        measures: CONTACT_MEASURES.map(([column]): [string, string] => [
          column,
          `sum(j.${column})`,
        ]),
        from: `(SELECT ${day} AS day, ${segmentColumns(false).join(', ')},
                   j.journey_key, jt.types,
                   ${CONTACT_MEASURES.map(([column, expression]) => `${expression} AS ${column}`).join(',\n                   ')}
              FROM ${facts}
             GROUP BY ${positions(1, SEGMENT_COLUMN_COUNT + 3)}) j
            CROSS JOIN LATERAL (SELECT '' AS type UNION ALL SELECT unnest(j.types)) x`,
        day: 'j.day',
        summed: true,
      }
    : {
        measures: CONTACT_MEASURES,
        from: `${facts}
            CROSS JOIN LATERAL (SELECT '' AS type UNION ALL SELECT unnest(jt.types)) x`,
        day,
      };
  return {
    table: 'contact_slot',
    extra: [['friction_type', 'x.type']],
    grains: 'monthly keys',
    ...spec,
  };
}

/**
 * The assisted channels as a SQL literal: the build marks steps assisted by the same list
 * (its $2), and the recount has no parameter for it. Channel names are code constants.
 */
const ASSISTED = `'{${ASSISTED_CHANNELS.join(',')}}'::text[]`;

/**
 * shift_slot measures per journey j and row x: the journey once for its key (x's channels
 * ''), and once more under its leak pair when it leaks (x.assisted_cost: the cost of its
 * assisted steps). On the leak rows only journeys, assisted_cost and assisted_resolved are
 * read; the others count the intent's journeys for the opportunities.
 */
const SHIFT_MEASURES: readonly [string, string][] = [
  ['journeys', 'count(*)'],
  ['self_service_started', 'count(*) FILTER (WHERE j.began_in_self_service)'],
  ['contained', 'count(*) FILTER (WHERE j.contained)'],
  ['assisted_started_cost', 'COALESCE(sum(j.cost) FILTER (WHERE NOT j.began_in_self_service), 0)'],
  ['contained_cost', 'COALESCE(sum(j.cost) FILTER (WHERE j.contained), 0)'],
  ['assisted_cost', 'COALESCE(sum(x.assisted_cost), 0)'],
  [
    'assisted_resolved',
    `count(*) FILTER (WHERE j.resolved AND j.resolving_channel = ANY(${ASSISTED}))`,
  ],
];

/** shift_slot rows of the sides' journeys: channel shifts per key, by day and month. */
function shiftSlotCte(name: string, sides: readonly RollupSide[], into: string): string {
  const spec = ({ from }: RollupSide): SlotTable => ({
    table: 'shift_slot',
    extra: [
      ['from_channel', 'x.from_channel'],
      ['to_channel', 'x.to_channel'],
    ],
    measures: SHIFT_MEASURES,
    grains: 'daily keys',
    from: `${from.journeys} j
            LEFT JOIN (SELECT customer_id, journey_id, sum(cost) AS cost
                         FROM ${from.steps} WHERE assisted GROUP BY 1, 2) ac
              ON ${sameJourney(from, ['ac', 'journey_id'], ['j', 'id'])}
            CROSS JOIN rules
            CROSS JOIN LATERAL (
              SELECT '' AS from_channel, '' AS to_channel, NULL::numeric AS assisted_cost
              UNION ALL
              SELECT leak.from_channel, leak.to_channel, COALESCE(ac.cost, 0)
                FROM (${leakPairSql('j', ASSISTED)}) leak) x`,
    day: '(j.started_at AT TIME ZONE rules.time_zone)::date',
  });
  return slotInsert(`${name}_sslot`, sides, spec, into);
}

/** path_slot measures per journey j, for the top paths (mean cost and duration). */
const PATH_MEASURES: readonly (readonly [string, string])[] = [
  ['journeys', 'count(*)'],
  ['resolved', 'count(*) FILTER (WHERE j.resolved)'],
  ['cost', 'sum(j.cost)'],
  ['duration_seconds', 'sum(j.duration_seconds::numeric)'],
];

/** path_slot rows of the sides' journeys: full channel paths per month, for all keys. */
function pathSlotCte(name: string, sides: readonly RollupSide[], into: string): string {
  const spec = ({ from }: RollupSide): SlotTable => ({
    table: 'path_slot',
    extra: [['path', 'j.channel_path']],
    measures: PATH_MEASURES,
    grains: 'months',
    from: `${from.journeys} j CROSS JOIN rules`,
    day: `date_trunc('month', j.started_at AT TIME ZONE rules.time_zone)::date`,
  });
  return slotInsert(`${name}_pslot`, sides, spec, into);
}

/**
 * agent_slot rows of the sides' steps: the assisted contacts each agent handled, by contact
 * month, for all keys only, so that conversations_per_agent's distinct agent count over
 * whole months is a count of the agents with contacts.
 */
function agentSlotCte(name: string, sides: readonly RollupSide[], into: string): string {
  const spec = ({ from }: RollupSide): SlotTable => ({
    table: 'agent_slot',
    extra: [['agent_id', 's.agent_id']],
    measures: [['contacts', 'count(*)']],
    grains: 'months',
    from: `${from.steps} s
            JOIN ${from.journeys} j ON ${sameJourney(from, ['j', 'id'], ['s', 'journey_id'])}
            CROSS JOIN rules
           WHERE s.assisted AND s.agent_id IS NOT NULL`,
    day: `date_trunc('month', s.occurred_at AT TIME ZONE rules.time_zone)::date`,
  });
  return slotInsert(`${name}_aslot`, sides, spec, into);
}

/** map_slot rows of the sides' journeys (needs each side's `<prefix>_msteps`). */
function mapSlotCte(name: string, sides: readonly RollupSide[], into: string): string {
  return mapInsert(`${name}_mslot`, sides, into);
}

/**
 * Each slot rollup table's CTEs: the helpers it needs, then its insert (`into` as in
 * ROLLUP_CTES).
 */
export const SLOT_ROLLUP_CTES = {
  journey_slot: (prefix: string, sign: 1 | -1, from: RollupSources, into: string) =>
    `${journeyTypesCte(prefix, from)},${journeySlotCte(prefix, [{ prefix, sign, from }], into)}`,
  contact_slot: (prefix: string, sign: 1 | -1, from: RollupSources, into: string) =>
    `${journeyTypesCte(prefix, from)},${contactSlotCte(prefix, [{ prefix, sign, from }], into)}`,
  map_slot: (prefix: string, sign: 1 | -1, from: RollupSources, into: string) =>
    `${mapStepsCte(prefix, from)},${mapSlotCte(prefix, [{ prefix, sign, from }], into)}`,
  shift_slot: (prefix: string, sign: 1 | -1, from: RollupSources, into: string) =>
    shiftSlotCte(prefix, [{ prefix, sign, from }], into),
  path_slot: (prefix: string, sign: 1 | -1, from: RollupSources, into: string) =>
    pathSlotCte(prefix, [{ prefix, sign, from }], into),
  agent_slot: (prefix: string, sign: 1 | -1, from: RollupSources, into: string) =>
    agentSlotCte(prefix, [{ prefix, sign, from }], into),
} as const;

/** CTEs adding the sides' counts (each with its sign) to the slot rollups. */
export function slotRollupCtes(name: string, sides: readonly RollupSide[]): string {
  const helpers = sides.map(
    ({ prefix, from }) => `${journeyTypesCte(prefix, from)},${mapStepsCte(prefix, from)}`,
  );
  return `${helpers.join(',')},${journeySlotCte(name, sides, 'journey_slot')},${contactSlotCte(
    name,
    sides,
    'contact_slot',
  )},${mapSlotCte(name, sides, 'map_slot')},${shiftSlotCte(name, sides, 'shift_slot')},${pathSlotCte(name, sides, 'path_slot')},${agentSlotCte(name, sides, 'agent_slot')},
${name}_version AS (
  -- The answer cache's key: bumped by every statement that changes the rollups. A first
  -- build of an empty workspace counts everything, with the current custom attributes.
  INSERT INTO rollup_state AS r (workspace_id, version, ready, slot_attributes)
  SELECT $1::uuid, 1, true, rules.slot_attributes FROM rules
  ON CONFLICT (workspace_id) DO UPDATE SET version = r.version + 1
)`;
}
