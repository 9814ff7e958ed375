import { CHANNEL_CATALOGUE } from '@journey-atlas/shared/domain';
import { operatingHours, serviceLevelShare, serviceLevelTarget } from './access-rules';
import { channelCost, defaultJourneySettings, journeySettings } from './settings';
import type { StitchedTouchpoint } from './stitched-touchpoint';

describe(defaultJourneySettings.name, () => {
  it('has the DESIGN.md defaults', () => {
    const settings = defaultJourneySettings();
    expect(settings.journeyWindowSeconds).toBe(7 * 24 * 3600);
    expect(settings.journeyKey).toBe('intent_or_interaction_type');
    expect(settings.timeZone).toBe('UTC');
    expect(settings.labourCostPerHour).toBe(30);
    expect(settings.friction).toEqual({
      lowCsatAtMost: 2,
      highEffortAtLeast: 5,
      negativeSentimentBelow: -0.3,
      maxAgentsPerJourney: 2,
    });
    expect(settings.channels.phone).toEqual({
      costPerContact: 8,
      serviceLevelSeconds: 20,
      serviceLevelShare: 0.8,
      hours: { weekdays: [1, 2, 3, 4, 5], opens: '08:00', closes: '20:00' },
    });
    expect(settings.channels.web).toEqual({
      costPerContact: 0.1,
      serviceLevelSeconds: null,
      serviceLevelShare: null,
      hours: null,
    });
    for (const definition of CHANNEL_CATALOGUE) {
      expect(channelCost(settings, definition.channel)).toBe(definition.costPerContact);
    }
  });

  it('returns a copy that does not share the catalogue hours', () => {
    defaultJourneySettings().channels.phone.hours?.weekdays.push(6);
    expect(defaultJourneySettings().channels.phone.hours?.weekdays).toEqual([1, 2, 3, 4, 5]);
  });
});

describe(journeySettings.name, () => {
  it('merges channel and friction settings field by field', () => {
    const settings = journeySettings({
      timeZone: 'Europe/London',
      channels: { phone: { costPerContact: 10 } },
      friction: { lowCsatAtMost: 1 },
    });
    expect(settings.timeZone).toBe('Europe/London');
    expect(settings.channels.phone.costPerContact).toBe(10);
    expect(settings.channels.phone.serviceLevelSeconds).toBe(20);
    expect(settings.friction.lowCsatAtMost).toBe(1);
    expect(settings.friction.highEffortAtLeast).toBe(5);
  });
});

describe(serviceLevelTarget.name, () => {
  const contact = (fields: Partial<StitchedTouchpoint> = {}) => ({
    channel: 'phone' as const,
    interactionType: 'billing' as const,
    segment: { tier: 'gold', region: 'north', attributes: { vip: true } },
    ...fields,
  });

  it('falls back to the channel target without overrides', () => {
    expect(serviceLevelTarget(defaultJourneySettings(), contact())).toBe(20);
    expect(serviceLevelTarget(defaultJourneySettings(), contact({ channel: 'store' }))).toBeNull();
  });

  it('takes the most specific matching override per field', () => {
    const settings = journeySettings({
      overrides: [
        {
          match: { channel: 'phone', interactionType: 'billing', segment: { tier: 'gold' } },
          serviceLevelSeconds: 5,
        },
        {
          match: { channel: 'phone', segment: { tier: 'gold' } },
          serviceLevelSeconds: 10,
          serviceLevelShare: 0.9,
        },
        { match: { channel: 'phone' }, serviceLevelSeconds: 15 },
      ],
    });
    expect(serviceLevelTarget(settings, contact())).toBe(5);
    expect(serviceLevelShare(settings, contact())).toBe(0.9);
    expect(serviceLevelTarget(settings, contact({ interactionType: 'inquiry' }))).toBe(10);
    expect(serviceLevelTarget(settings, contact({ segment: { tier: 'standard' } }))).toBe(15);
    expect(serviceLevelTarget(settings, contact({ channel: 'chat' }))).toBe(60);
  });

  it('lets the later of two equally specific overrides win, and null removes a target', () => {
    const settings = journeySettings({
      overrides: [
        { match: { segment: { region: 'north' } }, serviceLevelSeconds: 30 },
        { match: { segment: { vip: 'true' } }, serviceLevelSeconds: null },
      ],
    });
    expect(serviceLevelTarget(settings, contact())).toBeNull();
    expect(serviceLevelTarget(settings, contact({ segment: { region: 'north' } }))).toBe(30);
  });
});

describe(operatingHours.name, () => {
  it('overrides hours per interaction type and keeps channel hours otherwise', () => {
    const weekend = { weekdays: [6, 7] as (6 | 7)[], opens: '09:00', closes: '17:00' };
    const settings = journeySettings({
      overrides: [{ match: { interactionType: 'complaint' }, hours: weekend }],
    });
    const phone = { channel: 'phone' as const, interactionType: 'complaint' as const };
    expect(operatingHours(settings, phone)).toEqual(weekend);
    expect(operatingHours(settings, { ...phone, interactionType: 'billing' })).toEqual(
      settings.channels.phone.hours,
    );
  });
});
