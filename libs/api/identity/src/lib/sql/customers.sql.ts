/** Reads and segment upserts for customers. $1 is always the workspace id. */

/** $2 kind, $3 key hash. */
export const FIND_IDENTIFIER = `
  SELECT id, customer_id, masked, merge_block
    FROM customer_identifier WHERE workspace_id = $1 AND kind = $2 AND key_hash = $3`;

export const INSERT_CUSTOMER = `
  INSERT INTO customer (workspace_id, attributes) VALUES ($1, '{}'::jsonb) RETURNING id`;

/** $2 customer, $3 kind, $4 key hash, $5 masked. */
export const INSERT_IDENTIFIER = `
  INSERT INTO customer_identifier (workspace_id, customer_id, kind, key_hash, masked)
  VALUES ($1, $2, $3, $4, $5)`;

/**
 * $2 customer; then a (given?, value) pair per segment; $11 attributes to merge in.
 * An absent segment keeps its value, an explicit null clears it. A customer whose segment
 * changed is queued for the journey engine: journeys carry their customer's segment.
 */
export const UPDATE_SEGMENTS = `
  WITH before AS (
    SELECT ROW(region, tier, value_band, special_needs, attributes) AS segment
      FROM customer WHERE workspace_id = $1 AND id = $2),
  after AS (
    UPDATE customer
       SET region = CASE WHEN $3::boolean THEN $4::text ELSE region END,
           tier = CASE WHEN $5::boolean THEN $6::text ELSE tier END,
           value_band = CASE WHEN $7::boolean THEN $8::text ELSE value_band END,
           special_needs = CASE WHEN $9::boolean THEN $10::text ELSE special_needs END,
           attributes = attributes || $11::jsonb,
           updated_at = now()
     WHERE workspace_id = $1 AND id = $2
    RETURNING ROW(region, tier, value_band, special_needs, attributes) AS segment)
  INSERT INTO customer_change (workspace_id, customer_id)
  SELECT $1, $2 FROM before, after WHERE before.segment IS DISTINCT FROM after.segment
  ON CONFLICT (workspace_id, customer_id) DO UPDATE SET changed_at = now()`;

/** $2 customer. */
export const SELECT_CUSTOMER = `
  SELECT id, merged_into_id, region, tier, value_band, special_needs, attributes, created_at
    FROM customer WHERE workspace_id = $1 AND id = $2`;

export const SELECT_CUSTOMER_IDENTIFIERS = `
  SELECT kind, masked, merge_block
    FROM customer_identifier WHERE workspace_id = $1 AND customer_id = $2
   ORDER BY first_seen_at, id`;

export const COUNT_TOUCHPOINTS = `
  SELECT count(*)::int AS count FROM touchpoint WHERE workspace_id = $1 AND customer_id = $2`;

/** Merges and splits on either side of the customer, oldest first. */
export const SELECT_HISTORY = `
  SELECT h.action, h.created_at, h.customer_id, h.other_customer_id, h.touchpoint_source,
         h.touchpoint_external_id, h.moved_touchpoints, ci.kind, ci.masked
    FROM identity_history h
    LEFT JOIN customer_identifier ci ON ci.id = h.identifier_id
   WHERE h.workspace_id = $1 AND (h.customer_id = $2 OR h.other_customer_id = $2)
   ORDER BY h.created_at, h.id`;

/** Identifiers that stopped merging because they linked too many customers. */
export const SELECT_CAPPED_IDENTIFIERS = `
  SELECT kind, masked, customer_id, linked_customers, blocked_at
    FROM customer_identifier
   WHERE workspace_id = $1 AND merge_block = 'cap'
   ORDER BY linked_customers DESC, id
   LIMIT $2`;
