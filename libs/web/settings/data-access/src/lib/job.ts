/** `GET /api/v1/jobs/:id` (the API's JobDto in libs/api/journeys), as the web app reads it. */
export interface BackgroundJobDto {
  id: string;
  kind: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  /** Units done (customers, for a rebuild). */
  progress: number;
  /** Units in all, once known. */
  total: number | null;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** A progress bar for the journey rebuild a save started: a label and 0..1 or `null`. */
export function rebuildProgress(job: BackgroundJobDto): { label: string; value: number | null } {
  const count = (n: number) => n.toLocaleString('en-US');
  switch (job.status) {
    case 'queued':
      return { label: 'Journey rebuild queued…', value: null };
    case 'running':
      return job.total
        ? {
            label: `Rebuilding journeys: ${count(job.progress)} of ${count(job.total)} customers`,
            value: Math.min(1, job.progress / job.total),
          }
        : { label: 'Rebuilding journeys…', value: null };
    case 'done':
      return { label: 'Journeys rebuilt with the new settings', value: 1 };
    case 'failed':
      return { label: `The journey rebuild failed: ${job.error ?? 'unknown error'}`, value: null };
  }
}
