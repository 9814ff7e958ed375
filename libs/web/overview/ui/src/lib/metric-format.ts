import type { MetricReportDto, TrendDirection } from '@journey-atlas/shared/domain';

/** How a change reads for the metric: better, worse, or neither (flat or unknown). */
export type ChangeTone = 'better' | 'worse' | 'neutral';

export interface MetricChangeView {
  /** ▲ / ▼ / ▶, so the direction does not rest on colour alone. */
  arrow: string;
  /** The signed change in the metric's unit, e.g. "+3.1 pts". */
  text: string;
  tone: ChangeTone;
  /** A full sentence for screen readers and tooltips. */
  description: string;
}

const NO_VALUE = '—';

function seconds(value: number): string {
  const abs = Math.abs(value);
  if (abs < 60) return `${trim(value, abs < 10 ? 1 : 0)} s`;
  if (abs < 3600) return `${trim(value / 60, 1)} min`;
  return `${trim(value / 3600, 1)} h`;
}

function trim(value: number, digits: number): string {
  return Number(value.toFixed(digits)).toLocaleString('en-US', { maximumFractionDigits: digits });
}

/** A metric value in its unit: ratio as %, usd as $, seconds, score; null as a dash. */
export function formatMetricValue(value: number | null, unit: string): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  switch (unit) {
    case 'ratio':
      return `${trim(value * 100, 1)}%`;
    case 'usd':
      return `${value < 0 ? '-' : ''}$${Math.abs(value).toFixed(2)}`;
    case 'seconds':
      return seconds(value);
    case 'score':
      return trim(value, 2);
    default:
      return trim(value, 1);
  }
}

/** A change in the metric's unit with its sign: ratios move in percentage points. */
export function formatMetricDelta(change: number, unit: string): string {
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  const abs = Math.abs(change);
  const body = unit === 'ratio' ? `${trim(abs * 100, 1)} pts` : formatMetricValue(abs, unit);
  return `${sign}${body}`;
}

const ARROWS: Record<TrendDirection, string> = { up: '▲', down: '▼', flat: '▶' };

/** The change vs the previous period as arrow, signed text, tone and a sentence. */
export function metricChange(
  report: Pick<MetricReportDto, 'change' | 'direction' | 'improved' | 'unit'>,
): MetricChangeView {
  if (report.change === null || report.direction === null) {
    return {
      arrow: '',
      text: 'no comparison',
      tone: 'neutral',
      description: 'No previous period to compare with',
    };
  }
  const tone: ChangeTone =
    report.improved === true ? 'better' : report.improved === false ? 'worse' : 'neutral';
  const text = formatMetricDelta(report.change, report.unit);
  const verdict = tone === 'better' ? 'better' : tone === 'worse' ? 'worse' : 'unchanged';
  const moved = report.direction === 'flat' ? 'flat' : report.direction;
  return {
    arrow: ARROWS[report.direction],
    text,
    tone,
    description: `${moved} ${text} vs the previous period (${verdict})`,
  };
}
