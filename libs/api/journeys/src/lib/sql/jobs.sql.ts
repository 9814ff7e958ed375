/** The Postgres-backed job queue: claim with SKIP LOCKED, heartbeat while running. */

const COLUMNS = `id, workspace_id, kind, status, progress, total, error, created_at, started_at,
  finished_at`;

/** $1 workspace, $2 kind: a new queued job, or the one already queued for the same work. */
export const ENQUEUE_JOB = `
  WITH queued AS (
    SELECT ${COLUMNS} FROM job
     WHERE workspace_id = $1 AND kind = $2 AND status = 'queued'
     ORDER BY created_at LIMIT 1),
  inserted AS (
    INSERT INTO job (workspace_id, kind)
    SELECT $1, $2 WHERE NOT EXISTS (SELECT 1 FROM queued)
    RETURNING ${COLUMNS})
  SELECT * FROM inserted UNION ALL SELECT * FROM queued`;

/** $1 job id. */
export const FIND_JOB = `SELECT ${COLUMNS} FROM job WHERE id = $1`;

/**
 * $1 seconds without a heartbeat after which a running job counts as abandoned (its
 * worker died): the oldest open job, taken so that no other worker can take it too.
 * The SELECT around the UPDATE makes the driver return plain rows.
 */
export const CLAIM_JOB = `
  WITH claimed AS (
    UPDATE job SET status = 'running', started_at = now(), heartbeat_at = now(), progress = 0,
                   error = NULL
     WHERE id = (
       SELECT id FROM job
        WHERE status = 'queued'
           OR (status = 'running' AND heartbeat_at < now() - $1 * interval '1 second')
        ORDER BY created_at
        LIMIT 1
          FOR UPDATE SKIP LOCKED)
    RETURNING id, workspace_id, kind)
  SELECT * FROM claimed`;

/** $1 job id, $2 progress, $3 total. */
export const REPORT_PROGRESS = `
  UPDATE job SET progress = $2, total = $3, heartbeat_at = now()
   WHERE id = $1 AND status = 'running'`;

/** $1 job id. */
export const HEARTBEAT = `UPDATE job SET heartbeat_at = now() WHERE id = $1 AND status = 'running'`;

/** $1 job id, $2 'done' | 'failed', $3 error message or null. */
export const FINISH_JOB = `
  UPDATE job SET status = $2, error = $3, finished_at = now()
   WHERE id = $1 AND status = 'running'`;

/** $1 job id: back to the queue (this worker is stopping; another one will redo it). */
export const REQUEUE_JOB = `
  UPDATE job SET status = 'queued', heartbeat_at = NULL
   WHERE id = $1 AND status = 'running'`;
