/**
 * Postgres COPY text format: one line per row, tab-separated, `\N` for NULL, and
 * backslash, tab, newline and carriage return escaped inside values.
 */

export type CopyValue = string | number | null | undefined;

const SPECIAL = /[\\\t\n\r]/;
const SPECIAL_ALL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

export function copyField(value: CopyValue): string {
  if (value === null || value === undefined) return '\\N';
  const text = typeof value === 'number' ? String(value) : value;
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (c) => ESCAPES[c]) : text;
}

/**
 * One flat string (join, not `+=`): a batch keeps its lines until it is written, and a
 * concatenated line would be a tree of ~40 string pieces that every young-generation GC
 * copies (it was a third of the import's Node time).
 */
export function copyLine(values: CopyValue[]): string {
  const fields = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) fields[i] = copyField(values[i]);
  fields[values.length - 1] += '\n';
  return fields.join('\t');
}

/** A text[] literal, every element quoted (COPY escaping is applied on top by copyField). */
export function arrayLiteral(values: readonly string[] | undefined): string | null {
  if (values === undefined) return null;
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/** A bytea value in hex form. */
export function byteaHex(hex: string): string {
  return `\\x${hex}`;
}
