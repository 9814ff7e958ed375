import { frictionEvents, journeys, settings, touchpoints } from '../testing/dataset';
import { at } from '../testing/touchpoints';
import type { MetricName } from './metric-catalogue';
import { computeMetrics, type MetricResults } from './metrics';

/** [numerator, denominator] of each metric, as the result holds them. */
const fractions = (results: MetricResults) =>
  Object.fromEntries(
    Object.entries(results).map(([name, r]) => [name, [r.numerator, r.denominator]]),
  ) as Record<MetricName, [number, number]>;

describe(computeMetrics.name, () => {
  const results = computeMetrics(journeys, touchpoints, frictionEvents, settings);

  it('builds the four hand-checked journeys', () => {
    expect(journeys.map((journey) => journey.id)).toEqual([
      'c1:router offline:a',
      'c2:billing:d',
      'c3:router offline:e',
      'c4:router offline:g',
    ]);
    expect(
      frictionEvents.filter((e) => e.type === 'repeat_contact').map((e) => e.touchpointId),
    ).toEqual(['c']);
  });

  it('computes the journey-grain metrics', () => {
    const all = fractions(results);
    // J2 alone: its first assisted step resolved and is last. J3 has no assisted step.
    expect(all.fcr).toEqual([1, 3]);
    // J1 and J3 began in self-service; only J3 stayed there.
    expect(all.containment).toEqual([1, 2]);
    expect(all.self_service_share).toEqual([1, 4]);
    expect(all.contacts_per_journey).toEqual([8, 4]);
    expect(all.repeat_contact_rate).toEqual([1, 4]);
    // J1 web->phone, J3 app->web, J4 email->phone.
    expect(all.channel_switch_rate).toEqual([3, 4]);
    // J1 0.1 + 8 + 8, J2 5, J3 0.1 + 0.1, J4 4 + own 3.
    expect(results.cost_to_serve.numerator).toBeCloseTo(28.3, 10);
    expect(results.cost_to_serve.value).toBeCloseTo(7.075, 10);
    // Resolved J1 (900 s), J2 (200 s), J4 (180 s) at 30 USD per hour; J3 ended abandoned.
    expect(results.lcr.denominator).toBe(3);
    expect(results.lcr.numerator).toBeCloseTo(7.5 + 200 / 120 + 1.5, 10);
    expect(results.lcr.value).toBeCloseTo((7.5 + 200 / 120 + 1.5) / 3, 10);
  });

  it('computes the contact-grain metrics', () => {
    const all = fractions(results);
    expect(all.ces).toEqual([2 + 3 + 6, 3]);
    // csat 2, 5, 4, 3: two of four are 4-5.
    expect(all.csat).toEqual([2, 4]);
    // nps 10 and 9 promote, 8 is passive, 5 detracts.
    expect(all.nps).toEqual([1, 4]);
    expect(results.nps.value).toBe(0.25);
    expect(all.aht).toEqual([600 + 300 + 200 + 120 + 60, 5]);
    expect(all.response_time).toEqual([30 + 10 + 60 + 90000, 4]);
    // b 30 > 20 misses, c 10 and d 60 (= target) make it, g misses the email day.
    expect(all.service_level).toEqual([2, 4]);
    expect(all.transfer_rate).toEqual([1, 8]);
    expect(all.abandonment_rate).toEqual([1, 8]);
    // b, d by x; c by y; g, h by z.
    expect(all.conversations_per_agent).toEqual([5, 3]);
  });

  it('gives null, not NaN, for an empty denominator', () => {
    const empty = computeMetrics([], [], [], settings);
    expect(empty.fcr).toEqual({ value: null, numerator: 0, denominator: 0 });
    expect(empty.conversations_per_agent.value).toBeNull();
  });

  it('filters journeys by start and contacts by occurredAt', () => {
    const later = fractions(
      computeMetrics(journeys, touchpoints, frictionEvents, settings, {
        from: at(2),
        to: at(3, 1000),
      }),
    );
    // J3 and J4 start in the period; contacts e, f, g are in it, h is at the exclusive end.
    expect(later.contacts_per_journey).toEqual([4, 2]);
    expect(later.transfer_rate).toEqual([0, 3]);
    expect(later.response_time).toEqual([90000, 1]);
  });

  it('rejects an unreadable period', () => {
    expect(() =>
      computeMetrics(journeys, touchpoints, frictionEvents, settings, { from: 'yesterday' }),
    ).toThrow(/filter.from/);
  });

  it('filters by channel: journeys that touched it, contacts in it', () => {
    const phone = fractions(
      computeMetrics(journeys, touchpoints, frictionEvents, settings, { channel: 'phone' }),
    );
    expect(phone.contacts_per_journey).toEqual([5, 2]);
    expect(phone.transfer_rate).toEqual([1, 3]);
    expect(phone.fcr).toEqual([0, 2]);
  });

  it('filters by intent, team, agent and segment', () => {
    const run = (filter: Parameters<typeof computeMetrics>[4]) =>
      fractions(computeMetrics(journeys, touchpoints, frictionEvents, settings, filter));
    expect(run({ intent: 'billing' }).contacts_per_journey).toEqual([1, 1]);
    expect(run({ intent: 'billing' }).csat).toEqual([1, 1]);
    expect(run({ team: 'alpha' }).contacts_per_journey).toEqual([3, 1]);
    expect(run({ team: 'alpha' }).aht).toEqual([900, 2]);
    expect(run({ agentId: 'x' }).contacts_per_journey).toEqual([4, 2]);
    expect(run({ agentId: 'x' }).conversations_per_agent).toEqual([2, 1]);
    expect(run({ segment: { tier: 'gold' } }).contacts_per_journey).toEqual([4, 2]);
    expect(run({ segment: { tier: 'gold', region: 'north' } }).contacts_per_journey).toEqual([
      3, 1,
    ]);
  });
});
