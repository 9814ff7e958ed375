/** $1 slug -> the workspace id and time zone. */
export const FIND_WORKSPACE = `SELECT id, time_zone FROM workspace WHERE slug = $1`;

/**
 * $1 bound text, $2 date-only?, $3 time zone -> the instant: a date is its midnight in the
 * workspace time zone, an instant is taken as given.
 */
export const RESOLVE_BOUND = `
SELECT CASE WHEN $2::boolean THEN ($1::date::timestamp AT TIME ZONE $3::text)
            ELSE $1::timestamptz END AS at`;

/**
 * $1 from date, $2 to date, $3 time zone -> the start of the previous window as many
 * calendar days long (local midnight, so a DST change does not shift it).
 */
export const PREVIOUS_DAYS_START = `
SELECT (($1::date - ($2::date - $1::date))::timestamp AT TIME ZONE $3::text) AS at`;
