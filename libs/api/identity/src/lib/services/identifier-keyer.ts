import {
  type CustomerIdentifiers,
  type FieldError,
  IDENTIFIER_KINDS,
  type IdentifierKind,
} from '@journey-atlas/shared/domain';
import { keyIdentifier, normaliseIdentifier } from './identifier-normaliser';

/** An identifier ready for stitching: its HMAC (hex) and masked form, never the value. */
export interface KeyedIdentifier {
  kind: IdentifierKind;
  keyHex: string;
  masked: string;
}

export type Keying =
  | { ok: true; identifiers: KeyedIdentifier[] }
  | { ok: false; errors: FieldError[] };

/** A phone number written as digits and spaces, e.g. `07700 900018` or `+44 7700 900018`. */
const SPACED_PHONE = /^ *\+?\d[\d ]*$/;

/**
 * Normalises and keys a touchpoint's identifiers for one workspace. Remembers recent
 * results: the same customer shows up many times in one import, and phone parsing and
 * HMAC are the costly part.
 */
export class IdentifierKeyer {
  private readonly memo = new Map<string, KeyedIdentifier | string>();

  constructor(
    private readonly secret: Buffer,
    private readonly defaultCountry: string,
    private readonly memoLimit = 50_000,
  ) {}

  key(customer: CustomerIdentifiers): Keying {
    const identifiers: KeyedIdentifier[] = [];
    const errors: FieldError[] = [];
    for (const kind of IDENTIFIER_KINDS) {
      const raw = customer[kind];
      if (raw === undefined) continue;
      const keyed = this.keyOne(kind, raw);
      if (typeof keyed === 'string') errors.push({ field: `customer.${kind}`, message: keyed });
      else identifiers.push(keyed);
    }
    return errors.length ? { ok: false, errors } : { ok: true, identifiers };
  }

  /** The key of one `kind:value`, or the reason it is not a valid identifier. */
  keyOne(kind: IdentifierKind, raw: string): KeyedIdentifier | string {
    // Spaces between a phone's digits change nothing in its parse: `07700 900018` and
    // `07700900018` share one memo entry (and one libphonenumber parse).
    const text = kind === 'phone' && SPACED_PHONE.test(raw) ? raw.replace(/ /g, '') : raw;
    // Joined, not a template literal: the key holds no piece of the file's text.
    const memoKey = [kind, text].join('\u0000');
    const known = this.memo.get(memoKey);
    if (known !== undefined) return known;
    const normalised = normaliseIdentifier(kind, text, this.defaultCountry);
    const result = normalised.ok
      ? {
          kind,
          keyHex: keyIdentifier(this.secret, normalised.value).toString('hex'),
          masked: normalised.value.masked,
        }
      : normalised.message;
    if (this.memo.size >= this.memoLimit) this.memo.clear();
    this.memo.set(memoKey, result);
    return result;
  }
}
