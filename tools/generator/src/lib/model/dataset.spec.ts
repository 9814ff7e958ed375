import {
  CHANNELS,
  DIRECTIONS,
  IDENTIFIER_KINDS,
  INTERACTION_TYPES,
  OUTCOMES,
  type Touchpoint,
} from '@journey-atlas/shared/domain';
import { generateDataset, type DatasetOptions } from './dataset';

const START = new Date('2026-07-01T00:00:00Z');
const base = { seed: 42, start: START, days: 90 };

function collect(options: DatasetOptions): Touchpoint[] {
  return [...generateDataset(options).touchpoints()];
}

describe(generateDataset.name, () => {
  const touchpoints = collect({ ...base, customers: 2000 });

  it('generates about 2,000 customers quickly', () => {
    const started = Date.now();
    const count = [...generateDataset({ ...base, seed: 1, customers: 2000 }).touchpoints()].length;
    expect(Date.now() - started).toBeLessThan(5000);
    expect(count).toBeGreaterThan(5000);
  });

  it('is deterministic: the same seed gives identical output, another seed different output', () => {
    const again = collect({ ...base, customers: 200 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(collect({ ...base, customers: 200 })));
    const other = collect({ ...base, seed: 43, customers: 200 });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(again));
  });

  it('gives a person the same data whatever the dataset size (prefix stable)', () => {
    const small = generateDataset({ ...base, customers: 50 }).persons();
    const large = generateDataset({ ...base, customers: 500 }).persons();
    for (let i = 0; i < 50; i++) expect(small.next().value).toEqual(large.next().value);
  });

  it('honours the requested number of customers and exact touchpoint targets', () => {
    expect(generateDataset({ ...base, customers: 300 }).groundTruth().persons).toBe(300);
    for (const target of [1, 999, 5000]) {
      const dataset = generateDataset({ ...base, touchpoints: target });
      expect(collect(dataset.options)).toHaveLength(target);
      expect(dataset.groundTruth().touchpoints).toBe(target);
    }
  });

  it('emits only values from the shared domain constants, with at least one identifier', () => {
    for (const touchpoint of touchpoints) {
      expect(CHANNELS).toContain(touchpoint.channel);
      expect(INTERACTION_TYPES).toContain(touchpoint.interactionType);
      expect(OUTCOMES).toContain(touchpoint.outcome);
      expect(DIRECTIONS).toContain(touchpoint.direction);
      const kinds = Object.keys(touchpoint.customer);
      expect(kinds.length).toBeGreaterThanOrEqual(1);
      for (const kind of kinds) expect(IDENTIFIER_KINDS).toContain(kind);
    }
    expect(new Set(touchpoints.map((touchpoint) => touchpoint.channel)).size).toBe(CHANNELS.length);
  });

  it('uses ISO-8601 timestamps with a Z offset inside the window', () => {
    const end = START.getTime() + 90 * 86_400_000;
    for (const { occurredAt } of touchpoints) {
      expect(occurredAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      const ms = Date.parse(occurredAt);
      expect(ms).toBeGreaterThanOrEqual(START.getTime());
      expect(ms).toBeLessThan(end);
    }
  });

  it('keeps ids unique and scores and durations within their ranges', () => {
    expect(
      new Set(touchpoints.map((touchpoint) => `${touchpoint.source}/${touchpoint.id}`)).size,
    ).toBe(touchpoints.length);
    expect(new Set(touchpoints.map((touchpoint) => touchpoint.id)).size).toBe(touchpoints.length);
    const inRange = (
      value: number | undefined,
      min: number,
      max: number,
      integer = true,
    ): boolean =>
      value === undefined ||
      (value >= min && value <= max && (!integer || Number.isInteger(value)));
    for (const t of touchpoints) {
      expect(inRange(t.csat, 1, 5) && inRange(t.ces, 1, 7) && inRange(t.nps, 0, 10)).toBe(true);
      expect(inRange(t.sentiment, -1, 1, false)).toBe(true);
      expect(inRange(t.waitSeconds, 0, 3 * 86_400) && inRange(t.handleSeconds, 0, 86_400)).toBe(
        true,
      );
    }
  });

  it('asks only some contacts for surveys, puts sentiment on social and paths on IVR', () => {
    const surveyed = touchpoints.filter((t) => t.csat !== undefined).length / touchpoints.length;
    expect(surveyed).toBeGreaterThan(0.03);
    expect(surveyed).toBeLessThan(0.25);
    for (const t of touchpoints) {
      expect(t.sentiment !== undefined).toBe(t.channel === 'social');
      expect(t.ivrPath !== undefined).toBe(t.channel === 'ivr');
    }
  });

  it('rejects bad options naming the option', () => {
    expect(() => generateDataset({ ...base, customers: 0 })).toThrow(/customers/);
    expect(() => generateDataset({ ...base, touchpoints: 1.5 })).toThrow(/touchpoints/);
    expect(() => generateDataset({ ...base, customers: 5, days: 0 })).toThrow(/days/);
    expect(() => generateDataset({ ...base, seed: -1, customers: 5 })).toThrow(/seed/);
    expect(() => generateDataset({ ...base, start: new Date('nope'), customers: 5 })).toThrow(
      /start/,
    );
  });
});
