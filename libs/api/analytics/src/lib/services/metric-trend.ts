import type {
  MetricFractionDto,
  MetricValueDto,
  TrendDirection,
} from '@journey-atlas/shared/domain';

/** Numerator/denominator sums of one (window, group) cell, by `<metric>_n` / `<metric>_d`. */
export type SumsRow = Record<string, number>;

export function fraction(row: SumsRow | undefined, metric: string): MetricFractionDto {
  const numerator = row?.[`${metric}_n`] ?? 0;
  const denominator = row?.[`${metric}_d`] ?? 0;
  return { value: denominator === 0 ? null : numerator / denominator, numerator, denominator };
}

// Float noise (sums of costs) must not read as a trend.
const FLAT = 1e-9;

/** This window vs the previous one; `previous` undefined means there is no previous window. */
export function withTrend(
  current: MetricFractionDto,
  previous: MetricFractionDto | undefined,
  betterWhen: 'higher' | 'lower',
): MetricValueDto {
  if (previous === undefined) {
    return { ...current, previous: null, change: null, direction: null, improved: null };
  }
  if (current.value === null || previous.value === null) {
    return { ...current, previous, change: null, direction: null, improved: null };
  }
  const change = current.value - previous.value;
  const direction: TrendDirection = Math.abs(change) < FLAT ? 'flat' : change > 0 ? 'up' : 'down';
  const improved = direction === 'flat' ? null : (direction === 'up') === (betterWhen === 'higher');
  return { ...current, previous, change, direction, improved };
}
