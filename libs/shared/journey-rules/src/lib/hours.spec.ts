import { clockSeconds, isOpenAt, localTime } from './hours';

const WEEKDAYS = {
  weekdays: [1, 2, 3, 4, 5] as (1 | 2 | 3 | 4 | 5)[],
  opens: '08:00',
  closes: '20:00',
};
const at = (iso: string) => Date.parse(iso);

describe(isOpenAt.name, () => {
  it('opens at exactly 08:00 and closes at exactly 20:00 (UTC)', () => {
    expect(isOpenAt(at('2026-11-23T07:59:59.999Z'), WEEKDAYS, 'UTC')).toBe(false);
    expect(isOpenAt(at('2026-11-23T08:00:00.000Z'), WEEKDAYS, 'UTC')).toBe(true);
    expect(isOpenAt(at('2026-11-23T19:59:59.999Z'), WEEKDAYS, 'UTC')).toBe(true);
    expect(isOpenAt(at('2026-11-23T20:00:00.000Z'), WEEKDAYS, 'UTC')).toBe(false);
  });

  it('is closed on the weekend and always open without hours', () => {
    expect(isOpenAt(at('2026-11-28T12:00:00Z'), WEEKDAYS, 'UTC')).toBe(false);
    expect(isOpenAt(at('2026-11-28T12:00:00Z'), null, 'UTC')).toBe(true);
  });

  it('reads the clock in the workspace time zone (Europe/London in summer is UTC+1)', () => {
    // Wednesday 1 July 2026: 08:00 BST is 07:00 UTC, 20:00 BST is 19:00 UTC.
    expect(isOpenAt(at('2026-07-01T06:59:59Z'), WEEKDAYS, 'Europe/London')).toBe(false);
    expect(isOpenAt(at('2026-07-01T07:00:00Z'), WEEKDAYS, 'Europe/London')).toBe(true);
    expect(isOpenAt(at('2026-07-01T18:59:59Z'), WEEKDAYS, 'Europe/London')).toBe(true);
    expect(isOpenAt(at('2026-07-01T19:00:00Z'), WEEKDAYS, 'Europe/London')).toBe(false);
    expect(isOpenAt(at('2026-07-01T19:30:00Z'), WEEKDAYS, 'UTC')).toBe(true);
  });

  it('uses the local weekday when the zone has crossed midnight', () => {
    // Friday 23:30 UTC is Saturday 08:30 in Tokyo.
    expect(isOpenAt(at('2026-11-27T23:30:00Z'), WEEKDAYS, 'Asia/Tokyo')).toBe(false);
    // Sunday 23:30 UTC is Monday 08:30 in Tokyo.
    expect(isOpenAt(at('2026-11-29T23:30:00Z'), WEEKDAYS, 'Asia/Tokyo')).toBe(true);
  });

  it('never opens a window that would wrap midnight', () => {
    const overnight = { weekdays: WEEKDAYS.weekdays, opens: '22:00', closes: '06:00' };
    expect(isOpenAt(at('2026-11-23T23:00:00Z'), overnight, 'UTC')).toBe(false);
  });
});

describe(localTime.name, () => {
  it('gives the ISO weekday and seconds of day with milliseconds', () => {
    expect(localTime(at('2026-11-29T01:02:03.500Z'), 'UTC')).toEqual({
      weekday: 7,
      secondsOfDay: 3723.5,
    });
  });
});

describe(clockSeconds.name, () => {
  it('parses HH:MM up to 24:00 and rejects anything else', () => {
    expect(clockSeconds('08:30')).toBe(30600);
    expect(clockSeconds('24:00')).toBe(86400);
    expect(() => clockSeconds('8:30')).toThrow();
    expect(() => clockSeconds('24:01')).toThrow();
    expect(() => clockSeconds('10:60')).toThrow();
  });
});
