import { CHANNELS } from '@journey-atlas/shared/domain';
import { at, DAY_MS, touchpoint } from '../testing/touchpoints';
import { buildJourneys } from './journeys';
import { defaultJourneySettings } from './settings';
import { compareTouchpoints, type StitchedTouchpoint } from './stitched-touchpoint';

/** Small deterministic generator (LCG) so failures reproduce. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

function generate(seed: number, count: number): StitchedTouchpoint[] {
  const next = random(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  return Array.from({ length: count }, (_, i) =>
    touchpoint({
      id: `t${String(i).padStart(4, '0')}`,
      customerId: pick(['c1', 'c2', 'c3']),
      channel: pick(CHANNELS),
      intent: pick(['router offline', 'billing', undefined]),
      // Whole days now and then, so gaps of exactly the window and ties both occur.
      occurredAt: next() < 0.3 ? at(Math.floor(next() * 60)) : at(next() * 60),
    }),
  );
}

describe(buildJourneys.name, () => {
  const settings = defaultJourneySettings();
  const windowMs = 7 * DAY_MS;

  it.each([1, 2, 3, 4, 5])('keeps the journey invariants on generated data (seed %i)', (seed) => {
    const touchpoints = generate(seed, 400);
    const journeys = buildJourneys(touchpoints, settings);
    const byId = new Map(touchpoints.map((t) => [t.id, t]));

    // Every touchpoint is in exactly one journey.
    const placed = journeys.flatMap((journey) => journey.steps.map((step) => step.touchpointId));
    expect([...placed].sort()).toEqual(touchpoints.map((t) => t.id).sort());

    for (const journey of journeys) {
      const steps = journey.steps.map((step) => byId.get(step.touchpointId) as StitchedTouchpoint);
      for (let i = 1; i < steps.length; i++) {
        const [previous, current] = [steps[i - 1], steps[i]] as [
          StitchedTouchpoint,
          StitchedTouchpoint,
        ];
        expect(compareTouchpoints(previous, current)).toBeLessThan(0);
        expect(
          Date.parse(current.occurredAt) - Date.parse(previous.occurredAt),
        ).toBeLessThanOrEqual(windowMs);
        expect(current.customerId).toBe(journey.customerId);
      }
    }

    // Journeys of one customer and key are apart by more than the window.
    const runs = new Map<string, typeof journeys>();
    for (const journey of journeys) {
      const key = `${journey.customerId}|${journey.key}`;
      runs.set(key, [...(runs.get(key) ?? []), journey]);
    }
    for (const run of runs.values()) {
      for (let i = 1; i < run.length; i++) {
        const gap = Date.parse(run[i]?.startedAt ?? '') - Date.parse(run[i - 1]?.endedAt ?? '');
        expect(gap).toBeGreaterThan(windowMs);
      }
    }
  });
});
