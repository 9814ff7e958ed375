import { rollupCtes } from './rollups.sql';
import { overrideColumns, winning } from './overrides.sql';
import { type BuildScope, scopePredicate } from './scopes';

/**
 * The journey engine in one statement: touchpoints of a set of customers -> journey_step,
 * journey and friction_event rows (plus rollup deltas, see below). The callers delete
 * those customers' rows first (DELETE_JOURNEYS), in the same transaction. The rules come
 * from journey_settings (with the service-level and hours overrides) and channel_setting
 * of the workspace; each step keeps the service-level target that applied to it.
 *
 * Parameters: $1 workspace id, $2 assisted channels (text[]), $3 friction catalogue
 * (jsonb [{type, rule, hurts}]), then the scope's own from $4 (see scopes.ts).
 *
 * Order of a customer's same-key touchpoints: occurred_at, then the external id as plain
 * code units (COLLATE "C", like the reference rules), then source and row id so the order
 * is total. A journey's steps are consecutive in that order, so "previous step" is a
 * plain lag() over (customer, key) whenever step_index > 0.
 */

const ORDER = `occurred_at, external_id COLLATE "C", source COLLATE "C", id`;

/** The rows of one side (`replaced` or `rebuilt`) with their journey, as text, to compare. */
function factRows(side: string, journeys: string, steps: string, friction: string): string {
  return `
${side}_rows AS (
  SELECT customer_id, id AS journey_id, 0 AS part, 0 AS step_index, '' AS type, j::text AS row
    FROM ${journeys} j
  UNION ALL
  SELECT customer_id, journey_id, 1, step_index, '', s::text FROM ${steps} s
  UNION ALL
  SELECT customer_id, journey_id, 2, step_index, type, f::text FROM ${friction} f
)`;
}

/** `<side>_<kind>`: the side's rows of the changed journeys only. */
function changedOnly(side: string, kinds: Record<'journeys' | 'steps' | 'friction', string>) {
  return Object.entries(kinds).map(
    ([kind, relation]) => `
${side}_${kind} AS (
  SELECT x.* FROM ${relation} x
   WHERE (x.customer_id, x.${kind === 'journeys' ? 'id' : 'journey_id'}) IN (
         SELECT customer_id, journey_id FROM changed_journeys)
)`,
  );
}

/**
 * Customer-scoped builds change the rollups by the journeys that changed: DELETE_JOURNEYS
 * kept the customers' old rows (pg_temp.replaced_*); a journey whose journey, step and
 * friction rows are all the same as before would be subtracted and added back, so only the
 * others are counted, the old ones -1 and the new ones 1, in one upsert per rollup row.
 * Sums are exact (numeric, integers), so the rollups end as if every journey were
 * subtracted and added. Chunks of a full rebuild write no rollups (the full rebuild
 * recounts them once at its end: per-chunk deltas would update nearly every rollup row
 * once per chunk).
 */
