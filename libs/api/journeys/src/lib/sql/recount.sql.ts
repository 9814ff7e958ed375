import { ROLLUP_CTES, type RollupSources } from './rollups.sql';
import { SLOT_ROLLUP_CTES } from './slot-rollups.sql';

/**
 * The rollup recount at the end of a full rebuild (JourneyBuilder.rebuildAll), in parts:
 * each rollup table is counted by its own statement, straight from the workspace's fact
 * tables, and the parts run side by side on two connections (INSERT … SELECT gets no
 * parallel workers). The rebuild's own connection holds the exclusive workspace lock in one
 * transaction from before the first part until the end, deletes the workspace's rows of its
 * tables and counts them in place; the other connection counts its tables into unlogged
 * staging copies (`recount_<table>`, migration 1764700000000) in its own transactions, and
 * the first connection copies them over before it commits. So no customer-scoped build
 * changes the journeys in between, readers see the old rollups or the new ones, never a
 * mix, and an interrupted recount leaves the rollups as they were (staging rows left
 * behind are never read, and the next recount that stages the table deletes them).
 *
 * One statement for every table (as before) referenced the facts from many CTEs, so
 * Postgres materialised SELECT * of journeys, steps and friction and planned every
 * aggregate over CTE estimates. The counting itself is the fragments incremental builds
 * use (rollups.sql.ts, slot-rollups.sql.ts), so both count alike.
 */

/** Every rollup table a recount replaces. */
export const ROLLUP_TABLES = [
  'journey_daily',
  'journey_transition',
  'friction_daily',
  'journey_slot',
  'contact_slot',
  'map_slot',
  'shift_slot',
  'path_slot',
  'agent_slot',
] as const;
export type RollupTable = (typeof ROLLUP_TABLES)[number];

/** The staging copy a recount counts into (same columns, same key). */
export const recountStaging = (table: RollupTable) => `recount_${table}`;

/** Sources as plain subqueries: planned with the tables' own statistics, never materialised. */
const WORKSPACE_FACTS: RollupSources = {
  byJourneyId: true,
  typeSets: true,
  journeys: '(SELECT * FROM journey WHERE workspace_id = $1)',
  steps: '(SELECT * FROM journey_step WHERE workspace_id = $1)',
  friction: '(SELECT * FROM friction_event WHERE workspace_id = $1)',
};

/**
 * A recount statement: $1 workspace and, for those that `count`, $2 the custom segment
 * attributes to count (text[]). The recount reads the workspace's list once, so that all
 * its parts count the same attributes even if the settings change meanwhile.
 */
export interface RecountStatement {
  sql: string;
  count?: true;
}

/** The statement's parameters. */
export function recountValues(
  statement: RecountStatement,
  workspaceId: string,
  attributes: readonly string[],
): unknown[] {
  return statement.count ? [workspaceId, attributes] : [workspaceId];
}

const plain = (sql: string): RecountStatement => ({ sql });

/** Counts `table`'s rows into `into` (the table itself or its staging copy). */
function countInto(table: RollupTable, into: string): RecountStatement {
  const ctes =
    table === 'journey_daily' || table === 'journey_transition' || table === 'friction_daily'
      ? ROLLUP_CTES[table]('recount', 1, WORKSPACE_FACTS, into)
      : SLOT_ROLLUP_CTES[table]('recount', 1, WORKSPACE_FACTS, into);
  return {
    sql: `WITH rules AS (SELECT time_zone, $2::text[] AS slot_attributes FROM workspace WHERE id = $1),${ctes}
SELECT 1`,
    count: true,
  };
}

/** Room to hash the groups in memory (a sort spills to disk at 4 MB). $1 workspace. */
export const RECOUNT_MEMORY = `SELECT set_config('work_mem', '256MB', true) WHERE $1::uuid IS NOT NULL`;

export interface RecountPart {
  table: RollupTable;
  /** In the transaction holding the workspace lock: recount the table. */
  inPlace: readonly RecountStatement[];
  /** In a transaction of its own: recount into the staging copy. */
  staged: readonly RecountStatement[];
  /** In the transaction holding the lock once `staged` committed. */
  copy: readonly RecountStatement[];
}

function part(table: RollupTable): RecountPart {
  const staging = recountStaging(table);
  return {
    table,
    inPlace: [plain(`DELETE FROM ${table} WHERE workspace_id = $1`), countInto(table, table)],
    staged: [
      plain(RECOUNT_MEMORY),
      plain(`DELETE FROM ${staging} WHERE workspace_id = $1`),
      countInto(table, staging),
    ],
    copy: [
      plain(`DELETE FROM ${table} WHERE workspace_id = $1`),
      // Staging copies have the rollup table's columns in the same order (LIKE).
      plain(`INSERT INTO ${table} SELECT * FROM ${staging} WHERE workspace_id = $1`),
      plain(`DELETE FROM ${staging} WHERE workspace_id = $1`),
    ],
  };
}

/**
 * Counted in place by the connection holding the lock: tables with many rows, which would
 * cost a second insert each through staging (map_slot ~330k rows at 1M touchpoints,
 * friction_daily ~450k), and shift_slot and agent_slot. Slowest first.
 */
export const RECOUNT_IN_PLACE: readonly RecountPart[] = (
  ['map_slot', 'friction_daily', 'journey_transition', 'shift_slot', 'agent_slot'] as const
).map(part);

/**
 * Counted on other connections and copied: the heaviest counting with few rows (contact_slot
 * spreads every step over its journey's friction types and segment slots; ~28k rows each at
 * 1M touchpoints), then journey_daily (~230k rows, ~490k at 10M) so that both connections
 * finish together (10M: 426 s of parts in place, 392 s staged without it), and path_slot
 * (in place has shift_slot). With one connection these are counted in place too.
 */
export const RECOUNT_STAGED: readonly RecountPart[] = (
  ['contact_slot', 'journey_slot', 'journey_daily', 'path_slot'] as const
).map(part);

/** $1 workspace: the custom segment attributes a recount counts (then its $2). */
export const SELECT_ROLLUP_ATTRIBUTES = `SELECT rollup_attributes FROM journey_settings WHERE workspace_id = $1`;

/**
 * $1 workspace, $2 the custom attributes counted; last, in the transaction holding the
 * lock: the version the answer cache keys on moves; the slot rollups now count every
 * journey, and those custom attributes that the settings still name (builds after this
 * one count the settings' list; a change queued another rebuild).
 */
export const BUMP_ROLLUP_VERSION = `INSERT INTO rollup_state AS r (workspace_id, version, ready, slot_attributes)
  SELECT $1, 1, true, ARRAY(SELECT a FROM unnest($2::text[]) a
                             WHERE a = ANY(COALESCE((SELECT rollup_attributes FROM journey_settings
                                                      WHERE workspace_id = $1), '{}')))
   ON CONFLICT (workspace_id) DO UPDATE
     SET version = r.version + 1, ready = true, slot_attributes = excluded.slot_attributes`;
