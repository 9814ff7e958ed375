import { type ResolvedFilter, journeyWhere } from './filter.sql';
import type { Statement } from './metrics.sql';
import { type DayWindow, slotConditions, slotPeriod } from './slot-rollup.sql';
import { SqlParams } from './sql-params';

/**
 * The most common full channel paths of the filtered journeys (ties by path). Means are
 * numeric divisions, as pathSlotSql's.
 */
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
           avg(duration_seconds::numeric)::float8 AS mean_duration
      FROM jr
     GROUP BY channel_path
     ORDER BY count(*) DESC, channel_path
     LIMIT ${p.add(limit)}::int) g ON true`;
  return { text, values: p.values };
}

/** path_slot rows of the filter's slot and months (`days`: whole months, no intent). */
function pathSlotWhere(filter: ResolvedFilter, days: DayWindow, p: SqlParams): string {
  return [...slotConditions(filter, p, 'all'), slotPeriod(days, p).where].join('\n     AND ');
}

/** pathsSql's rows from path_slot. */
export function slotPathsSql(filter: ResolvedFilter, days: DayWindow, limit: number): Statement {
  const p = new SqlParams();
  const text = `
WITH r AS (
  SELECT r.path, sum(r.journeys) AS journeys, sum(r.resolved) AS resolved,
         sum(r.cost) AS cost, sum(r.duration_seconds) AS duration_seconds
    FROM path_slot r
   WHERE ${pathSlotWhere(filter, days, p)}
   GROUP BY r.path
),
total AS (SELECT COALESCE(sum(journeys), 0)::int AS journeys FROM r)
SELECT total.journeys, g.*
  FROM total
  LEFT JOIN LATERAL (
    SELECT path, journeys::int AS count, (resolved / journeys)::float8 AS resolution_rate,
           (cost / journeys)::float8 AS mean_cost,
           (duration_seconds / journeys)::float8 AS mean_duration
      FROM r
     WHERE journeys > 0
     ORDER BY journeys DESC, path
     LIMIT ${p.add(limit)}::int) g ON true`;
  return { text, values: p.values };
}

/** Separator of a path's channels in `pathCountsSql` keys (no channel name contains it). */
export const PATH_KEY_SEPARATOR = '>';

/** Journeys of the filter per given full channel path, keyed `phone>chat`. */
export function pathCountsSql(filter: ResolvedFilter, pathKeys: readonly string[]): Statement {
  const p = new SqlParams();
  const separator = p.add(PATH_KEY_SEPARATOR);
  const text = `
SELECT array_to_string(j.channel_path, ${separator}::text) AS key, count(*)::int AS count
  FROM journey j
 WHERE ${journeyWhere(filter, p)}
   AND array_to_string(j.channel_path, ${separator}::text) = ANY(${p.add(pathKeys)}::text[])
 GROUP BY 1`;
  return { text, values: p.values };
}

/** pathCountsSql's rows from path_slot. */
export function slotPathCountsSql(
  filter: ResolvedFilter,
  days: DayWindow,
  pathKeys: readonly string[],
): Statement {
  const p = new SqlParams();
  const separator = p.add(PATH_KEY_SEPARATOR);
  const text = `
SELECT array_to_string(r.path, ${separator}::text) AS key, sum(r.journeys)::int AS count
  FROM path_slot r
 WHERE ${pathSlotWhere(filter, days, p)}
   AND array_to_string(r.path, ${separator}::text) = ANY(${p.add(pathKeys)}::text[])
 GROUP BY 1
HAVING sum(r.journeys) > 0`;
  return { text, values: p.values };
}
