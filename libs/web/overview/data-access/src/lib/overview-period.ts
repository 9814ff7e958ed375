/** The window the overview reports on: the filter bar's dates, or a default when none are set. */
export interface OverviewPeriod {
  /** ISO date, inclusive. */
  from: string;
  /** ISO date, exclusive (the API's `[from, to)`). */
  to: string;
  /** True when neither date came from the filter bar. */
  isDefault: boolean;
}

export const DEFAULT_PERIOD_DAYS = 30;

function isoDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

function addDays(iso: string, days: number): string {
  const [year, month, day] = iso.split('-').map(Number);
  return isoDate(new Date(year, month - 1, day + days));
}

/**
 * The filter bar's from/to when set. A missing `to` is the end of today, a missing `from` is
 * 30 days before `to`: so with no dates the overview shows the last 30 days ending today.
 */
export function overviewPeriod(
  dates: { from: string | null; to: string | null },
  today: Date,
): OverviewPeriod {
  const to = dates.to ?? addDays(isoDate(today), 1);
  const from = dates.from ?? addDays(to, -DEFAULT_PERIOD_DAYS);
  return { from, to, isDefault: dates.from === null && dates.to === null };
}

/** The last day inside the window (`to` is exclusive), for showing the period to a person. */
export function lastDay(period: OverviewPeriod): string {
  return addDays(period.to, -1);
}

/** How many calendar days the window spans. */
export function periodDays(period: OverviewPeriod): number {
  const day = (iso: string) => {
    const [year, month, date] = iso.split('-').map(Number);
    return Date.UTC(year, month - 1, date) / 86_400_000;
  };
  return Math.round(day(period.to) - day(period.from));
}
