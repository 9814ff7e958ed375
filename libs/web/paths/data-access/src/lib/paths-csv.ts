import type { PathDto } from '@journey-atlas/shared/domain';

const HEADER = [
  'path',
  'journeys',
  'share',
  'resolution_rate',
  'mean_cost_usd',
  'mean_duration_seconds',
];

/** One CSV field: quoted when it holds a comma, quote or line break; formulas defused. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The paths table as CSV (RFC 4180, CRLF): channels joined with " > ", raw numbers. */
export function pathsCsv(paths: readonly PathDto[]): string {
  const rows = paths.map((p) =>
    [p.path.join(' > '), p.count, p.share, p.resolutionRate, p.meanCost, p.meanDurationSeconds].map(
      csvField,
    ),
  );
  return [HEADER, ...rows].map((row) => row.join(',')).join('\r\n') + '\r\n';
}
