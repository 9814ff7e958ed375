import { frictionOf } from '../testing/friction';
import { touchpoint } from '../testing/touchpoints';
import { detectFriction } from './friction';
import { journeySettings } from './settings';

// Rules that look at one contact's own fields; single-step journeys.
const one = (fields: Parameters<typeof touchpoint>[0], settings = journeySettings()) =>
  frictionOf([touchpoint(fields)], settings);

describe(detectFriction.name, () => {
  describe('long_wait', () => {
    it('fires above the target, not at it, and never without a target', () => {
      expect(one({ id: 'a', channel: 'phone', waitSeconds: 21 })).toEqual(['long_wait@a']);
      expect(one({ id: 'a', channel: 'phone', waitSeconds: 20 })).toEqual([]);
      expect(one({ id: 'a', channel: 'email', waitSeconds: 86400.5 })).toEqual(['long_wait@a']);
      expect(one({ id: 'a', channel: 'store', waitSeconds: 99999 })).toEqual([]);
      expect(one({ id: 'a', channel: 'web', waitSeconds: 99999 })).toEqual([]);
      expect(one({ id: 'a', channel: 'phone' })).toEqual([]);
    });

    it('honours overrides per interaction type and segment', () => {
      const settings = journeySettings({
        overrides: [
          { match: { channel: 'phone', segment: { tier: 'gold' } }, serviceLevelSeconds: 10 },
          { match: { channel: 'store' }, serviceLevelSeconds: 300 },
        ],
      });
      expect(
        one({ id: 'a', channel: 'phone', waitSeconds: 11, segment: { tier: 'gold' } }, settings),
      ).toEqual(['long_wait@a']);
      expect(
        one(
          { id: 'a', channel: 'phone', waitSeconds: 11, segment: { tier: 'standard' } },
          settings,
        ),
      ).toEqual([]);
      expect(one({ id: 'a', channel: 'store', waitSeconds: 301 }, settings)).toEqual([
        'long_wait@a',
      ]);
    });
  });

  describe('abandonment', () => {
    it('fires on outcome abandoned only', () => {
      expect(one({ id: 'a', channel: 'web', outcome: 'abandoned' })).toEqual(['abandonment@a']);
      expect(one({ id: 'a', channel: 'web', outcome: 'unresolved' })).toEqual([]);
    });
  });

  describe('out_of_hours', () => {
    it('fires on an inbound assisted step at 20:00 but not at 08:00 (UTC)', () => {
      expect(one({ id: 'a', channel: 'phone', occurredAt: '2026-11-23T20:00:00Z' })).toEqual([
        'out_of_hours@a',
      ]);
      expect(one({ id: 'a', channel: 'phone', occurredAt: '2026-11-23T08:00:00Z' })).toEqual([]);
      expect(one({ id: 'a', channel: 'phone', occurredAt: '2026-11-23T07:59:59.999Z' })).toEqual([
        'out_of_hours@a',
      ]);
      expect(one({ id: 'a', channel: 'chat', occurredAt: '2026-11-28T12:00:00Z' })).toEqual([
        'out_of_hours@a',
      ]);
    });

    it('ignores outbound and self-service steps', () => {
      expect(
        one({
          id: 'a',
          channel: 'phone',
          occurredAt: '2026-11-28T12:00:00Z',
          direction: 'outbound',
        }),
      ).toEqual([]);
      expect(one({ id: 'a', channel: 'web', occurredAt: '2026-11-28T03:00:00Z' })).toEqual([]);
    });

    it('reads hours in the workspace time zone (Europe/London, summer)', () => {
      const london = journeySettings({ timeZone: 'Europe/London' });
      // 07:00 UTC = 08:00 BST: open. 19:00 UTC = 20:00 BST: closed.
      expect(
        one({ id: 'a', channel: 'phone', occurredAt: '2026-07-01T07:00:00Z' }, london),
      ).toEqual([]);
      expect(
        one({ id: 'a', channel: 'phone', occurredAt: '2026-07-01T19:00:00Z' }, london),
      ).toEqual(['out_of_hours@a']);
      expect(
        one({ id: 'a', channel: 'phone', occurredAt: '2026-07-01T06:59:59Z' }, london),
      ).toEqual(['out_of_hours@a']);
    });

    it('honours an hours override, and null hours mean always open', () => {
      const settings = journeySettings({
        overrides: [
          { match: { channel: 'phone', segment: { tier: 'gold' } }, hours: null },
          {
            match: { interactionType: 'complaint' },
            hours: { weekdays: [6], opens: '10:00', closes: '12:00' },
          },
        ],
      });
      const saturday = '2026-11-28T11:00:00Z';
      expect(
        one(
          { id: 'a', channel: 'phone', occurredAt: saturday, segment: { tier: 'gold' } },
          settings,
        ),
      ).toEqual([]);
      expect(
        one(
          { id: 'a', channel: 'chat', occurredAt: saturday, interactionType: 'complaint' },
          settings,
        ),
      ).toEqual([]);
      expect(one({ id: 'a', channel: 'chat', occurredAt: saturday }, settings)).toEqual([
        'out_of_hours@a',
      ]);
    });
  });

  describe('low_csat and high_effort', () => {
    it('fire at csat <= 2 and ces >= 5, not at csat 3 or ces 4', () => {
      expect(one({ id: 'a', channel: 'web', csat: 2, ces: 5 })).toEqual([
        'low_csat@a',
        'high_effort@a',
      ]);
      expect(one({ id: 'a', channel: 'web', csat: 1, ces: 7 })).toEqual([
        'low_csat@a',
        'high_effort@a',
      ]);
      expect(one({ id: 'a', channel: 'web', csat: 3, ces: 4 })).toEqual([]);
    });

    it('follow configured thresholds', () => {
      const strict = journeySettings({ friction: { lowCsatAtMost: 3, highEffortAtLeast: 4 } });
      expect(one({ id: 'a', channel: 'web', csat: 3, ces: 4 }, strict)).toEqual([
        'low_csat@a',
        'high_effort@a',
      ]);
    });
  });

  describe('negative_social', () => {
    it('fires on social below -0.3, not at -0.3 nor on other channels', () => {
      expect(one({ id: 'a', channel: 'social', sentiment: -0.31, direction: 'outbound' })).toEqual([
        'negative_social@a',
      ]);
      expect(one({ id: 'a', channel: 'social', sentiment: -0.3, direction: 'outbound' })).toEqual(
        [],
      );
      expect(one({ id: 'a', channel: 'chat', sentiment: -0.9 })).toEqual([]);
      expect(one({ id: 'a', channel: 'social', direction: 'outbound' })).toEqual([]);
    });
  });
});
