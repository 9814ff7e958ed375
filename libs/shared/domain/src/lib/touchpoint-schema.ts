import { z } from 'zod';
import { CHANNELS } from './channels';
import { UNSTORABLE_MESSAGE, isStorableJson, isStorableText } from './storable';
import { fastTouchpoint } from './touchpoint-fast-path';
import {
  DIRECTIONS,
  IDENTIFIER_KINDS,
  INTERACTION_TYPES,
  OUTCOMES,
  TOUCHPOINT_FIELDS,
  type Touchpoint,
} from './touchpoint';

/**
 * The one validation of an incoming touchpoint, shared by the HTTP API and the file
 * importer. Every error names the field (dotted path) and says what is allowed.
 */

/** A field problem, as the API reports it. */
export interface FieldError {
  field: string;
  message: string;
}

/** A touchpoint that passed validation, with defaults applied. */
export type ValidTouchpoint = Omit<Touchpoint, 'source' | 'direction' | 'interactionType'> &
  Required<Pick<Touchpoint, 'source' | 'direction' | 'interactionType'>>;

export type TouchpointValidation =
  | { ok: true; value: ValidTouchpoint }
  | { ok: false; errors: FieldError[] };

export const DEFAULT_SOURCE = 'api';
/** How far ahead of the server clock a timestamp may be (clock skew, time zones). */
export const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;

/** Date, 'T', time with optional seconds and fraction, then Z or an offset (+01:00, +0100). */
const ISO_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const list = (values: readonly string[]) => values.join(', ');

const text = (max: number) =>
  z
    .string({ invalid_type_error: 'must be a string' })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine(isStorableText, UNSTORABLE_MESSAGE);

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    errorMap: (issue, context) => ({
      message:
        issue.code === 'invalid_type' && context.data === undefined
          ? `is required; one of: ${list(values)}`
          : `must be one of: ${list(values)}`,
    }),
  });

const range = (min: number, max: number, integer: boolean) => {
  const what = integer ? `a whole number from ${min} to ${max}` : `a number from ${min} to ${max}`;
  const base = z.number({ invalid_type_error: `must be ${what}` }).min(min, `must be ${what}`);
  const capped = base.max(max, `must be ${what}`);
  return integer ? capped.int(`must be ${what}`) : capped;
};

const nonNegative = z
  .number({ invalid_type_error: 'must be a number >= 0' })
  .min(0, 'must be a number >= 0');

/** Costs are stored as numeric(12,4). */
const MAX_COST = 99_999_999;
/** Older timestamps are certainly a unit or parsing mistake (and year 0 does not exist). */
const EARLIEST = Date.parse('1970-01-01T00:00:00Z');

const identifier = (max: number) => text(max);

const customerSchema = z
  .object(
    {
      accountId: identifier(200),
      email: identifier(320).refine((value) => EMAIL.test(value), 'must be an email address'),
      phone: identifier(40).refine(
        (value) => /\d/.test(value),
        'must be a phone number, e.g. +447700900123',
      ),
      socialHandle: identifier(200),
      deviceId: identifier(200),
    },
    { invalid_type_error: `must be an object with at least one of: ${list(IDENTIFIER_KINDS)}` },
  )
  .partial()
  .strict(`only these identifiers are allowed: ${list(IDENTIFIER_KINDS)}`)
  .refine((customer) => IDENTIFIER_KINDS.some((kind) => customer[kind] !== undefined), {
    message: `needs at least one identifier: ${list(IDENTIFIER_KINDS)}`,
  });

