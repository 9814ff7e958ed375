/** The alert tables and the rollup reads of rule evaluation; every statement is parameterised. */

const FIRING_COLUMNS = `f.id::text AS id, f.rule_id, r.name AS rule_name, f.value, f.baseline_mean,
       f.baseline_sd, f.threshold, f.message, f.fired_at`;

/** $1 workspace. Rules with their firing count, oldest first. */
export const LIST_RULES = `
  SELECT r.id, r.name, r.condition, r.created_at,
         (SELECT count(*)::int FROM alert_firing f WHERE f.rule_id = r.id) AS firing_count
    FROM alert_rule r
   WHERE r.workspace_id = $1
   ORDER BY r.created_at, r.id`;

/** $1 workspace, $2 rule id (null = all), $3 limit per rule. Newest first. */
export const RECENT_FIRINGS = `
  SELECT ${FIRING_COLUMNS}
    FROM alert_rule r
   CROSS JOIN LATERAL (SELECT * FROM alert_firing f
                        WHERE f.rule_id = r.id
                        ORDER BY f.fired_at DESC, f.id DESC LIMIT $3) f
   WHERE r.workspace_id = $1 AND ($2::uuid IS NULL OR r.id = $2)
   ORDER BY f.fired_at DESC, f.id DESC`;

/** $1 workspace, $2 limit: the latest firings of every rule. */
export const LATEST_FIRINGS = `
  SELECT ${FIRING_COLUMNS}
    FROM alert_firing f JOIN alert_rule r ON r.id = f.rule_id
   WHERE f.workspace_id = $1
   ORDER BY f.fired_at DESC, f.id DESC
   LIMIT $2`;

/** $1 workspace, $2 name, $3 kind, $4 condition. */
export const INSERT_RULE = `
  INSERT INTO alert_rule (workspace_id, name, kind, condition) VALUES ($1, $2, $3, $4::jsonb)
  RETURNING id, name, condition, created_at, 0 AS firing_count`;

/** $1 workspace, $2 rule id. */
export const FIND_RULE = `SELECT id FROM alert_rule WHERE workspace_id = $1 AND id = $2`;
/** $1 workspace, $2 rule id. Deletes the rule (its firings cascade) and counts them. */
export const DELETE_RULE = `
  WITH gone AS (DELETE FROM alert_rule WHERE workspace_id = $1 AND id = $2 RETURNING id)
  SELECT gone.id, (SELECT count(*)::int FROM alert_firing f WHERE f.rule_id = gone.id) AS firings
    FROM gone`;

/** $1 workspace id. The rules to evaluate, with the workspace's slug and tomorrow's date. */
export const RULES_TO_EVALUATE = `
  SELECT r.id, r.name, r.condition, w.slug,
         to_char((now() AT TIME ZONE w.time_zone)::date + 1, 'YYYY-MM-DD') AS tomorrow
    FROM alert_rule r JOIN workspace w ON w.id = r.workspace_id
   WHERE r.workspace_id = $1
   ORDER BY r.created_at, r.id`;

/**
 * $1 workspace, $2 rule, $3 build, $4 value, $5 mean, $6 sd, $7 threshold, $8 message.
 * A second insert for the same rule and build is a no-op (no row returned).
 */
export const INSERT_FIRING = `
  WITH f AS (
    INSERT INTO alert_firing (workspace_id, rule_id, build_id, value, baseline_mean, baseline_sd,
                              threshold, message)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
    ON CONFLICT (rule_id, build_id) DO NOTHING
    RETURNING *)
  SELECT ${FIRING_COLUMNS} FROM f JOIN alert_rule r ON r.id = f.rule_id`;

/**
 * $1 workspace, $2 from channel, $3 to channel, $4 journey key or null, $5 days back
 * (today included). Transitions of journeys started on each day, as days before today in
 * the workspace time zone, from the journey_transition rollup.
 */
export const TRANSITIONS_BY_DAY = `
  WITH w AS (SELECT (now() AT TIME ZONE time_zone)::date AS today FROM workspace WHERE id = $1)
  SELECT (w.today - t.day) AS days_ago, sum(t.transitions)::int AS count
    FROM journey_transition t CROSS JOIN w
   WHERE t.workspace_id = $1 AND t.from_channel = $2 AND t.to_channel = $3
     AND ($4::text IS NULL OR t.journey_key = $4)
     AND t.day > w.today - $5::int AND t.day <= w.today
   GROUP BY 1`;

/** $1 workspace. Days between the first journey start day and today (null: no journeys). */
export const FIRST_JOURNEY_DAY = `
  SELECT ((now() AT TIME ZONE w.time_zone)::date - min(d.day)) AS days_ago
    FROM workspace w LEFT JOIN journey_daily d ON d.workspace_id = w.id
   WHERE w.id = $1
   GROUP BY w.time_zone`;

/** $1 workspace id. Its slug and tomorrow's date in its time zone. */
export const WORKSPACE_TOMORROW = `
  SELECT slug, to_char((now() AT TIME ZONE time_zone)::date + 1, 'YYYY-MM-DD') AS tomorrow
    FROM workspace WHERE id = $1`;
