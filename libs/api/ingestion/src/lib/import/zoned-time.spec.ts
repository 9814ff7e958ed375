import { resolveTimestamp, withZoneOffset, zoneOffsetMinutes } from './zoned-time';

describe(resolveTimestamp.name, () => {
  const amsterdam = { timeZone: 'Europe/Amsterdam', timeOfDay: '12:00' };

  it('leaves timestamps with an offset alone', () => {
    expect(resolveTimestamp('2026-03-01T10:22:00Z', amsterdam)).toEqual({
      value: '2026-03-01T10:22:00Z',
    });
  });

  it('completes a date-only value with the time of day and the zone offset (winter and summer)', () => {
    expect(resolveTimestamp('2016-01-12', amsterdam)).toEqual({
      value: '2016-01-12T12:00:00+01:00',
      assumption: { given: '2016-01-12', timeZone: 'Europe/Amsterdam', timeOfDay: '12:00' },
    });
    expect(resolveTimestamp('2015-07-03', amsterdam).value).toBe('2015-07-03T12:00:00+02:00');
  });

  it('gives an offset-less time the zone offset', () => {
    expect(resolveTimestamp('2026-03-01 09:30:15', { timeZone: 'America/New_York' })).toEqual({
      value: '2026-03-01T09:30:15-05:00',
      assumption: { given: '2026-03-01 09:30:15', timeZone: 'America/New_York' },
    });
  });

  it('assumes nothing without a mapping, or a date without a time of day', () => {
    expect(resolveTimestamp('2016-01-12', undefined)).toEqual({ value: '2016-01-12' });
    expect(resolveTimestamp('2016-01-12', { timeZone: 'UTC' })).toEqual({ value: '2016-01-12' });
    expect(resolveTimestamp('12/01/2016', amsterdam)).toEqual({ value: '12/01/2016' });
  });

  it('handles zones with half hours and the hour after a DST change', () => {
    expect(zoneOffsetMinutes(Date.UTC(2026, 0, 1), 'Asia/Kolkata')).toBe(330);
    expect(withZoneOffset('2026-03-29T03:30:00', 'Europe/Amsterdam')).toBe(
      '2026-03-29T03:30:00+02:00',
    );
  });
});
