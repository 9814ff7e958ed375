/**
 * $1 workspace, $2 id cursor (touchpoints with a larger id are new), $3 minutes back.
 * Counts the new touchpoints by ingestion minute and channel, and returns the highest id
 * overall as the next cursor: an id range scan of the primary key, whatever the table size.
 */
export const NEW_TOUCHPOINTS = `
  WITH top AS (SELECT COALESCE(max(id), 0) AS id FROM touchpoint)
  SELECT top.id::text AS top, c.minute, c.channel, c.n
    FROM top
    LEFT JOIN LATERAL (
      SELECT date_trunc('minute', t.ingested_at) AS minute, t.channel, count(*)::int AS n
        FROM touchpoint t
       WHERE t.workspace_id = $1 AND t.id > $2::bigint AND t.id <= top.id
         AND t.ingested_at >= now() - make_interval(mins => $3::int)
       GROUP BY 1, 2) c ON true`;

/** The highest touchpoint id. */
export const TOP_TOUCHPOINT_ID = `SELECT COALESCE(max(id), 0)::text AS top FROM touchpoint`;
