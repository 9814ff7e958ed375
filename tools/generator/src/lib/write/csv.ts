import { IMPORT_CSV_COLUMNS, type Touchpoint } from '@journey-atlas/shared/domain';

/** Canonical CSV columns: the ones the importer reads (JSON field names, identifiers snake_case). */
export const CSV_COLUMNS = IMPORT_CSV_COLUMNS;

export const CSV_HEADER = `${CSV_COLUMNS.join(',')}\n`;

/** One CSV line (RFC 4180 quoting); `ivrPath` is joined with '>'. */
export function toCsvRow(touchpoint: Touchpoint): string {
  const { customer } = touchpoint;
  const cells: (string | number | undefined)[] = [
    touchpoint.id,
    touchpoint.source,
    touchpoint.occurredAt,
    touchpoint.channel,
    touchpoint.direction,
    customer.accountId,
    customer.email,
    customer.phone,
    customer.socialHandle,
    customer.deviceId,
    touchpoint.interactionType,
    touchpoint.intent,
    touchpoint.outcome,
    touchpoint.agentId,
    touchpoint.team,
    touchpoint.queue,
    touchpoint.waitSeconds,
    touchpoint.handleSeconds,
    touchpoint.cost,
    touchpoint.csat,
    touchpoint.ces,
    touchpoint.nps,
    touchpoint.sentiment,
    touchpoint.ivrPath?.join('>'),
  ];
  return `${cells.map(csvCell).join(',')}\n`;
}

function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  // Quote when needed; padded emails keep their spaces, which is the point of them.
  return /[",\n\r]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
