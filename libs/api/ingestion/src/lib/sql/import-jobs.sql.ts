/** Import job bookkeeping (the job row is also read through ImportJobEntity). */

/** $1 id, $2 bytes read, $3 rows read, $4 accepted, $5 duplicates, $6 rejected. */
export const UPDATE_IMPORT_PROGRESS = `
  UPDATE import_job
     SET bytes_read = $2, rows_read = $3, accepted = $4, duplicates = $5, rejected_count = $6,
         updated_at = now()
   WHERE id = $1`;

/** $1 error message. Jobs a previous process left queued or running can never finish now. */
export const FAIL_INTERRUPTED_IMPORTS = `
  UPDATE import_job
     SET status = 'failed', error = $1, finished_at = now(), updated_at = now(), temp_path = NULL
   WHERE status IN ('queued', 'running')
  RETURNING id, temp_path AS "tempPath"`;

/** $1 id: queued -> running, only once. */
export const START_IMPORT = `
  UPDATE import_job SET status = 'running', started_at = now(), updated_at = now()
   WHERE id = $1 AND status = 'queued'
  RETURNING id`;

/**
 * After a bulk import: fresh statistics for the tables it filled. The journey builds that
 * follow find a batch's touchpoints by customer; planned from a near-empty table's
 * statistics they scanned the whole workspace's touchpoints per batch (~170 ms at 200k)
 * until autovacuum got there.
 */
export const ANALYZE_IMPORTED = `ANALYZE touchpoint, customer, customer_identifier`;
