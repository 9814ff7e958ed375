/** Pure alert evaluation: no I/O, so every edge case is a unit test. */

/** Fewer complete history periods than this and a baseline rule does not judge. */
export const MIN_BASELINE_PERIODS = 2;

/**
 * Standard deviations are floored at this many transitions: with a flat history (sd 0) a
 * single extra transition would otherwise fire.
 */
export const MIN_BASELINE_SD = 1;

export interface BaselineStats {
  /** History periods used. */
  periods: number;
  mean: number;
  /** Sample standard deviation (n - 1); 0 for a flat history. */
  sd: number;
}

/** Mean and sample standard deviation; null without any history. */
export function baselineStats(history: readonly number[]): BaselineStats | null {
  if (history.length === 0) return null;
  const mean = history.reduce((sum, x) => sum + x, 0) / history.length;
  if (history.length === 1) return { periods: 1, mean, sd: 0 };
  const squares = history.reduce((sum, x) => sum + (x - mean) ** 2, 0);
  return { periods: history.length, mean, sd: Math.sqrt(squares / (history.length - 1)) };
}

export type Verdict =
  | { fires: boolean; value: number; threshold: number; mean: number | null; sd: number | null }
  | { fires: false; skipped: string };

/**
 * Fires when the current count is above mean + sigma x max(sd, MIN_BASELINE_SD) of the
 * history; skipped (never fires) with fewer than MIN_BASELINE_PERIODS history periods.
 */
export function judgeBaseline(current: number, history: readonly number[], sigma: number): Verdict {
  const stats = baselineStats(history);
  if (!stats || stats.periods < MIN_BASELINE_PERIODS) {
    return {
      fires: false,
      skipped: `needs ${MIN_BASELINE_PERIODS} complete periods of history, has ${stats?.periods ?? 0}`,
    };
  }
  const threshold = stats.mean + sigma * Math.max(stats.sd, MIN_BASELINE_SD);
  return { fires: current > threshold, value: current, threshold, mean: stats.mean, sd: stats.sd };
}

/** A metric above / below a fixed value; a metric without data (null) never fires. */
export function judgeThreshold(
  value: number | null,
  comparison: 'above' | 'below',
  threshold: number,
): Verdict {
  if (value === null) return { fires: false, skipped: 'no data in the window' };
  const fires = comparison === 'above' ? value > threshold : value < threshold;
  return { fires, value, threshold, mean: null, sd: null };
}

/**
 * Splits per-day counts into periods of `periodDays` ending on `today` (0 = the current
 * one) and keeps the history periods that lie wholly on or after the first day with data:
 * weeks before the workspace had journeys are not zeros.
 */
export function periodCounts(
  rows: readonly { daysAgo: number; count: number }[],
  periodDays: number,
  historyPeriods: number,
  firstDataDaysAgo: number | null,
): { current: number; history: number[] } {
  const totals = new Array<number>(historyPeriods + 1).fill(0);
  for (const { daysAgo, count } of rows) {
    if (daysAgo < 0) continue;
    const period = Math.floor(daysAgo / periodDays);
    if (period <= historyPeriods) totals[period] += count;
  }
  const history: number[] = [];
  for (let period = 1; period <= historyPeriods; period++) {
    const oldestDayAgo = (period + 1) * periodDays - 1;
    if (firstDataDaysAgo !== null && oldestDayAgo <= firstDataDaysAgo) history.push(totals[period]);
  }
  return { current: totals[0], history };
}

/**
 * The last `days` calendar days up to and including today, as the date-only [from, to)
 * bounds the analytics read in the workspace time zone; `tomorrow` is YYYY-MM-DD.
 */
export function lastDays(tomorrow: string, days: number): { from: string; to: string } {
  const to = Date.parse(`${tomorrow}T00:00:00Z`);
  return { from: new Date(to - days * 86_400_000).toISOString().slice(0, 10), to: tomorrow };
}
