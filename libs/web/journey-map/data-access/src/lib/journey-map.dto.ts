import type { JourneyMapDto } from '@journey-atlas/shared/domain';

/** `GET /api/v1/journey-map`, as the analytics API answers it. */
export type JourneyMapResponse = JourneyMapDto;

/** The map's own query params, next to the common filters. */
export interface JourneyMapOptions {
  /** Steps shown before journeys are cut (the API's `steps`). */
  steps: number;
  /** Flows rarer than this are folded into "other"; `null` leaves the API's default. */
  minCount: number | null;
}

export const DEFAULT_STEPS = 5;
export const STEP_CHOICES: readonly number[] = [2, 3, 4, 5, 6, 7, 8];

/** Reads `steps` and `minCount` from the URL; anything unusable falls back to the default. */
export function journeyMapOptions(params: { get(name: string): string | null }): JourneyMapOptions {
  const steps = Number(params.get('steps'));
  const minCount = Number(params.get('minCount'));
  return {
    steps: STEP_CHOICES.includes(steps) ? steps : DEFAULT_STEPS,
    minCount: Number.isInteger(minCount) && minCount > 0 ? minCount : null,
  };
}

export function sameOptions(a: JourneyMapOptions, b: JourneyMapOptions): boolean {
  return a.steps === b.steps && a.minCount === b.minCount;
}
