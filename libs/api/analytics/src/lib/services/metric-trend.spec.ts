import { fraction, withTrend } from './metric-trend';

describe(withTrend.name, () => {
  const current = { value: 0.5, numerator: 1, denominator: 2 };

  it('says whether a change goes the better way', () => {
    const previous = { value: 0.25, numerator: 1, denominator: 4 };
    expect(withTrend(current, previous, 'higher')).toMatchObject({
      change: 0.25,
      direction: 'up',
      improved: true,
    });
    expect(withTrend(current, previous, 'lower')).toMatchObject({ improved: false });
    expect(withTrend(current, current, 'lower')).toMatchObject({
      direction: 'flat',
      improved: null,
    });
  });

  it('has no trend without a previous window or value', () => {
    expect(withTrend(current, undefined, 'higher')).toMatchObject({ previous: null, change: null });
    const empty = fraction(undefined, 'fcr');
    expect(empty).toEqual({ value: null, numerator: 0, denominator: 0 });
    expect(withTrend(current, empty, 'higher')).toMatchObject({ previous: empty, change: null });
  });
});
