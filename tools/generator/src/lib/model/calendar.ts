import type { Random } from './random';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** Relative contact volume by UTC weekday (0 = Sunday): busy Mondays, quiet weekends. */
const WEEKDAY_WEIGHTS = [0.5, 0.95, 1.05, 1.0, 1.0, 0.9, 0.6];
const MAX_WEEKDAY_WEIGHT = Math.max(...WEEKDAY_WEIGHTS);

/** Hour-of-day volume when people pick up the phone: morning and early-afternoon peaks. */
const ASSISTED_HOURS = [
  0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.3, 0.8, 2.2, 3.2, 3.4, 3.0, 2.4, 2.7, 3.0, 2.8, 2.4, 2.0, 1.6,
  1.2, 0.8, 0.5, 0.3, 0.2,
];
/** Self-service is used around the clock, with an evening peak after work. */
const SELF_SERVICE_HOURS = [
  0.4, 0.2, 0.1, 0.1, 0.1, 0.2, 0.5, 1.0, 1.5, 1.8, 1.9, 1.9, 2.2, 2.0, 1.8, 1.8, 1.9, 2.2, 2.6,
  2.9, 2.8, 2.3, 1.5, 0.8,
];

export type HourProfile = 'assisted' | 'selfService';

function hourWeights(profile: HourProfile): Record<string, number> {
  const source = profile === 'assisted' ? ASSISTED_HOURS : SELF_SERVICE_HOURS;
  return Object.fromEntries(source.map((weight, hour) => [hour, weight]));
}
const HOUR_WEIGHTS: Record<HourProfile, Record<string, number>> = {
  assisted: hourWeights('assisted'),
  selfService: hourWeights('selfService'),
};

/** A moment in [startMs, startMs + days) following weekday and time-of-day patterns. */
export function sampleMoment(
  rng: Random,
  startMs: number,
  days: number,
  profile: HourProfile,
): number {
  const firstDay = Math.floor(startMs / DAY_MS);
  let day = firstDay;
  // Rejection sampling keeps the weekday mix exact whatever the window length.
  for (let attempt = 0; attempt < 50; attempt++) {
    day = firstDay + rng.int(0, days - 1);
    const weekday = new Date(day * DAY_MS).getUTCDay();
    if (rng.next() * MAX_WEEKDAY_WEIGHT < WEEKDAY_WEIGHTS[weekday]) break;
  }
  const hour = Number(rng.weighted(HOUR_WEIGHTS[profile]));
  const moment = day * DAY_MS + hour * HOUR_MS + rng.int(0, HOUR_MS / 1000 - 1) * 1000;
  return Math.max(moment, startMs);
}

/** Assisted hours of operation: Mon-Fri, 08:00 up to 20:00 UTC (DESIGN.md defaults). */
export function isOpen(ms: number): boolean {
  const date = new Date(ms);
  const weekday = date.getUTCDay();
  const hour = date.getUTCHours();
  return weekday >= 1 && weekday <= 5 && hour >= 8 && hour < 20;
}

/** The next opening of assisted channels at or after `ms`, plus a short random delay. */
export function nextOpening(rng: Random, ms: number): number {
  if (isOpen(ms)) return ms;
  let day = Math.floor(ms / DAY_MS);
  if (new Date(ms).getUTCHours() >= 20) day++;
  while (![1, 2, 3, 4, 5].includes(new Date(day * DAY_MS).getUTCDay())) day++;
  // People come back some time after opening, not all at 08:00.
  const delayMinutes = Math.min(Math.round(rng.logNormal(120, 1)), 11 * 60);
  return day * DAY_MS + 8 * HOUR_MS + delayMinutes * MINUTE_MS + rng.int(0, 59) * 1000;
}

export type GapKind = 'immediate' | 'soon' | 'later' | 'repeat';

/**
 * Time until a customer's next step: seconds inside one call, minutes after a failed
 * self-service attempt, hours to days before trying again. A few gaps exceed the 7-day
 * journey window on purpose, so one need sometimes becomes two journeys.
 */
export function sampleGap(rng: Random, kind: GapKind): number {
  switch (kind) {
    case 'immediate':
      return rng.int(5, 90) * 1000;
    case 'soon':
      return Math.round(rng.logNormal(20, 0.9) * MINUTE_MS);
    case 'later':
      return rng.chance(0.05)
        ? rng.int(8, 20) * DAY_MS + rng.int(0, 86_399) * 1000
        : Math.min(Math.round(rng.logNormal(14, 1.1) * HOUR_MS), 6 * DAY_MS);
    case 'repeat':
      return rng.chance(0.1)
        ? rng.int(8, 25) * DAY_MS + rng.int(0, 86_399) * 1000
        : rng.int(1, 6) * DAY_MS + rng.int(0, 86_399) * 1000;
  }
}

/** ISO-8601 in UTC with a 'Z' offset, to the second. */
export function toIso(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}
