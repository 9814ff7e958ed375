/**
 * Postgres cannot store NUL in text or jsonb, nor lone UTF-16 surrogates (JSON.stringify
 * writes them as \udXXX escapes that jsonb rejects). Inputs are checked up front so
 * such values get a 400 naming the field instead of failing a whole batch.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSTORABLE_JSON = /\\u0000|\\ud[89a-f][0-9a-f]{2}/i;

export const UNSTORABLE_MESSAGE = 'must not contain NUL characters or broken UTF-16';

export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

export function isStorableJson(value: unknown): boolean {
  return !UNSTORABLE_JSON.test(JSON.stringify(value));
}
