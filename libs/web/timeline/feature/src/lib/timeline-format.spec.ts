import { timelineFixture } from '@journey-atlas/web/timeline/data-access';
import { profileFacts } from './profile-facts';
import { channelLabel, formatDateTime, formatSeconds, frictionInfo } from './timeline-format';

const { PROFILE, TIMELINE } = timelineFixture;

describe(formatSeconds.name, () => {
  it('reads as minutes and hours, and a dash when unknown', () => {
    expect(formatSeconds(null)).toBe('–');
    expect(formatSeconds(45)).toBe('45 s');
    expect(formatSeconds(95)).toBe('1 min 35 s');
    expect(formatSeconds(420)).toBe('7 min');
    expect(formatSeconds(7500)).toBe('2 h 5 min');
  });
});

describe(frictionInfo.name, () => {
  it('names the rule of a known friction type and says so for an unknown one', () => {
    expect(frictionInfo('long_wait').label).toBe('Long wait');
    expect(frictionInfo('custom_thing')).toEqual({
      label: 'custom_thing',
      rule: 'a friction rule of this workspace',
    });
  });

  it('labels channels and times in UTC', () => {
    expect(channelLabel('field_service')).toBe('Field service');
    expect(channelLabel('pigeon')).toBe('pigeon');
    expect(formatDateTime('2026-11-23T12:00:00.000Z')).toBe('23 Nov 2026, 12:00 UTC');
  });
});

describe(profileFacts.name, () => {
  it('lists counts, segments and masked identifiers', () => {
    const facts = Object.fromEntries(
      profileFacts(PROFILE, TIMELINE).map((f) => [f.label, f.value]),
    );
    expect(facts).toEqual({
      Touchpoints: '3',
      Journeys: '2',
      Region: 'North',
      Tier: 'Gold',
      'Value band': '–',
      Identifiers: 'email a***@x.com',
    });
  });
});
