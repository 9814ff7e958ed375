import { type BuildScope, scopePredicate } from './scopes';

/** Statements around the build: settings, locks, deletes, chunks and the change queue. */

/** The build keeps a chunk's steps in memory (a materialised CTE, sorts): give it room. */
export const BUILD_MEMORY = `SET LOCAL work_mem = '64MB'`;

/** $1 workspace: gives it the default journey rules unless it has its own. */
export const ENSURE_SETTINGS = `
  INSERT INTO journey_settings (workspace_id) VALUES ($1)
  ON CONFLICT (workspace_id) DO NOTHING`;

/**
 * Every customer-scoped rebuild transaction of a workspace takes this lock first: two
 * transactions rebuilding one customer could otherwise both delete, then both insert, and
 * the rollup deltas of concurrent writers could deadlock. Claiming work (SKIP LOCKED)
 * happens before, so waiting workers still never share a customer. Keys are namespaced
 * "journeys:".
 */
export const LOCK_WORKSPACE = `SELECT pg_advisory_xact_lock(hashtext('journeys:' || $1::text))`;

/**
 * A chunk of a full rebuild takes the same lock shared: chunks of one rebuild cover
 * disjoint customer ranges and write no rollups, so they run side by side, while
 * customer-scoped rebuilds (exclusive) wait for the running chunks and chunks wait for
 * them. A waiting exclusive request queues the later shared ones, so neither starves.
 */
export const LOCK_WORKSPACE_SHARED = `SELECT pg_advisory_xact_lock_shared(hashtext('journeys:' || $1::text))`;

/**
 * One full rebuild per workspace at a time (two would build the same ranges at once):
 * a session lock held by the rebuild on its own connection; it goes with the connection
 * if the process dies.
 */
export const LOCK_FULL_REBUILD = `SELECT pg_advisory_lock(hashtext('journeys-full:' || $1::text))`;
export const UNLOCK_FULL_REBUILD = `SELECT pg_advisory_unlock(hashtext('journeys-full:' || $1::text))`;

/**
 * The rows a customer-scoped delete removes, kept for the build that follows in the same
 * transaction: it counts only the journeys that changed into the rollups (BUILD_JOURNEYS).
 * Dropped at commit or rollback.
 */
export const CREATE_REPLACED_TABLES = `
  CREATE TEMP TABLE replaced_journey (LIKE journey) ON COMMIT DROP;
  CREATE TEMP TABLE replaced_journey_step (LIKE journey_step) ON COMMIT DROP;
  CREATE TEMP TABLE replaced_friction_event (LIKE friction_event) ON COMMIT DROP`;

/**
 * Deletes the scope's journeys, steps and friction; customer-scoped deletes keep them in
 * the CREATE_REPLACED_TABLES tables. $1 workspace, then the scope's from $2.
 */
function deleteSql(scope: BuildScope): string {
  const where = `t.workspace_id = $1 AND ${scopePredicate(scope, 2)}`;
  const kept =
    scope === 'customers'
      ? `,
kept_journeys AS (INSERT INTO pg_temp.replaced_journey SELECT * FROM gone_journeys),
kept_steps AS (INSERT INTO pg_temp.replaced_journey_step SELECT * FROM gone_steps),
kept_friction AS (INSERT INTO pg_temp.replaced_friction_event SELECT * FROM gone_friction)`
      : '';
  return `
WITH gone_journeys AS (DELETE FROM journey t WHERE ${where} RETURNING t.*),
gone_steps AS (DELETE FROM journey_step t WHERE ${where} RETURNING t.*),
gone_friction AS (DELETE FROM friction_event t WHERE ${where} RETURNING t.*)${kept}
SELECT count(*)::int AS journeys FROM gone_journeys`;
}

export const DELETE_JOURNEYS: Readonly<Record<BuildScope, string>> = {
  range: deleteSql('range'),
  customers: deleteSql('customers'),
};

/**
 * $1 workspace, $2 chunk start, $3 next chunk start or null: a full rebuild makes queued
 * changes inside its range moot. Rows a change worker has claimed are skipped (it holds
 * them while it waits for the workspace lock that this chunk holds). The locked ids go in
 * an array so the delete probes the primary key for them: as `IN (subquery)`, with
 * statistics on a long queue, it was a hash semi join over the whole queue per chunk.
 */
export const DELETE_RANGE_CHANGES = `
  DELETE FROM customer_change
   WHERE workspace_id = $1 AND customer_id = ANY (ARRAY(
     SELECT customer_id FROM customer_change
      WHERE workspace_id = $1 AND customer_id >= $2::uuid
        AND ($3::uuid IS NULL OR customer_id < $3::uuid)
        FOR UPDATE SKIP LOCKED))`;

/** $1 workspace. */
export const COUNT_CUSTOMERS = `SELECT count(*)::int AS count FROM customer WHERE workspace_id = $1`;

/**
 * $1 workspace, $2 chunk size: every chunk's first customer id after the first chunk's
 * (which starts at FIRST_UUID), in order; one index-only scan for the whole rebuild.
 */
export const CHUNK_STARTS = `
  SELECT id FROM (
    SELECT id, row_number() OVER (ORDER BY id) - 1 AS n
      FROM customer WHERE workspace_id = $1) c
   WHERE n > 0 AND n % $2 = 0
   ORDER BY id`;

/**
 * $1 workspace, $2 chunk start, $3 chunk size: the first customer id of the next chunk,
 * or no row when this chunk runs to the end of the id space.
 */
export const NEXT_CHUNK_START = `
  SELECT id FROM customer WHERE workspace_id = $1 AND id >= $2::uuid
   ORDER BY id OFFSET $3 LIMIT 1`;

/** Chunks cover the whole uuid space, so rows of customers not in `customer` go too. */
export const FIRST_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * $1 workspace, $2 batch size: claims queued changes; rows another worker holds are
 * skipped, and deleting them in the claiming transaction makes the claim final.
 */
export const CLAIM_CHANGES = `
  WITH claimed AS (
    SELECT customer_id FROM customer_change
     WHERE workspace_id = $1
     ORDER BY changed_at
     LIMIT $2
       FOR UPDATE SKIP LOCKED),
  deleted AS (
    DELETE FROM customer_change c
     USING claimed
     WHERE c.workspace_id = $1 AND c.customer_id = claimed.customer_id
    RETURNING c.customer_id)
  SELECT customer_id FROM deleted`;

/**
 * NOTIFY channel of the statement trigger on customer_change (migration
 * 1764500000002): one notification per committed transaction that queued changes.
 */
export const CHANGES_CHANNEL = 'journey_atlas_customer_changes';

/** Workspaces with queued changes. */
export const WORKSPACES_WITH_CHANGES = `SELECT DISTINCT workspace_id FROM customer_change`;
