import { METRIC_NAMES } from '@journey-atlas/shared/journey-rules';
import { METRIC_TEST_KIND, compareMetric, compareShares } from './segment-significance';

const fraction = (numerator: number, denominator: number, sumSquares: number | null = null) => ({
  value: denominator === 0 ? null : numerator / denominator,
  numerator,
  denominator,
  sumSquares,
});

describe(compareMetric.name, () => {
  it('tests a rate with the two-proportion z-test', () => {
    const fcr = compareMetric('fcr', fraction(60, 100), fraction(50, 100), 0.05);
    expect(fcr).toMatchObject({ kind: 'rate', aBetter: true, a: { standardDeviation: null } });
    expect(fcr.difference).toBeCloseTo(0.1, 12);
    expect(fcr.significance).toMatchObject({
      test: 'two_proportion_z',
      significant: false,
      reason: null,
    });
    expect(fcr.significance.statistic).toBeCloseTo(1.4213381, 6);
  });

  it('tests a mean with Welch from its sum of squares', () => {
    // a: 2, 4, 4, 4, 5, 5, 7, 9 (mean 5, variance 32/7); b: 1, 1, 1, 2 (lower is better for aht)
    const aht = compareMetric('aht', fraction(40, 8, 232), fraction(5, 4, 7), 0.05);
    expect(aht.kind).toBe('mean');
    expect(aht.a.standardDeviation).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(aht.aBetter).toBe(false);
    expect(aht.significance.test).toBe('welch_t');
    expect(aht.significance.significant).toBe(true);
  });

  it('says why a metric is not tested', () => {
    expect(
      compareMetric('conversations_per_agent', fraction(10, 2), fraction(9, 3), 0.05).significance,
    ).toMatchObject({
      test: null,
      significant: false,
      reason: expect.stringContaining('not tested'),
    });
    expect(compareMetric('csat', fraction(0, 0), fraction(3, 4), 0.05).significance).toMatchObject({
      test: null,
      reason: 'a side has no observations',
    });
    expect(
      compareMetric('ces', fraction(5, 1, 25), fraction(9, 3, 27), 0.05).significance.reason,
    ).toBe('a side has fewer than 2 observations');
  });

  it('classifies every metric', () => {
    expect(Object.keys(METRIC_TEST_KIND).sort()).toEqual([...METRIC_NAMES].sort());
  });
});

describe(compareShares.name, () => {
  it('compares count / total on each side', () => {
    const row = compareShares({ count: 60, total: 100 }, { count: 50, total: 100 }, 0.05);
    expect(row.a).toEqual({ count: 60, share: 0.6 });
    expect(row.b).toEqual({ count: 50, share: 0.5 });
    expect(row.significance.pValue).toBeCloseTo(0.1552185, 6);
    expect(compareShares({ count: 0, total: 0 }, { count: 1, total: 2 }, 0.05)).toMatchObject({
      a: { share: null },
      difference: null,
      significance: { test: null },
    });
  });
});
