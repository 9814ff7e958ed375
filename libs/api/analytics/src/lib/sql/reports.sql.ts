/** Look-ups of the reports: months with data, teams, agents and their team. */

/**
 * $1 workspace id, $2 time zone -> the months with journeys (by start), newest first. One
 * probe of the journeys' start index per month (the first start at or after each month
 * with data), not a scan of every journey (seconds at 10M touchpoints).
 */
export const DATA_MONTHS = `
WITH RECURSIVE m(month) AS (
  SELECT date_trunc('month', min(started_at) AT TIME ZONE $2::text)
    FROM journey WHERE workspace_id = $1::uuid
  UNION ALL
  SELECT date_trunc('month', (SELECT min(j.started_at) FROM journey j
                               WHERE j.workspace_id = $1::uuid
                                 AND j.started_at >= (m.month + interval '1 month') AT TIME ZONE $2::text)
                             AT TIME ZONE $2::text)
    FROM m WHERE m.month IS NOT NULL
)
SELECT to_char(month, 'YYYY-MM') AS month FROM m WHERE month IS NOT NULL ORDER BY 1 DESC`;

/** $1 workspace id -> every team on a touchpoint, by name. */
export const TEAMS = `
SELECT DISTINCT team FROM touchpoint
 WHERE workspace_id = $1::uuid AND team IS NOT NULL
 ORDER BY team`;

/** $1 workspace id, $2 team -> whether any touchpoint carries it. */
export const TEAM_EXISTS = `
SELECT EXISTS (SELECT 1 FROM touchpoint WHERE workspace_id = $1::uuid AND team = $2) AS found`;

/**
 * $1 workspace id, $2 agent id or null (every agent) -> each agent with their team: the
 * team most of their touchpoints carry (ties by name; null only when none has a team).
 */
export const AGENT_TEAMS = `
SELECT agent_id, team
  FROM (SELECT agent_id, team,
               row_number() OVER (PARTITION BY agent_id
                                  ORDER BY (team IS NULL), count(*) DESC, team) AS rank
          FROM touchpoint
         WHERE workspace_id = $1::uuid AND agent_id IS NOT NULL
           AND ($2::text IS NULL OR agent_id = $2::text)
         GROUP BY agent_id, team) ranked
 WHERE rank = 1
 ORDER BY agent_id`;

/** $1, $2 dates, $3 time zone -> the local midnights of those dates as instants. */
export const DATE_BOUNDS = `
SELECT ($1::date::timestamp AT TIME ZONE $3::text) AS from_at,
       ($2::date::timestamp AT TIME ZONE $3::text) AS to_at`;
