import { formatMetricDelta, formatMetricValue, metricChange } from './metric-format';

describe(formatMetricValue.name, () => {
  it('formats each unit', () => {
    expect(formatMetricValue(0.7234, 'ratio')).toBe('72.3%');
    expect(formatMetricValue(1, 'ratio')).toBe('100%');
    expect(formatMetricValue(4.2, 'usd')).toBe('$4.20');
    expect(formatMetricValue(1234.5, 'usd')).toBe('$1234.50');
    expect(formatMetricValue(45.4, 'seconds')).toBe('45 s');
    expect(formatMetricValue(4.25, 'seconds')).toBe('4.3 s');
    expect(formatMetricValue(270, 'seconds')).toBe('4.5 min');
    expect(formatMetricValue(5400, 'seconds')).toBe('1.5 h');
    expect(formatMetricValue(2.456, 'score')).toBe('2.46');
    expect(formatMetricValue(1234.56, 'count')).toBe('1,234.6');
  });

  it('shows a dash when there is no value', () => {
    expect(formatMetricValue(null, 'ratio')).toBe('—');
    expect(formatMetricValue(Number.NaN, 'usd')).toBe('—');
  });
});

describe(formatMetricDelta.name, () => {
  it('signs the change, ratios in percentage points', () => {
    expect(formatMetricDelta(0.031, 'ratio')).toBe('+3.1 pts');
    expect(formatMetricDelta(-0.25, 'usd')).toBe('−$0.25');
    expect(formatMetricDelta(0, 'score')).toBe('±0');
    expect(formatMetricDelta(-12, 'seconds')).toBe('−12 s');
  });
});

describe(metricChange.name, () => {
  it('pairs the arrow and sign with the verdict, not colour alone', () => {
    expect(metricChange({ change: -0.5, direction: 'down', improved: true, unit: 'usd' })).toEqual({
      arrow: '▼',
      text: '−$0.50',
      tone: 'better',
      description: 'down −$0.50 vs the previous period (better)',
    });
    expect(
      metricChange({ change: 0.02, direction: 'up', improved: false, unit: 'score' }).tone,
    ).toBe('worse');
    expect(metricChange({ change: 0, direction: 'flat', improved: null, unit: 'ratio' })).toEqual({
      arrow: '▶',
      text: '±0 pts',
      tone: 'neutral',
      description: 'flat ±0 pts vs the previous period (unchanged)',
    });
  });

  it('says when there is nothing to compare with', () => {
    expect(
      metricChange({ change: null, direction: null, improved: null, unit: 'ratio' }).description,
    ).toBe('No previous period to compare with');
  });
});
