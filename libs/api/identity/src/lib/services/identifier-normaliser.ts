import { createHmac } from 'node:crypto';
import type { IdentifierKind } from '@journey-atlas/shared/domain';
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';

/** An identifier in its matching form, plus what may be shown of it. */
export interface NormalisedIdentifier {
  kind: IdentifierKind;
  value: string;
  masked: string;
}

export type Normalisation =
  | { ok: true; value: NormalisedIdentifier }
  | { ok: false; message: string };

/**
 * Brings an identifier to the one form two systems agree on, so `Ana@X.com ` and
 * `ana@x.com`, or `07700 900018` and `+447700900018`, match.
 */
export function normaliseIdentifier(
  kind: IdentifierKind,
  raw: string,
  defaultCountry: string,
): Normalisation {
  const trimmed = raw.trim();
  switch (kind) {
    case 'email': {
      const value = trimmed.toLowerCase();
      const at = value.lastIndexOf('@');
      if (at < 1 || at === value.length - 1)
        return { ok: false, message: 'must be an email address' };
      return { ok: true, value: { kind, value, masked: `${value[0]}***${value.slice(at)}` } };
    }
    case 'phone': {
      const phone = parsePhoneNumberFromString(trimmed, defaultCountry as CountryCode);
      if (!phone || !phone.isPossible()) {
        return {
          ok: false,
          message: `must be a phone number in international form (+447700900123) or national form for ${defaultCountry}`,
        };
      }
      const value = phone.number;
      const prefix = `+${phone.countryCallingCode}`;
      const rest = value.slice(prefix.length);
      const masked = `${prefix}${'*'.repeat(Math.max(rest.length - 3, 0))}${rest.slice(-3)}`;
      return { ok: true, value: { kind, value, masked } };
    }
    case 'socialHandle': {
      const value = trimmed.replace(/^@+/, '').toLowerCase();
      if (value === '') return { ok: false, message: 'must be a handle such as @ana' };
      return { ok: true, value: { kind, value, masked: `@${value[0]}***` } };
    }
    case 'accountId':
    case 'deviceId': {
      if (trimmed === '') return { ok: false, message: 'must not be empty' };
      return { ok: true, value: { kind, value: trimmed, masked: maskOpaque(trimmed) } };
    }
  }
}

/** Ids: keep a little at both ends so support staff can tell them apart, never the whole. */
function maskOpaque(value: string): string {
  if (value.length <= 4) return `${value[0]}***`;
  const keep = value.length >= 8 ? 2 : 1;
  return `${value.slice(0, keep)}***${value.slice(-keep)}`;
}

/** HMAC-SHA256 of `kind:value` under the workspace secret: the only stored form. */
export function keyIdentifier(secret: Buffer, identifier: NormalisedIdentifier): Buffer {
  return createHmac('sha256', secret).update(`${identifier.kind}:${identifier.value}`).digest();
}
