import { type ResolvedFilter, journeyWhere } from './filter.sql';
import type { Statement } from './metrics.sql';
import { SqlParams } from './sql-params';

/** The most common full channel paths of the filtered journeys (ties by path). */
export function pathsSql(filter: ResolvedFilter, limit: number): Statement {
  const p = new SqlParams();
  const text = `
WITH jr AS (
  SELECT j.channel_path, j.resolved, j.cost, j.duration_seconds
    FROM journey j
   WHERE ${journeyWhere(filter, p)}
),
total AS (SELECT count(*)::int AS journeys FROM jr)
SELECT total.journeys, g.*
  FROM total
  LEFT JOIN LATERAL (
    SELECT channel_path AS path, count(*)::int AS count,
           avg(resolved::int)::float8 AS resolution_rate, avg(cost)::float8 AS mean_cost,
           avg(duration_seconds)::float8 AS mean_duration
      FROM jr
     GROUP BY channel_path
     ORDER BY count(*) DESC, channel_path
     LIMIT ${p.add(limit)}::int) g ON true`;
  return { text, values: p.values };
}