function buildSql(scope: BuildScope): string {
  const rollups =
    scope === 'customers'
      ? `,${factRows(
          'replaced',
          'pg_temp.replaced_journey',
          'pg_temp.replaced_journey_step',
          'pg_temp.replaced_friction_event',
        )},${factRows('rebuilt', 'insert_journeys', 'insert_steps', 'insert_friction')},
changed_journeys AS MATERIALIZED (
  SELECT customer_id, journey_id
    FROM (SELECT customer_id, journey_id, string_agg(row, E'\n' ORDER BY part, step_index, type) AS rows
            FROM replaced_rows GROUP BY 1, 2) o
    FULL JOIN (SELECT customer_id, journey_id, string_agg(row, E'\n' ORDER BY part, step_index, type) AS rows
                 FROM rebuilt_rows GROUP BY 1, 2) n USING (customer_id, journey_id)
   WHERE o.rows IS DISTINCT FROM n.rows
),${changedOnly('removed', {
          journeys: 'pg_temp.replaced_journey',
          steps: 'pg_temp.replaced_journey_step',
          friction: 'pg_temp.replaced_friction_event',
        }).join(',')},${changedOnly('added', {
          journeys: 'insert_journeys',
          steps: 'insert_steps',
          friction: 'insert_friction',
        }).join(',')},${rollupCtes('net', [
          {
            prefix: 'removed',
            sign: -1,
            from: {
              journeys: 'removed_journeys',
              steps: 'removed_steps',
              friction: 'removed_friction',
            },
          },
          {
            prefix: 'added',
            sign: 1,
            from: { journeys: 'added_journeys', steps: 'added_steps', friction: 'added_friction' },
          },
        ])}`
      : '';
  return `
WITH rules AS (
  SELECT s.journey_window_seconds * interval '1 second' AS window_len, s.journey_key AS key_rule,
         s.low_csat_at_most, s.high_effort_at_least, s.negative_sentiment_below,
         s.max_agents_per_journey, w.time_zone, s.rollup_attributes AS slot_attributes
    FROM journey_settings s JOIN workspace w ON w.id = s.workspace_id
   WHERE s.workspace_id = $1
),
channels AS (
  -- Parsed once per channel rather than once per touchpoint.
  SELECT channel, cost_per_contact, service_level_seconds, hours IS NOT NULL AS has_hours,
         ARRAY(SELECT jsonb_array_elements_text(hours -> 'weekdays')::int) AS open_days,
         (hours ->> 'opens')::time AS opens, (hours ->> 'closes')::time AS closes
    FROM channel_setting
   WHERE workspace_id = $1
),
-- Access overrides, one row each: conditions, rank (specificity, then list order: the
-- highest rank that matches wins) and the values. Lists with no overrides cost nothing.
sl_overrides AS MATERIALIZED (
  SELECT ${overrideColumns('o')}, (o.value ->> 'serviceLevelSeconds')::int AS seconds
    FROM journey_settings s,
         jsonb_array_elements(s.service_level_overrides) WITH ORDINALITY AS o(value, ord)
   WHERE s.workspace_id = $1 AND o.value ? 'serviceLevelSeconds'
),
hours_overrides AS MATERIALIZED (
  SELECT ${overrideColumns('o')}, jsonb_typeof(o.value -> 'hours') = 'object' AS has_hours,
         ARRAY(SELECT jsonb_array_elements_text(o.value -> 'hours' -> 'weekdays')::int)
           AS open_days,
         (o.value -> 'hours' ->> 'opens')::time AS opens,
         (o.value -> 'hours' ->> 'closes')::time AS closes
    FROM journey_settings s,
         jsonb_array_elements(s.hours_overrides) WITH ORDINALITY AS o(value, ord)
   WHERE s.workspace_id = $1
),
tp AS (
  SELECT t.id, t.customer_id, t.source, t.external_id, t.occurred_at, t.channel, t.direction,
         t.interaction_type, t.outcome, t.agent_id, t.wait_seconds, t.handle_seconds, t.csat,
         t.ces, t.sentiment,
         CASE WHEN r.key_rule = 'intent_or_interaction_type' AND t.intent <> '' THEN t.intent
              ELSE t.interaction_type END AS journey_key,
         t.channel = ANY($2::text[]) AS assisted,
         -- A touchpoint's own cost wins; else the workspace's configured channel cost.
         COALESCE(t.cost, c.cost_per_contact, 0) AS cost,
         c.cost_per_contact AS channel_cost,
         -- The winning override, else the channel's own setting (see access-overrides.ts).
         CASE WHEN slo.rank IS NULL THEN c.service_level_seconds ELSE slo.seconds END
           AS service_level_seconds,
         CASE WHEN ho.rank IS NULL THEN c.has_hours ELSE ho.has_hours END AS has_hours,
         CASE WHEN ho.rank IS NULL THEN c.open_days ELSE ho.open_days END AS open_days,
         CASE WHEN ho.rank IS NULL THEN c.opens ELSE ho.opens END AS opens,
         CASE WHEN ho.rank IS NULL THEN c.closes ELSE ho.closes END AS closes,
         r.window_len, cu.region, cu.tier, cu.value_band, cu.special_needs,
         cu.attributes AS segment_attributes
    FROM touchpoint t
   CROSS JOIN rules r
    LEFT JOIN channels c ON c.channel = t.channel
    -- One primary-key probe per touchpoint whatever the estimates (LIMIT keeps it a
    -- lateral subquery): uuid ranges inside one histogram bucket are estimated at one row,
    -- and a plain join then became a nested loop over the chunk's customers (4-9 s).
    LEFT JOIN LATERAL (
      SELECT c.region, c.tier, c.value_band, c.special_needs, c.attributes
        FROM customer c
       WHERE c.id = t.customer_id AND c.workspace_id = $1
       LIMIT 1) cu ON true
    LEFT JOIN LATERAL (${winning('sl_overrides', 'seconds')}) slo ON true
    LEFT JOIN LATERAL (${winning(
      'hours_overrides',
      'has_hours, open_days, opens, closes',
    )}) ho ON true
   WHERE t.workspace_id = $1 AND ${scopePredicate(scope, 4)}
),
ordered AS (
  SELECT tp.*, row_number() OVER k AS rn, lag(occurred_at) OVER k AS prev_at,
         lag(channel) OVER k AS prev_channel
    FROM tp
  WINDOW k AS (PARTITION BY customer_id, journey_key ORDER BY ${ORDER})
),
-- Every window runs over (customer, key) in one order, so the rows are sorted once. A
-- journey's start is the latest row so far that follows a gap longer than the window (a
-- gap of exactly the window stays in); the previous assisted step is the latest assisted
-- row before this one, if it is not before the journey's start.
marked AS (
  SELECT ordered.*,
         max(CASE WHEN prev_at IS NULL OR occurred_at > prev_at + window_len
                  THEN ARRAY[rn, id, CASE WHEN assisted THEN 1 ELSE 0 END] END)
           OVER (k ROWS UNBOUNDED PRECEDING) AS journey_start,
         max(CASE WHEN assisted THEN ARRAY[rn::numeric, channel_cost] END)
           OVER (k ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS assisted_before
    FROM ordered
  WINDOW k AS (PARTITION BY customer_id, journey_key ORDER BY ${ORDER})
),
steps AS MATERIALIZED (
  SELECT m.*, journey_start[2] AS journey_id, (rn - journey_start[1])::int AS step_index,
         journey_start[3] = 0 AS began_self,
         -- Meaningful for assisted steps only (every use is guarded by assisted).
         COALESCE(assisted_before[1] >= journey_start[1], false) AS after_assisted,
         assisted_before[2] AS prev_assisted_cost
    FROM marked m
),
insert_steps AS (
  INSERT INTO journey_step (workspace_id, customer_id, journey_id, step_index, touchpoint_id,
                            channel, direction, assisted, occurred_at, gap_seconds, outcome,
                            agent_id, wait_seconds, handle_seconds, cost,
                            service_level_seconds)
  SELECT $1, customer_id, journey_id, step_index, id, channel, direction, assisted, occurred_at,
         CASE WHEN step_index > 0 THEN extract(epoch FROM occurred_at - prev_at)::float8 END,
         outcome, agent_id, wait_seconds, handle_seconds, cost, service_level_seconds
    FROM steps
  RETURNING *
),
journeys AS (
  SELECT customer_id, journey_id, journey_key,
         (array_agg(interaction_type ORDER BY step_index))[1] AS interaction_type,
         min(occurred_at) AS started_at, max(occurred_at) AS ended_at, count(*)::int AS steps,
         array_agg(channel ORDER BY step_index) AS channel_path,
         count(*) FILTER (WHERE step_index > 0 AND channel <> prev_channel)::int AS switches,
         -- All ordered aggregates share one order, so the input is sorted once.
         array_agg(outcome ORDER BY step_index) FILTER (WHERE outcome IS NOT NULL) AS outcomes,
         array_agg(channel ORDER BY step_index) FILTER (WHERE outcome IS NOT NULL)
           AS outcome_channels,
         bool_and(began_self) AS began_self,
         count(*) FILTER (WHERE assisted)::int AS assisted_steps,
         -- FCR: the first assisted step is resolved and is the journey's last step.
         COALESCE(min(step_index) FILTER (WHERE assisted AND NOT after_assisted
                                          AND outcome = 'resolved') = max(step_index), false)
           AS fcr,
         count(DISTINCT agent_id)::int AS distinct_agents,
         COALESCE(sum(wait_seconds), 0) AS total_wait,
         COALESCE(sum(handle_seconds), 0) AS total_handle,
         COALESCE(sum(handle_seconds) FILTER (WHERE assisted), 0) AS assisted_handle,
         sum(cost) AS cost,
         -- The customer's segment, the same on every step (no join to customers).
         any_value(region) AS region, any_value(tier) AS tier,
         any_value(value_band) AS value_band, any_value(special_needs) AS special_needs,
         any_value(segment_attributes) AS segment_attributes
    FROM steps
   GROUP BY customer_id, journey_id, journey_key
),
insert_journeys AS (
  INSERT INTO journey (workspace_id, customer_id, id, journey_key, interaction_type, started_at,
                       ended_at, duration_seconds, steps, channel_path, channel_switches,
                       outcome, resolved, first_channel, resolving_channel,
                       began_in_self_service, contained, assisted_steps,
                       first_assisted_resolved_last, distinct_agents, total_wait, total_handle,
                       assisted_handle, cost, region, tier, value_band, special_needs,
                       segment_attributes)
  SELECT $1, j.customer_id, j.journey_id, j.journey_key, j.interaction_type, j.started_at,
         j.ended_at, extract(epoch FROM j.ended_at - j.started_at)::float8, j.steps,
         j.channel_path, j.switches, j.outcome, j.outcome IS NOT DISTINCT FROM 'resolved',
         j.channel_path[1], CASE WHEN j.outcome = 'resolved' THEN j.outcome_channel END,
         j.began_self, j.began_self AND j.assisted_steps = 0, j.assisted_steps, j.fcr,
         j.distinct_agents, j.total_wait, j.total_handle, j.assisted_handle, j.cost,
         j.region, j.tier, j.value_band, j.special_needs, COALESCE(j.segment_attributes, '{}')
    FROM (SELECT journeys.*,
                 -- The outcome of the last step that has one.
                 outcomes[cardinality(outcomes)] AS outcome,
                 outcome_channels[cardinality(outcome_channels)] AS outcome_channel
            FROM journeys) j
  RETURNING *
),
flagged AS (
  SELECT steps.*,
         -- Local time only where out_of_hours applies: inbound assisted, channel has hours.
         CASE WHEN assisted AND direction = 'inbound' AND has_hours
              THEN occurred_at AT TIME ZONE r.time_zone END AS local_at,
         r.low_csat_at_most, r.high_effort_at_least, r.negative_sentiment_below
    FROM steps CROSS JOIN rules r
),
-- many_handoffs, one per journey: where the first agent over the limit appears. Only the
-- steps with an agent are sorted, by agent; no join to journeys (its estimates are for a
-- CTE, and a nested loop over them took 10 s per chunk).
handoffs AS (
  SELECT customer_id, journey_id, step_index, id, channel, occurred_at
    FROM (SELECT first_seen.*,
                 row_number() OVER (PARTITION BY customer_id, journey_id ORDER BY step_index)
                   AS nth_agent
            FROM (SELECT DISTINCT ON (customer_id, journey_id, agent_id)
                         customer_id, journey_id, agent_id, step_index, id, channel, occurred_at
                    FROM steps
                   WHERE agent_id IS NOT NULL
                   ORDER BY customer_id, journey_id, agent_id, step_index) first_seen
         ) agents
   CROSS JOIN rules r
   WHERE nth_agent = r.max_agents_per_journey + 1
),
insert_friction AS (
  INSERT INTO friction_event (workspace_id, customer_id, journey_id, step_index, type,
                              touchpoint_id, channel, occurred_at, rule, hurts_metric)
  SELECT $1, e.customer_id, e.journey_id, e.step_index, e.type, e.id, e.channel, e.occurred_at,
         catalogue.rule, catalogue.hurts
    FROM (SELECT f.customer_id, f.journey_id, f.step_index, f.id, f.channel, f.occurred_at,
                 rule.type
            FROM flagged f
           -- Only the rules that fire become rows.
           CROSS JOIN LATERAL unnest(array_remove(ARRAY[
             CASE WHEN f.assisted AND f.direction = 'inbound' AND f.after_assisted
                  THEN 'repeat_contact' END,
             CASE WHEN f.assisted AND NOT f.after_assisted AND f.began_self
                  THEN 'failed_containment' END,
             -- Configured channel costs, never the touchpoints' own cost.
             CASE WHEN f.assisted AND f.after_assisted AND f.channel_cost > f.prev_assisted_cost
                  THEN 'escalation' END,
             CASE WHEN f.outcome = 'transferred' THEN 'transfer' END,
             CASE WHEN f.outcome = 'transferred' AND f.step_index > 0 AND f.prev_channel = 'ivr'
                  THEN 'ivr_misroute' END,
             -- Channels without a target compare with NULL and never fire.
             CASE WHEN f.wait_seconds > f.service_level_seconds THEN 'long_wait' END,
             CASE WHEN f.outcome = 'abandoned' THEN 'abandonment' END,
             CASE WHEN f.local_at IS NOT NULL AND NOT (
                    extract(isodow FROM f.local_at)::int = ANY(f.open_days)
                    AND f.local_at::time >= f.opens AND f.local_at::time < f.closes)
                  THEN 'out_of_hours' END,
             CASE WHEN f.csat <= f.low_csat_at_most THEN 'low_csat' END,
             CASE WHEN f.ces >= f.high_effort_at_least THEN 'high_effort' END,
             -- real against real: a stored -0.3 is not below a -0.3 threshold.
             CASE WHEN f.channel = 'social' AND f.sentiment < f.negative_sentiment_below
                  THEN 'negative_social' END
           ], NULL)) AS rule(type)
          UNION ALL
          SELECT customer_id, journey_id, step_index, id, channel, occurred_at, 'many_handoffs'
            FROM handoffs) e
    JOIN jsonb_to_recordset($3::jsonb) AS catalogue(type text, rule text, hurts text[])
      ON catalogue.type = e.type
  RETURNING *
)${rollups}
SELECT count(*)::int AS journeys FROM insert_journeys`;
}

export const BUILD_JOURNEYS: Readonly<Record<BuildScope, string>> = {
  range: buildSql('range'),
  customers: buildSql('customers'),
};
