/** Look-ups of the reports: months with data, teams, agents and their team. */

/** $1 workspace id, $2 time zone -> the months with journeys (by start), newest first. */
export const DATA_MONTHS = `
SELECT to_char(date_trunc('month', started_at AT TIME ZONE $2::text), 'YYYY-MM') AS month
  FROM journey
 WHERE workspace_id = $1::uuid
 GROUP BY 1
 ORDER BY 1 DESC`;

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
