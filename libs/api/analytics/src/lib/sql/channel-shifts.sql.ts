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
  const assisted = `${p.add(ASSISTED_CHANNELS)}::text[]`;
  // The first assisted step and the channel before it come from the journey's channel_path
  // (every step's channel, in order; assisted = an assisted channel, as the build decides):
  // no lookup of steps. Only a leak's assisted cost reads its steps (one primary-key range).
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
  SELECT jr.journey_key, prev.channel AS from_channel, jr.channel_path[fa.i] AS to_channel,
         jr.assisted_resolved, cost.assisted_cost
    FROM jr
   CROSS JOIN LATERAL (
     SELECT min(i) AS i FROM generate_subscripts(jr.channel_path, 1) i
      WHERE jr.channel_path[i] = ANY(${assisted})) fa
   CROSS JOIN LATERAL (
     SELECT jr.channel_path[i] AS channel FROM generate_subscripts(jr.channel_path, 1) i
      WHERE i < fa.i
      ORDER BY jr.channel_path[i] = 'ivr', i DESC LIMIT 1) prev
   CROSS JOIN LATERAL (
     SELECT coalesce(sum(s.cost), 0)::float8 AS assisted_cost FROM journey_step s
      WHERE s.workspace_id = jr.workspace_id AND s.customer_id = jr.customer_id
        AND s.journey_id = jr.id AND s.assisted) cost
   WHERE jr.began_in_self_service AND fa.i IS NOT NULL
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
