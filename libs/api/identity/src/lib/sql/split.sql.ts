/** Detaching an identifier from a customer. $1 is always the workspace id. */

/** $2 customer. Locks the row so two splits of one customer queue up. */
export const LOCK_CUSTOMER = `
  SELECT id, merged_into_id FROM customer WHERE workspace_id = $1 AND id = $2 FOR UPDATE`;

export const COUNT_IDENTIFIERS = `
  SELECT count(*)::int AS count FROM customer_identifier WHERE workspace_id = $1 AND customer_id = $2`;

/** $2 identifier: the latest merge it caused that no split has undone yet. */
export const LAST_MERGE_BY_IDENTIFIER = `
  SELECT h.id, h.other_customer_id, h.moved_identifier_ids
    FROM identity_history h JOIN customer c ON c.id = h.other_customer_id
   WHERE h.workspace_id = $1 AND h.action = 'merge' AND h.identifier_id = $2
     AND h.reversed_at IS NULL AND c.merged_into_id IS NOT NULL
   ORDER BY h.id DESC LIMIT 1`;

export const REVIVE_CUSTOMER = `
  UPDATE customer SET merged_into_id = NULL, updated_at = now() WHERE workspace_id = $1 AND id = $2`;

/**
 * $2 from, $3 to, $4 identifier ids to move, $5 the detached one (pinned: it never merges
 * again). Returns the ids actually moved (as a SELECT: TypeORM reshapes UPDATE results).
 */
export const MOVE_IDENTIFIERS = `
  WITH moved AS (
    UPDATE customer_identifier
       SET customer_id = $3,
           merge_block = CASE WHEN id = $5 THEN 'split' ELSE merge_block END,
           blocked_at = CASE WHEN id = $5 THEN now() ELSE blocked_at END
     WHERE workspace_id = $1 AND customer_id = $2 AND id = ANY($4::bigint[])
    RETURNING id)
  SELECT id FROM moved`;

/**
 * $2 from, $3 to, $4 moved identifier ids: touchpoints that carried a moved identifier and
 * none of the identifiers (still merging) that stay behind go with them.
 */
export const MOVE_TOUCHPOINTS = `
  WITH staying AS (
    SELECT coalesce(array_agg(id), '{}') AS ids FROM customer_identifier
     WHERE workspace_id = $1 AND customer_id = $2 AND merge_block IS NULL),
  moved AS (
    UPDATE touchpoint t SET customer_id = $3
      FROM staying
     WHERE t.workspace_id = $1 AND t.customer_id = $2
       AND t.identifier_ids && $4::bigint[] AND NOT t.identifier_ids && staying.ids
    RETURNING 1)
  SELECT count(*)::int AS count FROM moved`;

export const MARK_MERGE_REVERSED = `
  UPDATE identity_history SET reversed_at = now() WHERE workspace_id = $1 AND id = $2`;

/** $2 customer split from, $3 customer that took the identifier, $4 identifier, $5 moved ids, $6 touchpoints moved. */
export const RECORD_SPLIT = `
  INSERT INTO identity_history (workspace_id, customer_id, other_customer_id, action, identifier_id,
                                moved_identifier_ids, moved_touchpoints)
  VALUES ($1, $2, $3, 'split', $4, $5::bigint[], $6)`;
