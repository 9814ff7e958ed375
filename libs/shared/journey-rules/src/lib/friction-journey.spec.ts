import { frictionOf } from '../testing/friction';
import { at, touchpoint } from '../testing/touchpoints';
import { detectFriction } from './friction';
import { FRICTION_TYPES } from './friction-types';
import { buildJourneys } from './journeys';
import { defaultJourneySettings, journeySettings } from './settings';

// Rules that look at a step's place in its journey. Weekday 10:00 UTC, so never out of hours.
describe(detectFriction.name, () => {
  it('reports the step, channel, rule and hurt metrics of an event', () => {
    const settings = defaultJourneySettings();
    const touchpoints = [
      touchpoint({ id: 'a', channel: 'phone' }),
      touchpoint({ id: 'b', channel: 'phone', occurredAt: at(1) }),
    ];
    const [journey] = buildJourneys(touchpoints, settings);
    if (!journey) throw new Error('no journey');
    expect(detectFriction(journey, touchpoints, settings)).toEqual([
      {
        type: 'repeat_contact',
        journeyId: 'c1:router offline:a',
        customerId: 'c1',
        stepIndex: 1,
        touchpointId: 'b',
        channel: 'phone',
        rule: FRICTION_TYPES.repeat_contact.rule,
        detail: 'inbound phone after phone (step 0)',
        hurts: ['fcr', 'cost_to_serve'],
      },
    ]);
  });

  describe('repeat_contact', () => {
    it('fires on every inbound assisted step after an earlier assisted step', () => {
      const touchpoints = [
        touchpoint({ id: 'a', channel: 'chat', outcome: 'resolved' }),
        touchpoint({ id: 'b', channel: 'web', occurredAt: at(1) }),
        touchpoint({ id: 'c', channel: 'chat', occurredAt: at(2) }),
        touchpoint({ id: 'd', channel: 'chat', occurredAt: at(3) }),
      ];
      expect(frictionOf(touchpoints, undefined, 'repeat_contact')).toEqual([
        'repeat_contact@c',
        'repeat_contact@d',
      ]);
    });

    it('does not fire on outbound follow-ups, self-service steps or the first assisted step', () => {
      const touchpoints = [
        touchpoint({ id: 'a', channel: 'web' }),
        touchpoint({ id: 'b', channel: 'chat', occurredAt: at(1) }),
        touchpoint({ id: 'c', channel: 'phone', occurredAt: at(2), direction: 'outbound' }),
        touchpoint({ id: 'd', channel: 'app', occurredAt: at(3) }),
      ];
      expect(frictionOf(touchpoints, undefined, 'repeat_contact')).toEqual([]);
    });

    it('counts an outbound assisted step as the earlier contact', () => {
      const touchpoints = [
        touchpoint({ id: 'a', channel: 'phone', direction: 'outbound' }),
        touchpoint({ id: 'b', channel: 'phone', occurredAt: at(1) }),
      ];
      expect(frictionOf(touchpoints, undefined, 'repeat_contact')).toEqual(['repeat_contact@b']);
    });
  });

  describe('failed_containment', () => {
    it('fires once, on the first assisted step of a journey that began in self-service', () => {
      const touchpoints = [
        touchpoint({ id: 'a', channel: 'web' }),
        touchpoint({ id: 'b', channel: 'ivr', occurredAt: at(0, 1) }),
        touchpoint({ id: 'c', channel: 'phone', occurredAt: at(0, 2) }),
        touchpoint({ id: 'd', channel: 'chat', occurredAt: at(1) }),
      ];
      expect(frictionOf(touchpoints, undefined, 'failed_containment')).toEqual([
        'failed_containment@c',
      ]);
    });

    it('does not fire when the journey began assisted or stayed in self-service', () => {
      expect(
        frictionOf(
          [
            touchpoint({ id: 'a', channel: 'phone' }),
            touchpoint({ id: 'b', channel: 'web', occurredAt: at(1) }),
            touchpoint({ id: 'c', channel: 'chat', occurredAt: at(2) }),
          ],
          undefined,
          'failed_containment',
        ),
      ).toEqual([]);
      expect(
        frictionOf(
          [
            touchpoint({ id: 'a', channel: 'web' }),
            touchpoint({ id: 'b', channel: 'app', occurredAt: at(1) }),
          ],
          undefined,
          'failed_containment',
        ),
      ).toEqual([]);
    });
  });

  describe('escalation', () => {
    it("fires when the channel's configured cost is above the previous assisted step's", () => {
      const touchpoints = [
        touchpoint({ id: 'a', channel: 'email' }), // 4
        touchpoint({ id: 'b', channel: 'web', occurredAt: at(1) }), // self-service, skipped
        touchpoint({ id: 'c', channel: 'phone', occurredAt: at(2) }), // 8 > 4
        touchpoint({ id: 'd', channel: 'chat', occurredAt: at(3) }), // 5 < 8
        touchpoint({ id: 'e', channel: 'field_service', occurredAt: at(4) }), // 150 > 5
      ];
      expect(frictionOf(touchpoints, undefined, 'escalation')).toEqual([
        'escalation@c',
        'escalation@e',
      ]);
    });

    it('does not fire at equal cost, on the first assisted step, or because of own cost', () => {
      const touchpoints = [
        touchpoint({ id: 'a', channel: 'social', cost: 1 }), // 4
        touchpoint({ id: 'b', channel: 'email', occurredAt: at(1), cost: 50 }), // 4 = 4
      ];
      expect(frictionOf(touchpoints, undefined, 'escalation')).toEqual([]);
      const cheaperEmail = journeySettings({ channels: { email: { costPerContact: 3.99 } } });
      expect(frictionOf(touchpoints, cheaperEmail, 'escalation')).toEqual([]);
      const dearerEmail = journeySettings({ channels: { email: { costPerContact: 4.01 } } });
      expect(frictionOf(touchpoints, dearerEmail, 'escalation')).toEqual(['escalation@b']);
    });
  });

  describe('transfer and ivr_misroute', () => {
    it('fires transfer on outcome transferred, and ivr_misroute when right after an ivr step', () => {
      const touchpoints = [
        touchpoint({ id: 'a', channel: 'ivr' }),
        touchpoint({ id: 'b', channel: 'phone', occurredAt: at(0, 1), outcome: 'transferred' }),
        touchpoint({
          id: 'c',
          channel: 'phone',
          occurredAt: at(0, 2),
          direction: 'outbound',
          outcome: 'transferred',
        }),
      ];
      expect(
        frictionOf(touchpoints).filter((e) => !e.startsWith('failed') && !e.startsWith('repeat')),
      ).toEqual(['transfer@b', 'ivr_misroute@b', 'transfer@c']);
    });

    it('does not fire on other outcomes, or when the ivr step is not the one right before', () => {
      const touchpoints = [
        touchpoint({ id: 'a', channel: 'ivr', outcome: 'transferred' }),
        touchpoint({ id: 'b', channel: 'phone', occurredAt: at(0, 1), outcome: 'escalated' }),
        touchpoint({ id: 'c', channel: 'chat', occurredAt: at(0, 2), outcome: 'transferred' }),
      ];
      expect(frictionOf(touchpoints, undefined, 'ivr_misroute')).toEqual([]);
      expect(frictionOf(touchpoints, undefined, 'transfer')).toEqual(['transfer@a', 'transfer@c']);
    });
  });

  describe('many_handoffs', () => {
    it('fires once per journey, where the third distinct agent appears', () => {
      const touchpoints = ['x', 'y', 'x', 'z', 'w'].map((agentId, i) =>
        touchpoint({
          id: `t${i}`,
          channel: 'chat',
          agentId,
          occurredAt: at(0, i),
          direction: 'outbound',
        }),
      );
      expect(frictionOf(touchpoints)).toEqual(['many_handoffs@t3']);
    });

    it('does not fire with exactly 2 distinct agents', () => {
      const touchpoints = ['x', 'y', 'x', 'y'].map((agentId, i) =>
        touchpoint({
          id: `t${i}`,
          channel: 'chat',
          agentId,
          occurredAt: at(0, i),
          direction: 'outbound',
        }),
      );
      expect(frictionOf(touchpoints)).toEqual([]);
    });
  });
});
