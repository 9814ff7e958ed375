import type { ChannelShiftOpportunityDto } from '@journey-atlas/shared/domain';

/** Gartner: 20-40% of assisted demand is redistributable; the cap must stay in that band. */
export const CAP_RANGE: [number, number] = [0.2, 0.4];
export const DAYS_PER_MONTH = 30;

export interface OpportunityOptions {
  minContainment: number;
  minJourneys: number;
  cap: number;
  periodDays: number;
  comparableCustomers: string;
}

/** One intent's counts and mean journey costs over the filtered journeys. */
export interface IntentCounts {
  intent: string;
  selfServiceJourneys: number;
  containedJourneys: number;
  assistedJourneys: number;
  meanAssistedCost: number | null;
  meanSelfServiceCost: number | null;
}

/**
 * The projection for one intent, or null when it is no opportunity: too few
 * self-service-begun journeys to trust the rate, containment under the threshold, no
 * assisted demand, or nothing saved (self-service not cheaper).
 * savings/month = assisted-begun per 30 days x min(containment, cap) x (assisted - self-service).
 */
export function projectOpportunity(
  counts: IntentCounts,
  options: OpportunityOptions,
): ChannelShiftOpportunityDto | null {
  const { selfServiceJourneys, containedJourneys, assistedJourneys } = counts;
  if (selfServiceJourneys < options.minJourneys || selfServiceJourneys === 0) return null;
  const containmentRate = containedJourneys / selfServiceJourneys;
  if (containmentRate < options.minContainment || assistedJourneys === 0) return null;
  if (counts.meanAssistedCost === null || counts.meanSelfServiceCost === null) return null;
  const saving = counts.meanAssistedCost - counts.meanSelfServiceCost;
  if (!(saving > 0) || !(options.periodDays > 0)) return null;
  const rateUsed = Math.min(containmentRate, options.cap);
  const assistedJourneysPerMonth = (assistedJourneys * DAYS_PER_MONTH) / options.periodDays;
  const shiftableJourneysPerMonth = assistedJourneysPerMonth * rateUsed;
  return {
    intent: counts.intent,
    selfServiceJourneys,
    containedJourneys,
    containmentRate,
    assistedJourneys,
    assistedJourneysPerMonth,
    shiftableJourneysPerMonth,
    projectedMonthlySavings: shiftableJourneysPerMonth * saving,
    assumptions: {
      rateUsed,
      cap: options.cap,
      periodDays: options.periodDays,
      meanAssistedCost: counts.meanAssistedCost,
      meanSelfServiceCost: counts.meanSelfServiceCost,
      comparableCustomers: options.comparableCustomers,
    },
  };
}

/** Opportunities ranked by projected monthly savings (then intent, for a stable order). */
export function rankOpportunities(
  intents: IntentCounts[],
  options: OpportunityOptions,
): ChannelShiftOpportunityDto[] {
  return intents
    .map((counts) => projectOpportunity(counts, options))
    .filter((o): o is ChannelShiftOpportunityDto => o !== null)
    .sort(
      (a, b) =>
        b.projectedMonthlySavings - a.projectedMonthlySavings || (a.intent < b.intent ? -1 : 1),
    );
}

/** Days between the period bounds (an open bound falls back to the first / last journey). */
export function periodDays(from: Date | null, to: Date | null): number {
  if (!from || !to) return 0;
  // A period with one day's journeys (or one journey) still spans at least a day.
  return Math.max(1, (to.getTime() - from.getTime()) / 86_400_000);
}

/** A leak as counted: its journeys and its intent's self-service-begun journeys. */
export interface LeakCounts {
  intent: string;
  fromChannel: string;
  toChannel: string;
  journeys: number;
  beganInSelfService: number;
}

/**
 * Each leak against the same channel pair in the other intents: an IVR -> phone handoff
 * leaks about as much for every intent, a broken flow stands out as excess journeys.
 * `beganBySelfService` holds every intent's self-service-begun journeys (leaks or not).
 */
export function leakBaselines(
  leaks: LeakCounts[],
  beganBySelfService: Map<string, number>,
): { baselineShare: number | null; excessJourneys: number | null }[] {
  const allBegan = [...beganBySelfService.values()].reduce((sum, n) => sum + n, 0);
  const pairJourneys = new Map<string, number>();
  const pairOf = (leak: LeakCounts) => `${leak.fromChannel}\u0000${leak.toChannel}`;
  for (const leak of leaks) {
    pairJourneys.set(pairOf(leak), (pairJourneys.get(pairOf(leak)) ?? 0) + leak.journeys);
  }
  return leaks.map((leak) => {
    const otherBegan = allBegan - leak.beganInSelfService;
    if (otherBegan <= 0) return { baselineShare: null, excessJourneys: null };
    const baselineShare = ((pairJourneys.get(pairOf(leak)) ?? 0) - leak.journeys) / otherBegan;
    return {
      baselineShare,
      excessJourneys: leak.journeys - baselineShare * leak.beganInSelfService,
    };
  });
}