function touchpointSchema(now: Date) {
  const latest = now.getTime() + MAX_FUTURE_MS;
  const occurredAt = z
    .string({ invalid_type_error: 'must be an ISO-8601 timestamp with an offset' })
    .trim()
    .refine(
      (value) => ISO_WITH_OFFSET.test(value) && !Number.isNaN(Date.parse(value)),
      'must be an ISO-8601 timestamp with an offset, e.g. 2026-03-01T10:22:00Z or 2026-03-01T11:22:00+01:00',
    )
    .refine((value) => !(Date.parse(value) < EARLIEST), 'must not be before 1970-01-01')
    .refine(
      (value) => !(Date.parse(value) > latest),
      `must not be more than a day in the future (latest allowed ${new Date(latest).toISOString()})`,
    );
  return z
    .object({
      id: z.union([text(200), z.number().int().transform(String)], {
        errorMap: (_issue, context) => ({
          message:
            context.data === undefined
              ? 'is required'
              : 'must be a non-empty string of at most 200 characters',
        }),
      }),
      source: text(100).default(DEFAULT_SOURCE),
      occurredAt,
      channel: oneOf(CHANNELS),
      direction: oneOf(DIRECTIONS).default('inbound'),
      customer: customerSchema,
      interactionType: oneOf(INTERACTION_TYPES).default('other'),
      intent: text(200).optional(),
      outcome: oneOf(OUTCOMES).optional(),
      agentId: text(200).optional(),
      team: text(200).optional(),
      queue: text(200).optional(),
      waitSeconds: nonNegative.optional(),
      handleSeconds: nonNegative.optional(),
      cost: nonNegative.max(MAX_COST, `must be a number from 0 to ${MAX_COST}`).optional(),
      csat: range(1, 5, true).optional(),
      ces: range(1, 7, true).optional(),
      nps: range(0, 10, true).optional(),
      sentiment: range(-1, 1, false).optional(),
      ivrPath: z
        .array(text(200), { invalid_type_error: 'must be an array of strings' })
        .max(100, 'must have at most 100 steps')
        .optional(),
      attributes: z
        .record(z.unknown(), { invalid_type_error: 'must be an object' })
        .refine(isStorableJson, UNSTORABLE_MESSAGE)
        .optional(),
    })
    .strict(`unknown field; allowed fields: ${list(TOUCHPOINT_FIELDS)}`);
}

/** `null` means "not given" for optional fields: many exports write null for blanks. */
function dropNulls(raw: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === null) continue;
    result[key] =
      key === 'customer' && isPlainObject(value)
        ? dropNulls(value as Record<string, unknown>)
        : value;
  }
  return result;
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const REQUIRED_HINTS: Record<string, string> = {
  occurredAt: 'an ISO-8601 timestamp with an offset, e.g. 2026-03-01T10:22:00Z',
  customer: `an object with at least one of: ${list(IDENTIFIER_KINDS)}`,
};

function toFieldErrors(error: z.ZodError): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const parent = issue.path.join('.');
      for (const key of issue.keys) {
        errors.push({ field: parent ? `${parent}.${key}` : key, message: issue.message });
      }
      continue;
    }
    const field = issue.path.join('.') || '(touchpoint)';
    if (issue.code === 'invalid_type' && issue.received === 'undefined') {
      const hint = REQUIRED_HINTS[field];
      const message = issue.message.startsWith('is required') ? issue.message : 'is required';
      errors.push({ field, message: hint ? `is required: ${hint}` : message });
      continue;
    }
    errors.push({ field, message: issue.message });
  }
  return errors;
}

// Building the schema costs more than using it; a request validates all its touchpoints
// against one clock reading, so the last schema is kept for the same `now`.
let cached: { at: number; schema: ReturnType<typeof touchpointSchema> } | undefined;

function schemaFor(now: Date): ReturnType<typeof touchpointSchema> {
  if (cached?.at !== now.getTime()) cached = { at: now.getTime(), schema: touchpointSchema(now) };
  return cached.schema;
}

/**
 * Validates one raw touchpoint against the contract. `now` is the server clock, passed in
 * so the "not more than a day in the future" rule is testable.
 */
export function validateTouchpoint(raw: unknown, now: Date): TouchpointValidation {
  if (!isPlainObject(raw)) {
    return {
      ok: false,
      errors: [{ field: '(touchpoint)', message: 'must be a JSON object' }],
    };
  }
  const fast = fastTouchpoint(raw as Record<string, unknown>, now.getTime() + MAX_FUTURE_MS);
  if (fast) return { ok: true, value: fast };
  return validateWithSchema(raw, now);
}

/** The schema alone (no fast path): the reference the fast path is tested against. */
export function validateWithSchema(raw: unknown, now: Date): TouchpointValidation {
  if (!isPlainObject(raw)) {
    return { ok: false, errors: [{ field: '(touchpoint)', message: 'must be a JSON object' }] };
  }
  const parsed = schemaFor(now).safeParse(dropNulls(raw as Record<string, unknown>));
  if (!parsed.success) return { ok: false, errors: toFieldErrors(parsed.error) };
  return { ok: true, value: parsed.data as ValidTouchpoint };
}
