import type { RejectedTouchpointDto } from './ingestion';

/** Bulk file imports (`POST /api/v1/imports`): shapes shared by the API and the importer CLI. */

export const IMPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const IMPORT_FORMATS = ['csv', 'ndjson'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Content types a raw (non-multipart) import upload may declare. */
export const IMPORT_CONTENT_TYPES: Record<string, ImportFormat> = {
  'text/csv': 'csv',
  'text/tab-separated-values': 'csv',
  'application/x-ndjson': 'ndjson',
};

/**
 * Canonical CSV columns: the touchpoint field names, customer identifiers as snake_case
 * columns, `ivrPath` joined with '>' (the generator writes exactly these).
 */
export const IMPORT_CSV_COLUMNS = [
  'id',
  'source',
  'occurredAt',
  'channel',
  'direction',
  'account_id',
  'email',
  'phone',
  'social_handle',
  'device_id',
  'interactionType',
  'intent',
  'outcome',
  'agentId',
  'team',
  'queue',
  'waitSeconds',
  'handleSeconds',
  'cost',
  'csat',
  'ces',
  'nps',
  'sentiment',
  'ivrPath',
] as const;
export type ImportColumn = (typeof IMPORT_CSV_COLUMNS)[number];

export interface ImportProgressDto {
  /** Size of the uploaded file. */
  bytesTotal: number;
  bytesRead: number;
  /** Data rows (CSV records or NDJSON lines) read so far. */
  rowsRead: number;
  accepted: number;
  duplicates: number;
  rejected: number;
}

/** What the importer found out about the file by looking at it. */
export interface ImportDetectedDto {
  encoding: string;
  /** CSV only. */
  delimiter?: string;
  /** CSV only: header columns that map to nothing (neither a field nor an attribute). */
  ignoredColumns?: string[];
}

/** `GET /api/v1/imports/:id` (and the answer of `POST /api/v1/imports`, with status queued). */
export interface ImportJobDto {
  id: string;
  workspace: string;
  status: ImportStatus;
  format: ImportFormat;
  fileName: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  progress: ImportProgressDto;
  detected: ImportDetectedDto | null;
  /** The first rejected rows, with their 1-based line numbers in the file. */
  rejectedRows: RejectedTouchpointDto[];
  /** Why a failed import stopped. */
  error: string | null;
}

export const isFinished = (status: ImportStatus): boolean =>
  status === 'done' || status === 'failed';
