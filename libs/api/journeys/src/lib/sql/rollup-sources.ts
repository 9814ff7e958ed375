/** What the rollup fragments (rollups.sql.ts, slot-rollups.sql.ts) count. */

/** Relations (CTE names or subqueries) holding the journeys, steps and friction events to count. */
export interface RollupSources {
  /** Rows shaped like `journey`. */
  journeys: string;
  /** Rows shaped like `journey_step`. */
  steps: string;
  /** Rows shaped like `friction_event`. */
  friction: string;
  /**
   * Match rows to their journey by the journey id alone instead of (customer, journey id).
   * The same rows: a journey's id is its first touchpoint's id, unique in the workspace.
   * For the recount over whole tables: Postgres multiplies the selectivities of the two
   * columns and estimated the million-row join of steps to journeys at 5 rows, then
   * sorted and probed where it should hash.
   */
  byJourneyId?: boolean;
  /**
   * Sum contacts per (day, segment, key, set of the journey's friction types) before they
   * are counted once per type: the recount's whole workspace would otherwise multiply
   * every step by its journey's types (3.8 rows per step) before the first grouping.
   */
  typeSets?: boolean;
}

/** `a` and `b` belong to the same journey; each side is [alias, journey id column]. */
export function sameJourney(
  from: RollupSources,
  [a, aId]: [string, string],
  [b, bId]: [string, string],
): string {
  const id = `${a}.${aId} = ${b}.${bId}`;
  return from.byJourneyId ? id : `${a}.customer_id = ${b}.customer_id AND ${id}`;
}

/**
 * $1 workspace: the `rules` CTE the rollup fragments read, the time zone (the day a journey
 * counts on) and the custom segment attributes the slots count (journey_settings).
 */
export const ROLLUP_RULES = `rules AS (
  SELECT w.time_zone, COALESCE(s.rollup_attributes, '{}') AS slot_attributes
    FROM workspace w LEFT JOIN journey_settings s ON s.workspace_id = w.id
   WHERE w.id = $1)`;
