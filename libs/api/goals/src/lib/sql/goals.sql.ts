/** $1 slug -> the workspace id and time zone. */
export const FIND_WORKSPACE = `SELECT id, slug, time_zone FROM workspace WHERE slug = $1`;

/**
 * $1 workspace id, $2 time zone -> the default period of the tree: the 30 days (workspace
 * calendar) ending with the day of the latest journey start; nulls when there are none.
 */
export const LATEST_30_DAYS = `
SELECT to_char(d - 29, 'YYYY-MM-DD') AS from_date, to_char(d + 1, 'YYYY-MM-DD') AS to_date
  FROM (SELECT (max(started_at) AT TIME ZONE $2::text)::date AS d
          FROM journey WHERE workspace_id = $1::uuid) latest`;

/** $1 workspace id, $2 node id -> how many nodes deleting it removes (it and below). */
export const SUBTREE_SIZE = `
WITH RECURSIVE subtree AS (
  SELECT id FROM goal_node WHERE workspace_id = $1::uuid AND id = $2::uuid
  UNION ALL
  SELECT n.id FROM goal_node n JOIN subtree s ON n.parent_id = s.id
)
SELECT count(*)::int AS nodes FROM subtree`;
