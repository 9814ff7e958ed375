import type { RejectedTouchpointDto } from '@journey-atlas/shared/domain';

const HEADER = ['line', 'row_index', 'id', 'field', 'message'];

/** One CSV field: quoted when it holds a comma, quote or line break; formulas defused. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line per problem: a rejected row with two bad fields gives two lines. */
export interface RejectedRowLine {
  line: number | null;
  index: number;
  id: string | null;
  field: string;
  message: string;
}

export function rejectedRowLines(rows: readonly RejectedTouchpointDto[]): RejectedRowLine[] {
  return rows.flatMap((row) =>
    (row.errors.length ? row.errors : [{ field: '(row)', message: 'rejected' }]).map((error) => ({
      line: row.line ?? null,
      index: row.index,
      id: row.id ?? null,
      field: error.field,
      message: error.message,
    })),
  );
}

/** The rejected-rows report as CSV (RFC 4180, CRLF). */
export function rejectedRowsCsv(rows: readonly RejectedTouchpointDto[]): string {
  const lines = rejectedRowLines(rows).map((r) =>
    [r.line ?? '', r.index, r.id ?? '', r.field, r.message].map(csvField),
  );
  return [HEADER, ...lines].map((row) => row.join(',')).join('\r\n') + '\r\n';
}
