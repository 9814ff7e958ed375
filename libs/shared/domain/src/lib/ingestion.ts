import type { FieldError } from './touchpoint-schema';

/** At most this many touchpoints in one `application/json` request; NDJSON has no cap. */
export const MAX_TOUCHPOINTS_PER_JSON_REQUEST = 10_000;

/** Content types `POST /api/v1/touchpoints` accepts. */
export const TOUCHPOINT_CONTENT_TYPES = ['application/json', 'application/x-ndjson'] as const;

/** One touchpoint the API did not take, and why. */
export interface RejectedTouchpointDto {
  /** Position in the request: array index, or the record's index among NDJSON lines (0-based). */
  index: number;
  /** NDJSON only: the 1-based line number in the body. */
  line?: number;
  /** The touchpoint's `id`, when it had one. */
  id?: string;
  errors: FieldError[];
}

/** Answer of `POST /api/v1/touchpoints`. */
export interface IngestResultDto {
  accepted: number;
  duplicates: number;
  /** The first rejections (details are capped so a bad file cannot blow up the answer). */
  rejected: RejectedTouchpointDto[];
  /** Every rejection, also those beyond the detail cap. */
  rejectedCount: number;
}
