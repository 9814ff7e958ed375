import {
  CHANNELS,
  DIRECTIONS,
  type FieldError,
  IMPORT_CSV_COLUMNS,
  INTERACTION_TYPES,
  OUTCOMES,
} from '@journey-atlas/shared/domain';
import { z } from 'zod';

/**
 * How to read one source's export: which of its columns are which touchpoint field,
 * how its values translate, what to assume for missing parts. Documented with an example
 * in the ingestion README; `mappings/bpi2016-complaints.json` is a real one.
 */
export interface ImportMapping {
  /** Source column -> canonical column (see IMPORT_CSV_COLUMNS). */
  columns: Record<string, string>;
  /** Per canonical field: source value -> allowed value (e.g. channel codes). */
  values: Partial<Record<MappedValueField, Record<string, string>>>;
  /** Canonical column -> value, used when a row gives none. */
  constants: Record<string, string | number>;
  /** Source columns copied into the touchpoint's free `attributes`. */
  attributes: string[];
  timestamps?: { timeZone: string; timeOfDay?: string };
  delimiter?: string;
  encoding?: 'utf-8' | 'latin1' | 'windows-1252';
}

export const MAPPED_VALUE_FIELDS = ['channel', 'outcome', 'interactionType', 'direction'] as const;
export type MappedValueField = (typeof MAPPED_VALUE_FIELDS)[number];

const ALLOWED: Record<MappedValueField, readonly string[]> = {
  channel: CHANNELS,
  outcome: OUTCOMES,
  interactionType: INTERACTION_TYPES,
  direction: DIRECTIONS,
};

const columnName = z.enum(IMPORT_CSV_COLUMNS, {
  errorMap: () => ({ message: `must be one of: ${IMPORT_CSV_COLUMNS.join(', ')}` }),
});

const valueMap = (field: MappedValueField) =>
  z.record(
    z.enum(ALLOWED[field] as [string, ...string[]], {
      errorMap: () => ({ message: `must be one of: ${ALLOWED[field].join(', ')}` }),
    }),
  );

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const mappingSchema = z
  .object({
    $comment: z.string().optional(),
    columns: z.record(columnName).default({}),
    values: z
      .object({
        channel: valueMap('channel'),
        outcome: valueMap('outcome'),
        interactionType: valueMap('interactionType'),
        direction: valueMap('direction'),
      })
      .partial()
      .strict('only channel, outcome, interactionType and direction values can be mapped')
      .default({}),
    constants: z.record(columnName, z.union([z.string(), z.number()])).default({}),
    attributes: z.array(z.string().min(1)).default([]),
    timestamps: z
      .object({
        timeZone: z
          .string()
          .refine(isTimeZone, 'must be an IANA time zone, e.g. Europe/Amsterdam or UTC'),
        timeOfDay: z
          .string()
          .regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, 'must be HH:MM or HH:MM:SS')
          .optional(),
      })
      .strict('only timeZone and timeOfDay are allowed')
      .optional(),
    delimiter: z.enum([',', ';', '\t', '|']).optional(),
    encoding: z.enum(['utf-8', 'latin1', 'windows-1252']).optional(),
  })
  .strict(
    'unknown mapping field; allowed: columns, values, constants, attributes, timestamps, delimiter, encoding',
  );

export const EMPTY_MAPPING: ImportMapping = {
  columns: {},
  values: {},
  constants: {},
  attributes: [],
};

/** Validates a mapping (parsed JSON); errors name the field path, e.g. `values.channel.9`. */
export function parseImportMapping(
  raw: unknown,
): { ok: true; value: ImportMapping } | { ok: false; errors: FieldError[] } {
  const parsed = mappingSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        field: `mapping${issue.path.length ? '.' : ''}${issue.path.join('.')}`,
        message: issue.message,
      })),
    };
  }
  const { $comment: _comment, ...mapping } = parsed.data;
  return { ok: true, value: mapping };
}
