import { leakPairSql } from '@journey-atlas/api/platform/sql';
import { ASSISTED_CHANNELS } from '@journey-atlas/shared/domain';
import { type ResolvedFilter, journeyWhere } from './filter.sql';
import type { Statement } from './metrics.sql';
import { type DayWindow, slotConditions, slotDayRows } from './slot-rollup.sql';
import { SqlParams } from './sql-params';

/**
 * Leaks: per intent and channel pair (leakPairSql), the journeys that began in
 * self-service and reached an assisted channel. `began_ss` is the intent's
 * self-service-begun journeys.
 */
export function channelShiftLeaksSql(filter: ResolvedFilter): Statement {
  const p = new SqlParams();
  const assisted = `${p.add(ASSISTED_CHANNELS)}::text[]`;
  // The pair comes from the journey's channel_path (leakPairSql): only a leak's assisted
  // cost reads its steps (one primary-key range). Costs are summed as numeric, exactly as
  // shift_slot sums them.
  const text = `
WITH jr AS (
  SELECT j.workspace_id, j.customer_id, j.id, j.journey_key, j.began_in_self_service,
         j.channel_path,
         j.resolved AND j.resolving_channel = ANY(${assisted}) AS assisted_resolved
    FROM journey j
   WHERE ${journeyWhere(filter, p)}
),
began AS (
  SELECT journey_key, count(*) FILTER (WHERE began_in_self_service)::int AS began_ss
    FROM jr GROUP BY journey_key
),
leak AS (
  SELECT jr.journey_key, leak.from_channel, leak.to_channel, jr.assisted_resolved,
         cost.assisted_cost
    FROM jr
   CROSS JOIN LATERAL (${leakPairSql('jr', assisted)}) leak
   CROSS JOIN LATERAL (
     SELECT coalesce(sum(s.cost), 0) AS assisted_cost FROM journey_step s
      WHERE s.workspace_id = jr.workspace_id AND s.customer_id = jr.customer_id
        AND s.journey_id = jr.id AND s.assisted) cost
)
SELECT leak.journey_key AS intent, leak.from_channel, leak.to_channel,
       count(*)::int AS journeys, began.began_ss,
       sum(leak.assisted_cost)::float8 AS assisted_cost,
       count(*) FILTER (WHERE leak.assisted_resolved)::int AS assisted_resolved
  FROM leak JOIN began USING (journey_key)
 GROUP BY leak.journey_key, leak.from_channel, leak.to_channel, began.began_ss
 ORDER BY count(*) DESC, sum(leak.assisted_cost) DESC, leak.journey_key,
          leak.from_channel, leak.to_channel`;
  return { text, values: p.values };
}

/**
 * Per intent: self-service-begun and contained journeys with their mean cost, and
 * assisted-begun journeys (first step in an assisted channel) with theirs. Also the first
 * and last journey start, for the period length when the filter leaves a bound open.
 */
export function channelShiftIntentsSql(filter: ResolvedFilter): Statement {
  const p = new SqlParams();
  const text = `
SELECT j.journey_key AS intent,
       count(*) FILTER (WHERE j.began_in_self_service)::int AS self_service_journeys,
       count(*) FILTER (WHERE j.contained)::int AS contained_journeys,
       count(*) FILTER (WHERE NOT j.began_in_self_service)::int AS assisted_journeys,
       avg(j.cost) FILTER (WHERE NOT j.began_in_self_service)::float8 AS mean_assisted_cost,
       avg(j.cost) FILTER (WHERE j.contained)::float8 AS mean_self_service_cost,
       min(min(j.started_at)) OVER () AS first_start,
       max(max(j.started_at)) OVER () AS last_start
  FROM journey j
 WHERE ${journeyWhere(filter, p)}
 GROUP BY j.journey_key
 ORDER BY j.journey_key`;
  return { text, values: p.values };
}

/**
 * The sums of shift_slot (day rows only) over the filter's slot and period (`days`:
 * slotDays said the slots serve them), per intent and channel pair ('' '' for the intent's
 * own counts).
 */
function shiftSums(filter: ResolvedFilter, days: DayWindow, p: SqlParams): string {
  const conditions = [...slotConditions(filter, p, 'each'), slotDayRows(days, p).where];
  return `
WITH r AS (
  SELECT r.journey_key, r.from_channel, r.to_channel, sum(r.journeys) AS journeys,
         sum(r.self_service_started) AS self_service_started, sum(r.contained) AS contained,
         sum(r.assisted_started_cost) AS assisted_started_cost,
         sum(r.contained_cost) AS contained_cost, sum(r.assisted_cost) AS assisted_cost,
         sum(r.assisted_resolved) AS assisted_resolved
    FROM shift_slot r
   WHERE ${conditions.join('\n     AND ')}
   GROUP BY 1, 2, 3
)`;
}

/** channelShiftLeaksSql's rows from shift_slot. */
export function slotShiftLeaksSql(filter: ResolvedFilter, days: DayWindow): Statement {
  const p = new SqlParams();
  const text = `${shiftSums(filter, days, p)}
SELECT l.journey_key AS intent, l.from_channel, l.to_channel, l.journeys::int AS journeys,
       b.self_service_started::int AS began_ss, l.assisted_cost::float8 AS assisted_cost,
       l.assisted_resolved::int AS assisted_resolved
  FROM r l
  JOIN r b ON b.journey_key = l.journey_key AND b.from_channel = '' AND b.to_channel = ''
 WHERE l.from_channel <> '' AND l.journeys > 0
 ORDER BY l.journeys DESC, l.assisted_cost DESC, l.journey_key, l.from_channel, l.to_channel`;
  return { text, values: p.values };
}

/**
 * channelShiftIntentsSql's rows from shift_slot; the first and last journey start (only
 * read when the filter leaves a bound open) from the journeys' start index.
 */
export function slotShiftIntentsSql(filter: ResolvedFilter, days: DayWindow): Statement {
  const p = new SqlParams();
  const sums = shiftSums(filter, days, p);
  const open = filter.fromAt === null || filter.toAt === null;
  const span = open
    ? `(SELECT min(j.started_at) FROM journey j WHERE ${journeyWhere(filter, p)}),
       (SELECT max(j.started_at) FROM journey j WHERE ${journeyWhere(filter, p)})`
    : 'NULL::timestamptz, NULL::timestamptz';
  // avg(cost) in the facts is the same numeric division as sum / count here.
  const text = `${sums}
SELECT r.journey_key AS intent, r.self_service_started::int AS self_service_journeys,
       r.contained::int AS contained_journeys,
       (r.journeys - r.self_service_started)::int AS assisted_journeys,
       (r.assisted_started_cost / NULLIF(r.journeys - r.self_service_started, 0))::float8
         AS mean_assisted_cost,
       (r.contained_cost / NULLIF(r.contained, 0))::float8 AS mean_self_service_cost,
       span.first_start, span.last_start
  FROM r CROSS JOIN (SELECT ${span}) span(first_start, last_start)
 WHERE r.from_channel = '' AND r.to_channel = '' AND r.journeys > 0
 ORDER BY r.journey_key`;
  return { text, values: p.values };
}
