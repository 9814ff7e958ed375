/**
 * The bulk-import fast path, per batch in one transaction (BulkWriterService): COPY the
 * keyed identifiers into st_ident, drop the rows stored already, stitch set-based, read
 * back each row's customer, then COPY the rows straight into `touchpoint`. $1 is the
 * workspace id.
 */

export const COPY_IDENTIFIERS = `COPY st_ident FROM STDIN`;

/**
 * Column order of a touchpoint's COPY line: the three stitching decides, then the ones
 * CopyBatch writes (see CopyBatch.add).
 */
export const COPY_TOUCHPOINTS = `
  COPY touchpoint (workspace_id, customer_id, identifier_ids, source, external_id, occurred_at,
                   channel, direction, interaction_type, intent, outcome, agent_id, team, queue,
                   wait_seconds, handle_seconds, cost, csat, ces, nps, sentiment, ivr_path,
                   attributes, assumptions) FROM STDIN`;

/**
 * Rows stored already (same workspace, source and id) leave the batch as duplicates. The
 * scalar subquery is one unique-index probe per staged row (its first identifier, pos 0:
 * every row has one); as a join, Postgres would hash the workspace's whole touchpoint
 * table (the import slowed down as the table grew). Safe without ON CONFLICT: every
 * writer of touchpoint holds the workspace identity lock (LOCK_WORKSPACE_IDENTITY) from
 * this check to its COPY, and the unique key still refuses a second copy.
 */
export const DROP_STORED = `
  WITH gone AS (
    SELECT s.ord FROM st_ident s
     WHERE s.pos = 0
       AND (SELECT true FROM touchpoint t
             WHERE t.workspace_id = $1 AND t.source = s.source AND t.external_id = s.external_id
             LIMIT 1))
  DELETE FROM st_ident i USING gone WHERE i.ord = gone.ord`;

export const COUNT_STAGED = `SELECT count(*)::int AS count FROM st_ident WHERE pos = 0`;

/** Sorts and hashes of a 50,000-row batch fit in memory instead of spilling to disk. */
export const BATCH_WORK_MEM = `SET LOCAL work_mem = '64MB'`;

/**
 * A batch's COMMIT does not wait for its WAL to reach the disk; the next synchronous
 * commit flushes it (WAL is written in order). Bulk import: marking the job done commits
 * synchronously, so a job that says `done` is durable; a crash before that leaves the job
 * `failed` (FAIL_INTERRUPTED_IMPORTS) and importing the file again stores what was lost
 * and counts the rest as duplicates. HTTP: the request's last batch commits synchronously
 * before the answer is sent. Exactly-once either way.
 */
export const BATCH_ASYNC_COMMIT = `SET LOCAL synchronous_commit = off`;

/**
 * $1 workspace. RESOLVED_TOUCHPOINTS (from api/identity) is spliced in as the CTE `r`:
 * queues every staged row's customer for the journey engine and answers, per row, the
 * customer and identifier ids as COPY text (an array's text form is its COPY form).
 */
export const resolveAndQueue = (resolved: string) => `
  WITH r AS (${resolved}),
  changed AS (
    INSERT INTO customer_change (workspace_id, customer_id)
    SELECT DISTINCT $1::uuid, customer_id FROM r
    ON CONFLICT (workspace_id, customer_id) DO UPDATE SET changed_at = now())
  SELECT ord, customer_id::text AS customer_id, identifier_ids::text AS identifier_ids FROM r`;
