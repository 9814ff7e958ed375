import { EMPTY_DEFINITION } from '@journey-atlas/web/segments/data-access';
import {
  attributeLabel,
  betterSide,
  describeDefinition,
  describePath,
  formatDifference,
  formatMetricValue,
  formatPValue,
  formatShare,
  pathText,
  significanceView,
} from './segment-format';

const tested = { statistic: 2.1, degreesOfFreedom: null, reason: null, smallSample: false };

describe('segment compare formatting', () => {
  it('formats values in their unit', () => {
    expect(formatMetricValue(0.7134, 'ratio')).toBe('71.3%');
    expect(formatMetricValue(95.04, 'seconds')).toBe('95 s');
    expect(formatMetricValue(402, 'seconds')).toBe('6.7 min');
    expect(formatMetricValue(8.5, 'usd')).toBe('$8.50');
    expect(formatMetricValue(2.456, 'count')).toBe('2.46');
    expect(formatMetricValue(null, 'ratio')).toBe('–');
  });

  it('formats differences with a sign, ratios in percentage points', () => {
    expect(formatDifference(0.07, 'ratio')).toBe('+7 pp');
    expect(formatDifference(-0.0123, 'ratio')).toBe('−1.2 pp');
    expect(formatDifference(-6, 'seconds')).toBe('−6 s');
    expect(formatDifference(-2358.5, 'seconds')).toBe('−39.3 min');
    expect(formatDifference(0.125, 'usd')).toBe('+$0.13');
    expect(formatDifference(0, 'count')).toBe('±0');
    expect(formatDifference(null, 'count')).toBe('–');
  });

  it('formats p-values and shares', () => {
    expect(formatPValue(0.00001)).toBe('p < 0.001');
    expect(formatPValue(0.0042)).toBe('p = 0.004');
    expect(formatPValue(0.156)).toBe('p = 0.16');
    expect(formatPValue(0.0496)).toBe('p = 0.050');
    expect(formatPValue(0.0494)).toBe('p = 0.049');
    expect(formatShare(0.25)).toBe('25%');
    expect(formatShare(null)).toBe('–');
  });

  it('marks significance in symbols and words', () => {
    expect(
      significanceView({ ...tested, test: 'two_proportion_z', pValue: 0.003, significant: true }),
    ).toEqual({ marker: '●', text: 'Significant (z-test, p = 0.003)', kind: 'significant' });
    expect(
      significanceView({ ...tested, test: 'welch_t', pValue: 0.4, significant: false }),
    ).toEqual({
      marker: '○',
      text: 'Could be noise (Welch t-test, p = 0.40)',
      kind: 'noise',
    });
    expect(
      significanceView({
        ...tested,
        test: 'welch_t',
        pValue: 0.02,
        significant: true,
        smallSample: true,
      }).text,
    ).toBe('Significant (Welch t-test, p = 0.020, small sample: rough)');
    expect(
      significanceView({
        test: null,
        statistic: null,
        degreesOfFreedom: null,
        pValue: null,
        significant: false,
        smallSample: false,
        reason: 'a side has no observations',
      }),
    ).toEqual({ marker: '–', text: 'Not tested: a side has no observations', kind: 'untested' });
  });

  it('describes sides, paths and the better side', () => {
    expect(describeDefinition({ ...EMPTY_DEFINITION, attribute: 'valueBand', value: 'high' })).toBe(
      'Value band = high',
    );
    expect(
      describeDefinition({
        ...EMPTY_DEFINITION,
        attribute: 'tier',
        value: 'gold',
        from: '2026-11-01',
      }),
    ).toBe('Tier = gold, 2026-11-01 to now');
    expect(describeDefinition(EMPTY_DEFINITION)).toBe('All journeys (the filter bar only)');
    expect(attributeLabel('plan')).toBe('plan');
    expect(pathText(['web', 'phone'])).toBe('Web → Phone');
    expect(describePath(['web', 'phone'])).toBe('Web, then Phone');
    const metric = { aBetter: true } as Parameters<typeof betterSide>[0];
    expect(betterSide(metric)).toBe('A better');
    expect(betterSide({ ...metric, aBetter: null })).toBe('');
  });
});
