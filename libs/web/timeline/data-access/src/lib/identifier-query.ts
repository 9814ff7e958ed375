import {
  IDENTIFIER_KINDS,
  type IdentifierKind,
  parseIdentifierReference,
} from '@journey-atlas/shared/domain';

const TEXT: Record<IdentifierKind, { label: string; example: string }> = {
  accountId: { label: 'Account id', example: 'A-1001' },
  email: { label: 'Email', example: 'ana@example.com' },
  phone: { label: 'Phone', example: '+44 7700 900018' },
  socialHandle: { label: 'Social handle', example: '@ana' },
  deviceId: { label: 'Device id', example: 'dev-7f3a' },
};

/** The identifier kinds the search offers, in the API's order, with a label and an example. */
export const IDENTIFIER_CHOICES: readonly {
  kind: IdentifierKind;
  label: string;
  example: string;
}[] = IDENTIFIER_KINDS.map((kind) => ({ kind, ...TEXT[kind] }));

/**
 * `kind:value` for `GET /api/v1/customers?identifier=`, or a sentence saying what is wrong
 * (the same rule the API applies, so the user hears it before a round trip).
 */
export function identifierQuery(
  kind: string,
  value: string,
): { ok: true; identifier: string } | { ok: false; message: string } {
  const trimmed = value.trim();
  if (trimmed === '') return { ok: false, message: 'Enter the identifier to search for.' };
  const parsed = parseIdentifierReference(`${kind}:${trimmed}`);
  if (!parsed.ok) return { ok: false, message: `The identifier ${parsed.message}.` };
  return { ok: true, identifier: `${parsed.value.kind}:${parsed.value.value}` };
}
