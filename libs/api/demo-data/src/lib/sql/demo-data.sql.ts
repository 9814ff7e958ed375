/** $1 workspace. The workspace's demo load, if one was ever started. */
export const SELECT_DEMO_DATASET = `
  SELECT seed, customers, window_start, days, completed_at
    FROM demo_dataset
   WHERE workspace_id = $1`;

/** $1 workspace. Touchpoints that are not the demo's mean the workspace has real data. */
export const WORKSPACE_HAS_TOUCHPOINTS = `
  SELECT EXISTS (SELECT 1 FROM touchpoint WHERE workspace_id = $1) AS has`;

/** $1 workspace, $2 seed, $3 customers, $4 window start, $5 days. Empty when another start won. */
export const CLAIM_DEMO_DATASET = `
  INSERT INTO demo_dataset (workspace_id, seed, customers, window_start, days)
  VALUES ($1, $2, $3, $4, $5)
  ON CONFLICT (workspace_id) DO NOTHING
  RETURNING workspace_id`;

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
   WHERE c.workspace_id = $1 AND c.id = ci.customer_id`;
