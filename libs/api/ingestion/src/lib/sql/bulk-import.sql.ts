/**
 * The bulk-import fast path, per batch in one transaction: COPY the clean rows into
 * st_import (and their keyed identifiers into st_ident), drop the ones stored already,
 * stitch set-based, then insert from the staging tables. $1 is the workspace id.
 */

/** Column order = the order BulkWriterService writes COPY lines in. */
export const STAGE_IMPORT_TABLE = `
  CREATE TEMP TABLE st_import (
    ord int NOT NULL, source text NOT NULL, external_id text NOT NULL,
    occurred_at timestamptz NOT NULL, channel text NOT NULL, direction text NOT NULL,
    interaction_type text NOT NULL, intent text, outcome text, agent_id text, team text,
    queue text, wait_seconds double precision, handle_seconds double precision,
    cost numeric, csat smallint, ces smallint, nps smallint, sentiment real,
    ivr_path text[], attributes jsonb, assumptions jsonb) ON COMMIT DROP`;

export const COPY_IMPORT = `COPY st_import FROM STDIN`;
export const COPY_IDENTIFIERS = `COPY st_ident FROM STDIN`;

/**
 * Rows stored already (same workspace, source and id) leave the batch as duplicates. The
 * scalar subquery is one unique-index probe per staged row; as a join, Postgres would hash
 * the workspace's whole touchpoint table (the import slowed down as the table grew).
 */
export const DROP_STORED = `
  WITH gone AS (
    DELETE FROM st_import s
     WHERE (SELECT true FROM touchpoint t
             WHERE t.workspace_id = $1 AND t.source = s.source AND t.external_id = s.external_id
             LIMIT 1)
    RETURNING s.ord)
  DELETE FROM st_ident i USING gone WHERE i.ord = gone.ord`;

/** Sorts and hashes of a 20,000-row batch fit in memory instead of spilling to disk. */
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

export const COUNT_STAGED = `SELECT count(*)::int AS count FROM st_import`;

/** $2: RESOLVED_TOUCHPOINTS (from api/identity) is spliced in as the CTE `r`. */
export const insertStaged = (resolved: string) => `
  WITH r AS (${resolved}),
  ins AS (
    INSERT INTO touchpoint (workspace_id, customer_id, source, external_id, occurred_at, channel,
                            direction, interaction_type, intent, outcome, agent_id, team, queue,
                            wait_seconds, handle_seconds, cost, csat, ces, nps, sentiment,
                            ivr_path, attributes, assumptions, identifier_ids)
    SELECT $1, r.customer_id, s.source, s.external_id, s.occurred_at, s.channel, s.direction,
           s.interaction_type, s.intent, s.outcome, s.agent_id, s.team, s.queue, s.wait_seconds,
           s.handle_seconds, s.cost, s.csat, s.ces, s.nps, s.sentiment, s.ivr_path, s.attributes,
           s.assumptions, r.identifier_ids
      FROM st_import s JOIN r USING (ord)
    ON CONFLICT (workspace_id, source, external_id) DO NOTHING
    RETURNING customer_id),
  changed AS (
    INSERT INTO customer_change (workspace_id, customer_id)
    SELECT DISTINCT $1::uuid, customer_id FROM ins
    ON CONFLICT (workspace_id, customer_id) DO UPDATE SET changed_at = now())
  SELECT count(*)::int AS inserted FROM ins`;
