import { lastDay, overviewPeriod, periodDays } from './overview-period';

describe(overviewPeriod.name, () => {
  const today = new Date(2026, 10, 25, 15, 30);

  it('defaults to the last 30 days ending today', () => {
    const period = overviewPeriod({ from: null, to: null }, today);
    expect(period).toEqual({ from: '2026-10-27', to: '2026-11-26', isDefault: true });
    expect(lastDay(period)).toBe('2026-11-25');
  });

  it('keeps the filter bar’s dates', () => {
    expect(overviewPeriod({ from: '2026-01-01', to: '2026-02-01' }, today)).toEqual({
      from: '2026-01-01',
      to: '2026-02-01',
      isDefault: false,
    });
  });

  it('fills one missing bound from the other', () => {
    expect(overviewPeriod({ from: '2026-11-01', to: null }, today)).toEqual({
      from: '2026-11-01',
      to: '2026-11-26',
      isDefault: false,
    });
    expect(overviewPeriod({ from: null, to: '2026-03-01' }, today)).toEqual({
      from: '2026-01-30',
      to: '2026-03-01',
      isDefault: false,
    });
  });
});

describe(periodDays.name, () => {
  it('counts calendar days, across a DST change too', () => {
    expect(periodDays({ from: '2026-10-27', to: '2026-11-26', isDefault: true })).toBe(30);
    expect(periodDays({ from: '2026-03-01', to: '2026-04-01', isDefault: false })).toBe(31);
  });
});
