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

/** Sources counted with one sign; `prefix` names the side's helper CTEs. */
export interface RollupSide {
  prefix: string;
  sign: 1 | -1;
  from: RollupSources;
}

/**
 * `INSERT INTO <into> AS r (<keys>, <measures>) …` in key order, for the caller's ON
 * CONFLICT. `rows` are SELECTs, one per side, of the key then the measure columns; `order`
 * is the key's positions in them. Several sides are summed per key first: one statement
 * cannot update a rollup row twice, and a build's replaced and new journeys share most rows.
 */
export function upsertRows(
  into: string,
  keys: readonly string[],
  measures: readonly string[],
  rows: readonly string[],
  order: string,
): string {
  const columns = [...keys, ...measures].join(', ');
  if (rows.length === 1) {
    return `
  INSERT INTO ${into} AS r (${columns})${rows[0]}
   -- Key order, so that concurrent writers lock rollup rows in the same order.
   ORDER BY ${order}`;
  }
  return `
  INSERT INTO ${into} AS r (${columns})
  SELECT ${[...keys, ...measures.map((column) => `sum(${column})`)].join(', ')}
    FROM (${rows.join('\n  UNION ALL')}) x(${columns})
   GROUP BY ${keys.join(', ')}
   ORDER BY ${keys.join(', ')}`;
}
