import type { ImportFormat, ImportJobDto } from '@journey-atlas/shared/domain';
import { isFinished } from '@journey-atlas/shared/domain';

/** What the Data screen's import shows: nothing yet, the upload, the job, or a failure. */
export type ImportState =
  | { phase: 'idle' }
  | { phase: 'uploading'; fileName: string; loaded: number; total: number }
  | { phase: 'job'; job: ImportJobDto }
  | { phase: 'error'; message: string; fileName: string | null; job: ImportJobDto | null };

/** The import options the API takes besides the file. */
export interface ImportOptions {
  /** Unset: the server decides from the file's type and extension. */
  format?: ImportFormat;
  /** The mapping JSON as text (see libs/api/ingestion/README.md). */
  mapping?: string;
}

/** A progress bar: a label and how far (0..1), or `null` while it cannot be measured. */
export interface ProgressView {
  label: string;
  value: number | null;
}

const percent = (fraction: number) => `${Math.floor(fraction * 100)}%`;
const count = (n: number) => n.toLocaleString('en-US');

function fraction(done: number, total: number): number {
  if (total <= 0) return 1;
  return Math.min(1, Math.max(0, done / total));
}

/** The progress bar for a state: upload bytes first, then the bytes the server has read. */
export function importProgress(state: ImportState): ProgressView | null {
  switch (state.phase) {
    case 'idle':
      return null;
    case 'uploading': {
      const value = fraction(state.loaded, state.total);
      return { label: `Uploading ${state.fileName}: ${percent(value)}`, value };
    }
    case 'job':
    case 'error': {
      const job = state.job;
      if (!job) return null;
      const { bytesRead, bytesTotal, rowsRead } = job.progress;
      const value = fraction(bytesRead, bytesTotal);
      switch (job.status) {
        case 'queued':
          return { label: 'Uploaded; waiting for the import to start…', value: null };
        case 'running':
          return { label: `Importing: ${count(rowsRead)} rows read, ${percent(value)}`, value };
        case 'done':
          return { label: `Import finished: ${count(rowsRead)} rows read`, value: 1 };
        case 'failed':
          return { label: `Import stopped after ${count(rowsRead)} rows`, value };
      }
    }
  }
}

/** The final tally once the job has finished, else `null`. */
export function importTally(
  state: ImportState,
): { accepted: number; duplicates: number; rejected: number; rowsRead: number } | null {
  if (state.phase !== 'job' || !isFinished(state.job.status)) return null;
  const { accepted, duplicates, rejected, rowsRead } = state.job.progress;
  return { accepted, duplicates, rejected, rowsRead };
}

/**
 * Checks the options before anything is sent, as the server would: the mapping must be a
 * JSON object. Answers the message to show next to the mapping field, or `null`.
 */
export function mappingError(text: string | undefined): string | null {
  if (text === undefined || text.trim() === '') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return `The mapping is not valid JSON (${(error as Error).message})`;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return 'The mapping must be a JSON object such as {"columns": {"CustomerID": "account_id"}}';
  }
  return null;
}
