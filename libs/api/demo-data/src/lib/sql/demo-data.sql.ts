/** $1 workspace. The workspace's demo load, if one was ever started. */
export const SELECT_DEMO_DATASET = `
  SELECT seed, customers, window_start, days, completed_at
    FROM demo_dataset
   WHERE workspace_id = $1`;

/** $1 workspace. Touchpoints that are not the demo's mean the workspace has real data. */
export const WORKSPACE_HAS_TOUCHPOINTS = `
  SELECT EXISTS (SELECT 1 FROM touchpoint WHERE workspace_id = $1) AS has`;

/**
 * $1 workspace, $2 seed, $3 customers, $4 window start, $5 days, $6 custom attributes the
 * rollups count. Empty when another start won.
 */
export const CLAIM_DEMO_DATASET = `
  WITH claimed AS (
    INSERT INTO demo_dataset (workspace_id, seed, customers, window_start, days)
    VALUES ($1, $2, $3, $4, $5)
    ON CONFLICT (workspace_id) DO NOTHING
    RETURNING workspace_id),
  -- The demo's custom attributes are counted in the rollups from its first build: the
  -- workspace has no touchpoints, so no journey was counted without them.
  settings AS (
    INSERT INTO journey_settings (workspace_id, rollup_attributes)
    SELECT workspace_id, $6::text[] FROM claimed
    ON CONFLICT (workspace_id) DO UPDATE SET rollup_attributes = excluded.rollup_attributes),
  counted AS (
    UPDATE rollup_state SET slot_attributes = $6::text[]
     WHERE workspace_id IN (SELECT workspace_id FROM claimed))
  SELECT workspace_id FROM claimed`;

/** $1 workspace, $2 touchpoints stored by this load. */
export const COMPLETE_DEMO_DATASET = `
  UPDATE demo_dataset
     SET completed_at = now(), touchpoints = touchpoints + $2
   WHERE workspace_id = $1`;

/**
 * $1 workspace, $2 jsonb [{kind, key (hex HMAC), region, tier, value_band, special_needs,
 * attributes}]: segment attributes of the customers those identifiers resolve to, in one
 * statement.
 */
export const APPLY_SEGMENTS = `
  WITH changed AS (
    UPDATE customer c
       SET region = d.region,
           tier = d.tier,
           value_band = d.value_band,
           special_needs = d.special_needs,
           attributes = c.attributes || d.attributes,
           updated_at = now()
      FROM jsonb_to_recordset($2::jsonb)
             AS d(kind text, key text, region text, tier text, value_band text,
                  special_needs text, attributes jsonb)
      JOIN customer_identifier ci
        ON ci.workspace_id = $1 AND ci.kind = d.kind AND ci.key_hash = decode(d.key, 'hex')
     WHERE c.workspace_id = $1 AND c.id = ci.customer_id
       AND ROW(c.region, c.tier, c.value_band, c.special_needs, c.attributes)
           IS DISTINCT FROM ROW(d.region, d.tier, d.value_band, d.special_needs,
                                c.attributes || d.attributes)
    RETURNING c.id)
  -- Journeys carry their customer's segment: the journey engine rebuilds these customers
  -- (those built before their segment arrived; the others are still queued).
  INSERT INTO customer_change (workspace_id, customer_id)
  SELECT DISTINCT $1::uuid, id FROM changed
  ON CONFLICT (workspace_id, customer_id) DO UPDATE SET changed_at = now()`;
