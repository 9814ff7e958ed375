import type {
  AgentReportMetricDto,
  ReportMetricChangeDto,
  ReportPeriodDto,
} from '@journey-atlas/shared/domain';
import { formatMetricDelta, formatMetricValue } from '@journey-atlas/web/overview/ui';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2026-10` -> `October 2026`; anything else as it is. */
export function monthLabel(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const name = match ? MONTH_NAMES[Number(match[2]) - 1] : undefined;
  return match && name ? `${name} ${match[1]}` : month;
}

/** `Oct 2026`, for table headers. */
export function shortMonthLabel(month: string): string {
  const label = monthLabel(month);
  return label === month ? month : `${label.slice(0, 3)} ${label.slice(-4)}`;
}

/** What a report covers, in words: a month vs the month before, or the chosen dates. */
export function periodText(
  period: ReportPeriodDto,
  dates: { from: string | null; to: string | null },
): string {
  if (period.month !== null) {
    const previous = period.previousFrom.slice(0, 7);
    const base = `${monthLabel(period.month)} vs ${monthLabel(previous)}`;
    return period.source === 'default' ? `${base} (the last full month in the data)` : base;
  }
  const range = dates.from && dates.to ? `${dates.from} up to ${dates.to}` : 'the chosen dates';
  return `${range} vs the same length before`;
}

/** Just the period, for reports that compare with something other than the period before. */
export function periodOnlyText(
  period: ReportPeriodDto,
  dates: { from: string | null; to: string | null },
): string {
  if (period.month !== null) {
    const base = monthLabel(period.month);
    return period.source === 'default' ? `${base} (the last full month in the data)` : base;
  }
  return dates.from && dates.to ? `${dates.from} up to ${dates.to}` : 'the chosen dates';
}

export const formatValue = formatMetricValue;

/** A signed change in the metric's unit, or a dash. */
export function changeText(change: number | null, unit: string): string {
  if (change === null) return '—';
  // Rates show to a tenth of a point: a smaller change must not read as "−0 pts".
  return formatMetricDelta(unit === 'ratio' ? Math.round(change * 1000) / 1000 : change, unit);
}

/** A relative change as a signed percentage, or a dash. */
export function relativeText(relative: number | null): string {
  if (relative === null) return '—';
  const value = Math.round(relative * 1000) / 10;
  return `${value > 0 ? '+' : value < 0 ? '−' : '±'}${Math.abs(value)}%`;
}

/** better / worse / neutral, from an `improved`-like flag. */
export function tone(better: boolean | null): 'better' | 'worse' | 'neutral' {
  return better === true ? 'better' : better === false ? 'worse' : 'neutral';
}

/** How the change reads for the metric, so it does not rest on colour alone. */
export function verdict(change: Pick<ReportMetricChangeDto, 'improved' | 'direction'>): string {
  if (change.direction === null) return 'no comparison';
  if (change.direction === 'flat' || change.improved === null) return 'unchanged';
  return change.improved ? 'better' : 'worse';
}

/** Which way is better for the metric. */
export function betterWhenText(betterWhen: 'higher' | 'lower'): string {
  return betterWhen === 'higher' ? 'higher is better' : 'lower is better';
}

/** The agent against the team, e.g. "−30 s vs team (better)". */
export function agentDifferenceText(metric: AgentReportMetricDto): string {
  if (metric.difference === null) return 'no comparison';
  const side = metric.better === null ? 'level' : metric.better ? 'better' : 'worse';
  return `${changeText(metric.difference, metric.unit)} vs team (${side})`;
}

/** `failed_containment` -> `Failed containment`. */
export function frictionLabel(type: string): string {
  const words = type.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Dollars with thousands separators and no cents: `$14,101`. */
export function dollars(value: number | null): string {
  return value === null
    ? '—'
    : `$${Math.round(value).toLocaleString('en-US', { maximumFractionDigits: 0 })}`;
}
