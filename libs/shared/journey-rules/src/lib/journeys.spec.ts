import { at, touchpoint } from '../testing/touchpoints';
import { buildJourneys, journeyKey } from './journeys';
import { defaultJourneySettings, journeySettings } from './settings';

const settings = defaultJourneySettings();
const WEEK_MS = 7 * 24 * 3600 * 1000;
const ids = (journeys: ReturnType<typeof buildJourneys>) =>
  journeys.map((journey) => journey.steps.map((step) => step.touchpointId));

describe(journeyKey.name, () => {
  it('uses the intent when present, else the interaction type', () => {
    expect(journeyKey(touchpoint({ id: 'a', channel: 'web' }), settings)).toBe('router offline');
    expect(journeyKey(touchpoint({ id: 'a', channel: 'web', intent: undefined }), settings)).toBe(
      'tech_support',
    );
    expect(journeyKey(touchpoint({ id: 'a', channel: 'web', intent: '' }), settings)).toBe(
      'tech_support',
    );
    const byType = journeySettings({ journeyKey: 'interaction_type' });
    expect(journeyKey(touchpoint({ id: 'a', channel: 'web' }), byType)).toBe('tech_support');
  });
});

describe(buildJourneys.name, () => {
  it('keeps a gap of exactly the window in one journey and splits at window + 1 ms', () => {
    const exact = buildJourneys(
      [
        touchpoint({ id: 'a', channel: 'web', occurredAt: at(0) }),
        touchpoint({ id: 'b', channel: 'phone', occurredAt: at(0, WEEK_MS) }),
      ],
      settings,
    );
    expect(ids(exact)).toEqual([['a', 'b']]);
    const over = buildJourneys(
      [
        touchpoint({ id: 'a', channel: 'web', occurredAt: at(0) }),
        touchpoint({ id: 'b', channel: 'phone', occurredAt: at(0, WEEK_MS + 1) }),
      ],
      settings,
    );
    expect(ids(over)).toEqual([['a'], ['b']]);
    expect(over.map((journey) => journey.id)).toEqual([
      'c1:router offline:a',
      'c1:router offline:b',
    ]);
  });

  it('measures the gap between consecutive steps, not from the first', () => {
    const journeys = buildJourneys(
      [0, 6, 12, 18].map((day, i) =>
        touchpoint({ id: `t${i}`, channel: 'web', occurredAt: at(day) }),
      ),
      settings,
    );
    expect(ids(journeys)).toEqual([['t0', 't1', 't2', 't3']]);
  });

  it('orders touchpoints at the same instant by id', () => {
    const journeys = buildJourneys(
      [touchpoint({ id: 'b', channel: 'phone' }), touchpoint({ id: 'a', channel: 'web' })],
      settings,
    );
    expect(ids(journeys)).toEqual([['a', 'b']]);
    expect(journeys[0]?.steps[1]?.gapSeconds).toBe(0);
  });

  it('is not broken by touchpoints with another key in between', () => {
    const journeys = buildJourneys(
      [
        touchpoint({ id: 'r1', channel: 'web', occurredAt: at(0) }),
        touchpoint({ id: 'b1', channel: 'phone', occurredAt: at(1), intent: 'bill too high' }),
        touchpoint({ id: 'r2', channel: 'chat', occurredAt: at(2) }),
      ],
      settings,
    );
    expect(ids(journeys)).toEqual([['r1', 'r2'], ['b1']]);
  });

  it('keeps a contact after a resolved one inside the window in the same journey', () => {
    const [journey, ...rest] = buildJourneys(
      [
        touchpoint({ id: 'a', channel: 'phone', occurredAt: at(0), outcome: 'resolved' }),
        touchpoint({ id: 'b', channel: 'phone', occurredAt: at(3), outcome: 'unresolved' }),
      ],
      settings,
    );
    expect(rest).toEqual([]);
    expect(journey?.stepCount).toBe(2);
    expect(journey?.outcome).toBe('unresolved');
    expect(journey?.resolved).toBe(false);
  });

  it('joins two customers merged into one into a single journey', () => {
    const before = [
      touchpoint({ id: 'a', channel: 'web', occurredAt: at(0), customerId: 'c1' }),
      touchpoint({ id: 'b', channel: 'phone', occurredAt: at(1), customerId: 'c2' }),
    ];
    expect(buildJourneys(before, settings)).toHaveLength(2);
    const merged = before.map((t) => ({ ...t, customerId: 'c1' }));
    const journeys = buildJourneys(merged, settings);
    expect(ids(journeys)).toEqual([['a', 'b']]);
    expect(journeys[0]?.customerId).toBe('c1');
  });

  it('takes the outcome of the last step that has one', () => {
    const [journey] = buildJourneys(
      [
        touchpoint({ id: 'a', channel: 'web', occurredAt: at(0), outcome: 'unresolved' }),
        touchpoint({ id: 'b', channel: 'phone', occurredAt: at(1), outcome: 'resolved' }),
        touchpoint({ id: 'c', channel: 'email', occurredAt: at(2) }),
      ],
      settings,
    );
    expect(journey?.outcome).toBe('resolved');
    expect(journey?.resolved).toBe(true);
    expect(journey?.resolvingChannel).toBe('phone');
  });

  it('has no outcome when no step has one', () => {
    const [journey] = buildJourneys([touchpoint({ id: 'a', channel: 'web' })], settings);
    expect(journey?.outcome).toBeNull();
    expect(journey?.resolvingChannel).toBeNull();
  });

  it('computes the journey facts', () => {
    const [journey] = buildJourneys(
      [
        touchpoint({
          id: 'a',
          channel: 'web',
          occurredAt: '2026-11-23T11:00:00+01:00',
          segment: { tier: 'silver' },
        }),
        touchpoint({ id: 'b', channel: 'web', occurredAt: at(0, 60_000) }),
        touchpoint({
          id: 'c',
          channel: 'phone',
          occurredAt: at(1),
          agentId: 'x',
          waitSeconds: 30,
          handleSeconds: 300,
        }),
        touchpoint({
          id: 'd',
          channel: 'chat',
          occurredAt: at(2),
          agentId: 'y',
          waitSeconds: 10,
          handleSeconds: 100,
          cost: 2,
          segment: { tier: 'gold' },
        }),
        touchpoint({
          id: 'e',
          channel: 'phone',
          occurredAt: at(2, 1500),
          agentId: 'x',
          outcome: 'resolved',
        }),
      ],
      settings,
    );
    expect(journey).toMatchObject({
      id: 'c1:router offline:a',
      customerId: 'c1',
      key: 'router offline',
      channelSequence: ['web', 'web', 'phone', 'chat', 'phone'],
      channelSwitches: 3,
      firstChannel: 'web',
      resolvingChannel: 'phone',
      beganInSelfService: true,
      assistedStepCount: 3,
      contained: false,
      stepCount: 5,
      agentIds: ['x', 'y'],
      distinctAgents: 2,
      totalWaitSeconds: 40,
      totalHandleSeconds: 400,
      assistedHandleSeconds: 400,
      durationSeconds: 2 * 86400 + 1.5,
      startedAt: '2026-11-23T10:00:00.000Z',
      endedAt: '2026-11-25T10:00:01.500Z',
      segment: { tier: 'gold' },
    });
    // Own cost 2 wins for the chat step; channel defaults for the others.
    expect(journey?.costToServe).toBeCloseTo(0.1 + 0.1 + 8 + 2 + 8, 10);
    expect(journey?.steps[1]).toEqual({
      index: 1,
      touchpointId: 'b',
      channel: 'web',
      assisted: false,
      direction: 'inbound',
      outcome: null,
      occurredAt: '2026-11-23T10:01:00.000Z',
      gapSeconds: 60,
    });
    expect(journey?.steps[0]?.gapSeconds).toBeNull();
  });

  it('lets an own cost of 0 win over the channel cost', () => {
    const [journey] = buildJourneys(
      [
        touchpoint({ id: 'a', channel: 'phone', cost: 0 }),
        touchpoint({ id: 'b', channel: 'phone', occurredAt: at(1) }),
      ],
      settings,
    );
    expect(journey?.costToServe).toBe(8);
  });

  it('marks a self-service-only journey as contained', () => {
    const [journey] = buildJourneys(
      [touchpoint({ id: 'a', channel: 'app' }), touchpoint({ id: 'b', channel: 'chatbot' })],
      settings,
    );
    expect(journey?.contained).toBe(true);
    expect(journey?.beganInSelfService).toBe(true);
  });

  it('does not call a journey that began assisted contained', () => {
    const [journey] = buildJourneys(
      [touchpoint({ id: 'a', channel: 'phone' }), touchpoint({ id: 'b', channel: 'web' })],
      settings,
    );
    expect(journey?.beganInSelfService).toBe(false);
    expect(journey?.contained).toBe(false);
  });

  it('orders journeys by customer and start, and rejects duplicate ids', () => {
    const journeys = buildJourneys(
      [
        touchpoint({ id: 'z', channel: 'web', customerId: 'c2', occurredAt: at(0) }),
        touchpoint({ id: 'y', channel: 'web', occurredAt: at(2), intent: 'billing' }),
        touchpoint({ id: 'x', channel: 'web', occurredAt: at(1) }),
      ],
      settings,
    );
    expect(journeys.map((journey) => journey.id)).toEqual([
      'c1:router offline:x',
      'c1:billing:y',
      'c2:router offline:z',
    ]);
    expect(() =>
      buildJourneys(
        [touchpoint({ id: 'a', channel: 'web' }), touchpoint({ id: 'a', channel: 'web' })],
        settings,
      ),
    ).toThrow(/Duplicate/);
  });
});
