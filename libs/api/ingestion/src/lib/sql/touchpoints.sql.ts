/** $1 workspace, $2 sources, $3 external ids (parallel arrays): which are stored already. */
export const EXISTING_TOUCHPOINTS = `
  SELECT k.source, k.external_id
    FROM unnest($2::text[], $3::text[]) AS k(source, external_id)
    JOIN touchpoint t
      ON t.workspace_id = $1 AND t.source = k.source AND t.external_id = k.external_id`;

/**
 * $1 workspace, $2 the batch as a JSON array of rows. ON CONFLICT keeps it exactly-once
 * even against a writer that does not take the identity lock; the customers that got
 * touchpoints are queued for the journey engine in the same statement.
 */
export const INSERT_TOUCHPOINTS = `
  WITH ins AS (
    INSERT INTO touchpoint (workspace_id, customer_id, source, external_id, occurred_at, channel,
                            direction, interaction_type, intent, outcome, agent_id, team, queue,
                            wait_seconds, handle_seconds, cost, csat, ces, nps, sentiment,
                            ivr_path, attributes, assumptions, identifier_ids)
    SELECT $1, r.customer_id, r.source, r.external_id, r.occurred_at, r.channel, r.direction,
           r.interaction_type, r.intent, r.outcome, r.agent_id, r.team, r.queue, r.wait_seconds,
           r.handle_seconds, r.cost, r.csat, r.ces, r.nps, r.sentiment, r.ivr_path, r.attributes,
           r.assumptions, r.identifier_ids
      FROM jsonb_to_recordset($2::jsonb) AS r(
             customer_id uuid, source text, external_id text, occurred_at timestamptz,
             channel text, direction text, interaction_type text, intent text, outcome text,
             agent_id text, team text, queue text, wait_seconds double precision,
             handle_seconds double precision, cost numeric, csat smallint, ces smallint,
             nps smallint, sentiment real, ivr_path text[], attributes jsonb,
             assumptions jsonb, identifier_ids bigint[])
    ON CONFLICT (workspace_id, source, external_id) DO NOTHING
    RETURNING customer_id),
  changed AS (
    INSERT INTO customer_change (workspace_id, customer_id)
    SELECT DISTINCT $1::uuid, customer_id FROM ins
    ON CONFLICT (workspace_id, customer_id) DO UPDATE SET changed_at = now())
  SELECT count(*)::int AS inserted FROM ins`;
