import { z } from 'zod';
import { IDENTIFIER_KINDS, type IdentifierKind } from './touchpoint';
import { UNSTORABLE_MESSAGE, isStorableJson, isStorableText } from './storable';
import type { FieldError } from './touchpoint-schema';

/** An identifier as the API names it: `kind:value`, e.g. `email:ana@x.com`. */
export interface IdentifierReference {
  kind: IdentifierKind;
  value: string;
}

const KIND_LIST = IDENTIFIER_KINDS.join(', ');

/** Parses `kind:value`; the value may itself contain colons. */
export function parseIdentifierReference(
  raw: unknown,
): { ok: true; value: IdentifierReference } | { ok: false; message: string } {
  const shape = `must look like kind:value with kind one of ${KIND_LIST} (e.g. email:ana@x.com)`;
  if (typeof raw !== 'string') return { ok: false, message: shape };
  const colon = raw.indexOf(':');
  const kind = raw.slice(0, colon);
  const value = raw.slice(colon + 1).trim();
  if (colon < 1 || !(IDENTIFIER_KINDS as readonly string[]).includes(kind) || value === '') {
    return { ok: false, message: shape };
  }
  return { ok: true, value: { kind: kind as IdentifierKind, value } };
}

const segment = z
  .string({ invalid_type_error: 'must be a string' })
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .refine(isStorableText, UNSTORABLE_MESSAGE)
  .nullable()
  .optional();

/** Body of `POST /api/v1/customers`: segment attributes for the customer an identifier names. */
const customerUpsertSchema = z
  .object({
    identifier: z.string({
      required_error: `is required: kind:value with kind one of ${KIND_LIST}`,
      invalid_type_error: `must be kind:value with kind one of ${KIND_LIST}`,
    }),
    region: segment,
    tier: segment,
    valueBand: segment,
    specialNeeds: segment,
    attributes: z
      .record(z.unknown(), { invalid_type_error: 'must be an object' })
      .refine(isStorableJson, UNSTORABLE_MESSAGE)
      .optional(),
  })
  .strict(
    'unknown field; allowed fields: identifier, region, tier, valueBand, specialNeeds, attributes',
  );

export interface CustomerUpsert {
  identifier: IdentifierReference;
  /** `null` clears a segment; an absent field leaves it as it is. */
  region?: string | null;
  tier?: string | null;
  valueBand?: string | null;
  specialNeeds?: string | null;
  /** Merged into the stored attributes (top-level keys replace). */
  attributes?: Record<string, unknown>;
}

export function validateCustomerUpsert(
  raw: unknown,
): { ok: true; value: CustomerUpsert } | { ok: false; errors: FieldError[] } {
  const parsed = customerUpsertSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.flatMap((issue) =>
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => ({ field: key, message: issue.message }))
          : [{ field: issue.path.join('.') || '(body)', message: issue.message }],
      ),
    };
  }
  const identifier = parseIdentifierReference(parsed.data.identifier);
  if (!identifier.ok) {
    return { ok: false, errors: [{ field: 'identifier', message: identifier.message }] };
  }
  return { ok: true, value: { ...parsed.data, identifier: identifier.value } };
}

export interface MaskedIdentifierDto {
  kind: IdentifierKind;
  /** e.g. `a***@x.com`, `+44*******018`; identifiers are never returned in clear. */
  masked: string;
  /** Why this identifier no longer merges customers, if it does not. */
  mergeBlock: 'cap' | 'split' | null;
}

export interface IdentityHistoryDto {
  action: 'merge' | 'split';
  at: string;
  /** merge: the customer absorbed into this one; split: the customer that took the identifier. */
  otherCustomerId: string;
  /** The touchpoint that caused a merge (`source` and external `id`). */
  touchpoint: { source: string; id: string } | null;
  identifier: { kind: IdentifierKind; masked: string } | null;
  movedTouchpoints: number;
}

export interface CustomerProfileDto {
  id: string;
  workspace: string;
  /** Set when this customer was merged into another one. */
  mergedIntoId: string | null;
  region: string | null;
  tier: string | null;
  valueBand: string | null;
  specialNeeds: string | null;
  attributes: Record<string, unknown>;
  createdAt: string;
  identifiers: MaskedIdentifierDto[];
  touchpointCount: number;
  history: IdentityHistoryDto[];
}

export interface SplitResultDto {
  customer: CustomerProfileDto;
  /** The customer that now holds the detached identifier (a previous or a new one). */
  detachedTo: CustomerProfileDto;
}

/** An identifier that stopped merging because it linked too many customers. */
export interface SuspiciousIdentifierDto {
  kind: IdentifierKind;
  masked: string;
  customerId: string;
  linkedCustomers: number;
  blockedAt: string | null;
}

export interface DataQualityIdentifiersDto {
  workspace: string;
  cap: number;
  identifiers: SuspiciousIdentifierDto[];
}
