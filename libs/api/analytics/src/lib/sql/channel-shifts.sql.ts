import { ASSISTED_CHANNELS } from '@journey-atlas/shared/domain';
import { type ResolvedFilter, journeyWhere } from './filter.sql';
import type { Statement } from './metrics.sql';
import { SqlParams } from './sql-params';

/**
 * Leaks: per intent and channel pair, the journeys that began in self-service and reached
 * an assisted channel. The pair is the last self-service channel before the first
 * assisted step (every earlier step is self-service) -> that step's channel. IVR steps are
 * passed over when another self-service channel came before: every call enters through
 * the IVR, so web -> ivr -> phone is a web -> phone leak; ivr -> phone stays one when the
 * IVR was all the customer tried. `began_ss` is the intent's self-service-begun journeys.
 */
export function channelShiftLeaksSql(filter: ResolvedFilter): Statement {
  const p = new SqlParams();
  const text = `
WITH jr AS (
  SELECT j.workspace_id, j.customer_id, j.id, j.journey_key, j.began_in_self_service,
         j.resolved AND j.resolving_channel = ANY(${p.add(ASSISTED_CHANNELS)}::text[]) AS assisted_resolved
    FROM journey j
   WHERE ${journeyWhere(filter, p)}
),
began AS (
  SELECT journey_key, count(*) FILTER (WHERE began_in_self_service)::int AS began_ss
    FROM jr GROUP BY journey_key
),
leak AS (
  SELECT jr.journey_key, prev.channel AS from_channel, fa.channel AS to_channel,
         jr.assisted_resolved, cost.assisted_cost
    FROM jr
   CROSS JOIN LATERAL (
     SELECT s.step_index, s.channel FROM journey_step s
      WHERE s.workspace_id = jr.workspace_id AND s.customer_id = jr.customer_id
        AND s.journey_id = jr.id AND s.assisted
      ORDER BY s.step_index LIMIT 1) fa
   CROSS JOIN LATERAL (
     SELECT s.channel FROM journey_step s
      WHERE s.workspace_id = jr.workspace_id AND s.customer_id = jr.customer_id
        AND s.journey_id = jr.id AND s.step_index < fa.step_index
      ORDER BY s.channel = 'ivr', s.step_index DESC LIMIT 1) prev
   CROSS JOIN LATERAL (
     SELECT coalesce(sum(s.cost), 0)::float8 AS assisted_cost FROM journey_step s
      WHERE s.workspace_id = jr.workspace_id AND s.customer_id = jr.customer_id
        AND s.journey_id = jr.id AND s.assisted) cost
   WHERE jr.began_in_self_service
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
