import {
  REPORT_MONTH_PATTERN,
  type MetricFractionDto,
  type ReportMetricChangeDto,
  type ReportSignificanceDto,
  type TeamReportComparisonDto,
} from '@journey-atlas/shared/domain';
import { withTrend } from './metric-trend';

/** The pure rules of the reports: calendar months, significance, ranking, comparisons. */

export const DEFAULT_SIGNIFICANCE: ReportSignificanceDto = {
  minDenominator: 30,
  minRelativeChange: 0.05,
  minZ: 1.96,
};

/** `YYYY-MM` -> [year, month 1..12], or null when it is not a month. */
export function parseMonth(text: string): [number, number] | null {
  const match = REPORT_MONTH_PATTERN.exec(text);
  return match ? [Number(match[1]), Number(match[2])] : null;
}

function monthText(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The month `n` months after (negative: before) `month`. */
export function addMonths(month: string, n: number): string {
  const parsed = parseMonth(month);
  if (!parsed) throw new Error(`not a month: ${month}`);
  const index = parsed[0] * 12 + (parsed[1] - 1) + n;
  return monthText(Math.floor(index / 12), (index % 12) + 1);
}

/** First calendar day of the month, `YYYY-MM-01`. */
export function monthStart(month: string): string {
  return `${month}-01`;
}

/** The `previous` months before `month` and `month` itself, oldest first. */
export function monthRange(month: string, previous: number): string[] {
  return Array.from({ length: previous + 1 }, (_, i) => addMonths(month, i - previous));
}

/**
 * The last full month in the data: the month before the one holding the latest journey,
 * when the data starts before that month; else (all data in one month) that month;
 * without data, the month before `now`'s.
 */
export function defaultReportMonth(
  firstMonth: string | null,
  lastMonth: string | null,
  now: Date,
): string {
  if (lastMonth === null || firstMonth === null) {
    return addMonths(monthText(now.getUTCFullYear(), now.getUTCMonth() + 1), -1);
  }
  return firstMonth < lastMonth ? addMonths(lastMonth, -1) : lastMonth;
}

export interface MetricMeta {
  name: string;
  label: string;
  unit: string;
  betterWhen: 'higher' | 'lower';
}

/** Rates that are shares of their denominator (a binomial count): NPS (-1..1) is not one. */
function isProportion(meta: MetricMeta): boolean {
  return meta.unit === 'ratio' && meta.name !== 'nps';
}

/** Two-proportion z statistic (pooled); infinite when both are all-or-nothing but differ. */
export function twoProportionZ(current: MetricFractionDto, previous: MetricFractionDto): number {
  const d1 = current.denominator;
  const d2 = previous.denominator;
  if (d1 === 0 || d2 === 0) return 0;
  const p1 = current.numerator / d1;
  const p2 = previous.numerator / d2;
  const pooled = (current.numerator + previous.numerator) / (d1 + d2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / d1 + 1 / d2));
  if (se === 0) return p1 === p2 ? 0 : Number.POSITIVE_INFINITY;
  return (p1 - p2) / se;
}

const percent = (value: number) => `${Math.round(value * 1000) / 10}%`;

/** One metric's current vs previous window, judged for significance. */
export function metricChange(
  meta: MetricMeta,
  current: MetricFractionDto,
  previous: MetricFractionDto,
  rules: ReportSignificanceDto = DEFAULT_SIGNIFICANCE,
): ReportMetricChangeDto {
  const trend = withTrend(current, previous, meta.betterWhen);
  const base = { ...meta, ...trend };
  if (trend.change === null || previous.value === null) {
    return { ...base, relativeChange: null, significant: false, reason: 'no value in one window' };
  }
  const relativeChange = previous.value === 0 ? null : trend.change / Math.abs(previous.value);
  const smallest = Math.min(current.denominator, previous.denominator);
  let reason: string;
  if (trend.direction === 'flat') reason = 'no change';
  else if (smallest < rules.minDenominator) {
    reason = `too little data (${smallest} < ${rules.minDenominator})`;
  } else if (relativeChange !== null && Math.abs(relativeChange) < rules.minRelativeChange) {
    reason = `change of ${percent(Math.abs(relativeChange))} is below ${percent(rules.minRelativeChange)}`;
  } else if (isProportion(meta) && Math.abs(twoProportionZ(current, previous)) < rules.minZ) {
    reason = `within chance (|z| < ${rules.minZ})`;
  } else {
    const size = relativeChange === null ? 'from zero' : `by ${percent(Math.abs(relativeChange))}`;
    reason = `${trend.improved ? 'better' : 'worse'}: ${trend.direction} ${size}`;
    return { ...base, relativeChange, significant: true, reason };
  }
  return { ...base, relativeChange, significant: false, reason };
}

/** Size of a change for ranking: |relative change|, a change from zero counts as largest. */
function size(change: ReportMetricChangeDto): number {
  if (change.change === null || change.direction === 'flat') return -1;
  return change.relativeChange === null
    ? Number.POSITIVE_INFINITY
    : Math.abs(change.relativeChange);
}

/** Significant changes first, then the rest; each by size, largest first, then by name. */
export function rankChanges(changes: readonly ReportMetricChangeDto[]): ReportMetricChangeDto[] {
  return [...changes].sort(
    (a, b) =>
      Number(b.significant) - Number(a.significant) ||
      size(b) - size(a) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}

/** The chosen month against one earlier month. */
export function compareMonth(
  month: string,
  chosen: MetricFractionDto,
  earlier: MetricFractionDto,
  betterWhen: 'higher' | 'lower',
): TeamReportComparisonDto {
  const { change, direction, improved } = withTrend(chosen, earlier, betterWhen);
  return { month, value: earlier.value, change, direction, improved };
}

/** The agent's value against their team's: difference and whether it is the better side. */
export function agentVsTeam(
  agent: MetricFractionDto,
  team: MetricFractionDto,
  betterWhen: 'higher' | 'lower',
): { difference: number | null; better: boolean | null } {
  const { change, improved } = withTrend(agent, team, betterWhen);
  return { difference: change, better: improved };
}
