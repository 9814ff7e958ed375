import {
  MIN_BASELINE_SD,
  baselineStats,
  judgeBaseline,
  judgeThreshold,
  lastDays,
  periodCounts,
} from './baseline';

describe(baselineStats.name, () => {
  it('has no baseline without history', () => {
    expect(baselineStats([])).toBeNull();
  });

  it('gives the mean and the sample standard deviation', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squares 32, sample variance 32 / 7.
    const stats = baselineStats([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(stats?.mean).toBe(5);
    expect(stats?.sd).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(stats?.periods).toBe(8);
  });

  it('gives sd 0 for one period or a flat history', () => {
    expect(baselineStats([3])).toEqual({ periods: 1, mean: 3, sd: 0 });
    expect(baselineStats([4, 4, 4, 4])).toEqual({ periods: 4, mean: 4, sd: 0 });
  });
});

describe(judgeBaseline.name, () => {
  it('fires above mean + sigma x sd', () => {
    // history 10, 12, 14, 12: mean 12, sd sqrt(8/3) ~ 1.633; 3 sigma ~ 16.9.
    expect(judgeBaseline(17, [10, 12, 14, 12], 3)).toMatchObject({
      fires: true,
      value: 17,
      mean: 12,
    });
    const at16 = judgeBaseline(16, [10, 12, 14, 12], 3);
    expect(at16.fires).toBe(false);
    expect('threshold' in at16 && at16.threshold).toBeCloseTo(12 + 3 * Math.sqrt(8 / 3), 12);
  });

  it('does not judge without enough history', () => {
    expect(judgeBaseline(100, [], 3)).toEqual({
      fires: false,
      skipped: 'needs 2 complete periods of history, has 0',
    });
    expect(judgeBaseline(100, [1], 3)).toMatchObject({ fires: false, skipped: expect.any(String) });
  });

  it('floors a flat history at sd 1 so one extra transition is no alert', () => {
    expect(judgeBaseline(1, [0, 0, 0, 0], 3)).toMatchObject({
      fires: false,
      threshold: 3 * MIN_BASELINE_SD,
      sd: 0,
    });
    expect(judgeBaseline(4, [0, 0, 0, 0], 3)).toMatchObject({ fires: true, threshold: 3 });
  });

  it('never fires when the value equals the threshold', () => {
    expect(judgeBaseline(8, [5, 5], 3).fires).toBe(false);
    expect(judgeBaseline(8.01, [5, 5], 3).fires).toBe(true);
  });
});

describe(judgeThreshold.name, () => {
  it('compares above and below strictly', () => {
    expect(judgeThreshold(0.3, 'below', 0.4)).toEqual({
      fires: true,
      value: 0.3,
      threshold: 0.4,
      mean: null,
      sd: null,
    });
    expect(judgeThreshold(0.4, 'below', 0.4).fires).toBe(false);
    expect(judgeThreshold(0.5, 'above', 0.4).fires).toBe(true);
    expect(judgeThreshold(0.4, 'above', 0.4).fires).toBe(false);
  });

  it('does not fire without data', () => {
    expect(judgeThreshold(null, 'below', 0.4)).toEqual({
      fires: false,
      skipped: 'no data in the window',
    });
  });
});

describe(periodCounts.name, () => {
  it('sums days into the current period and the history periods', () => {
    const rows = [
      { daysAgo: 0, count: 2 },
      { daysAgo: 6, count: 1 },
      { daysAgo: 7, count: 4 },
      { daysAgo: 20, count: 5 }, // week 2: days 14-20
      { daysAgo: 35, count: 9 }, // beyond 4 weeks of history
    ];
    expect(periodCounts(rows, 7, 4, 40)).toEqual({ current: 3, history: [4, 5, 0, 0] });
  });

  it('leaves out history periods from before the first data day', () => {
    const rows = [{ daysAgo: 8, count: 3 }];
    // Data since 15 days ago: weeks 1 (days 7-13) is whole, week 2 (14-20) is not.
    expect(periodCounts(rows, 7, 4, 15)).toEqual({ current: 0, history: [3] });
    expect(periodCounts(rows, 7, 4, null)).toEqual({ current: 0, history: [] });
  });

  it('works by day', () => {
    const rows = [
      { daysAgo: 0, count: 5 },
      { daysAgo: 1, count: 1 },
      { daysAgo: 2, count: 2 },
    ];
    expect(periodCounts(rows, 1, 3, 10)).toEqual({ current: 5, history: [1, 2, 0] });
  });
});

describe(lastDays.name, () => {
  it('ends with today and reaches back whole days, across month ends', () => {
    expect(lastDays('2026-11-26', 7)).toEqual({ from: '2026-11-19', to: '2026-11-26' });
    expect(lastDays('2026-03-02', 30)).toEqual({ from: '2026-01-31', to: '2026-03-02' });
  });
});
