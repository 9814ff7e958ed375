import { type ResolvedFilter, journeyWhere } from './filter.sql';
import type { Statement } from './metrics.sql';
import { SqlParams } from './sql-params';

/**
 * The directly-follows graph of the filtered journeys, for journeys of any length: one
 * row per channel (kind 'node': steps, starts, ends) and one per consecutive pair of steps
 * (kind 'edge': count, median gap). Loops such as phone -> phone are kept on purpose:
 * they are the repeat calls.
 */
export function flowGraphSql(filter: ResolvedFilter): Statement {
  const p = new SqlParams();
  const text = `
WITH jr AS (
  SELECT j.workspace_id, j.customer_id, j.id, j.steps
    FROM journey j
   WHERE ${journeyWhere(filter, p)}
),
st AS (
  SELECT s.channel, s.step_index, jr.steps, s.gap_seconds,
         lag(s.channel) OVER (PARTITION BY s.workspace_id, s.customer_id, s.journey_id
                                  ORDER BY s.step_index) AS previous
    FROM journey_step s
    JOIN jr ON jr.workspace_id = s.workspace_id AND jr.customer_id = s.customer_id
           AND jr.id = s.journey_id
)
SELECT 'node' AS kind, channel AS source, NULL::text AS target,
       count(*)::int AS count,
       count(*) FILTER (WHERE step_index = 0)::int AS starts,
       count(*) FILTER (WHERE step_index = steps - 1)::int AS ends,
       NULL::float8 AS median_gap_seconds,
       (SELECT count(*)::int FROM jr) AS journeys
  FROM st
 GROUP BY channel
UNION ALL
SELECT 'edge', previous, channel, count(*)::int, NULL, NULL,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY gap_seconds)::float8, NULL
  FROM st
 WHERE previous IS NOT NULL
 GROUP BY previous, channel
 ORDER BY 1 DESC, 4 DESC, 2, 3`;
  return { text, values: p.values };
}
