import type { TimelineEntryDto } from '@journey-atlas/shared/domain';

const HEADER = [
  'occurred_at',
  'channel',
  'direction',
  'journey_id',
  'journey_key',
  'step',
  'outcome',
  'agent_id',
  'team',
  'wait_seconds',
  'handle_seconds',
  'cost_usd',
  'friction',
];

/** One CSV field: quoted when it holds a comma, quote or line break; formulas defused. */
function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The timeline table as CSV (RFC 4180, CRLF), one row per touchpoint; friction joined with "; ". */
export function timelineCsv(entries: readonly TimelineEntryDto[]): string {
  const rows = entries.map((e) =>
    [
      e.occurredAt,
      e.channel,
      e.direction,
      e.journeyId,
      e.journeyKey,
      e.index + 1,
      e.outcome,
      e.agentId,
      e.team,
      e.waitSeconds,
      e.handleSeconds,
      e.cost,
      e.friction.join('; '),
    ].map(csvField),
  );
  return [HEADER, ...rows].map((row) => row.join(',')).join('\r\n') + '\r\n';
}
