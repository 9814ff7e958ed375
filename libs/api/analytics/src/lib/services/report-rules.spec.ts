import type { MetricFractionDto } from '@journey-atlas/shared/domain';
import {
  addMonths,
  agentVsTeam,
  compareMonth,
  defaultReportMonth,
  metricChange,
  monthRange,
  parseMonth,
  rankChanges,
  twoProportionZ,
} from './report-rules';

const f = (numerator: number, denominator: number): MetricFractionDto => ({
  value: denominator === 0 ? null : numerator / denominator,
  numerator,
  denominator,
});

const FCR = { name: 'fcr', label: 'FCR', unit: 'ratio', betterWhen: 'higher' as const };
const AHT = { name: 'aht', label: 'AHT', unit: 'seconds', betterWhen: 'lower' as const };
const NPS = { name: 'nps', label: 'NPS', unit: 'ratio', betterWhen: 'higher' as const };

describe('report months', () => {
  it('parses only real calendar months', () => {
    expect(parseMonth('2026-10')).toEqual([2026, 10]);
    for (const bad of ['2026-13', '2026-00', '2026-1', '26-10', '2026-10-01', 'october']) {
      expect(parseMonth(bad)).toBeNull();
    }
  });

  it('moves across year ends', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-03', -14)).toBe('2025-01');
    expect(monthRange('2026-02', 3)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('defaults to the last full month in the data', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    expect(defaultReportMonth('2026-07', '2026-11', now)).toBe('2026-10');
    // All data in one month: that month, though it may not be over.
    expect(defaultReportMonth('2026-11', '2026-11', now)).toBe('2026-11');
    expect(defaultReportMonth(null, null, now)).toBe('2026-10');
  });
});

describe(metricChange.name, () => {
  it('reports a large, well-supported drop in a rate as significant and worse', () => {
    const change = metricChange(FCR, f(300, 1000), f(400, 1000));
    expect(change).toMatchObject({
      value: 0.3,
      change: expect.closeTo(-0.1, 9),
      direction: 'down',
      improved: false,
      relativeChange: expect.closeTo(-0.25, 9),
      significant: true,
      reason: 'worse: down by 25%',
    });
  });

  it('says lower is better for handle time', () => {
    const change = metricChange(AHT, f(300 * 50, 50), f(400 * 50, 50));
    expect(change).toMatchObject({ direction: 'down', improved: true, significant: true });
    expect(change.reason).toBe('better: down by 25%');
  });

  it('needs enough data in both windows', () => {
    const change = metricChange(FCR, f(1, 10), f(9, 10));
    expect(change.significant).toBe(false);
    expect(change.reason).toBe('too little data (10 < 30)');
  });

  it('needs a relative change of at least 5%', () => {
    const change = metricChange(AHT, f(402 * 100, 100), f(400 * 100, 100));
    expect(change.significant).toBe(false);
    expect(change.reason).toBe('change of 0.5% is below 5%');
  });

  it('needs a rate change beyond chance (two-proportion z-test)', () => {
    // 50% -> 56% on 40 each: 12% relative, but |z| is about 0.54.
    const change = metricChange(FCR, f(22.4, 40), f(20, 40));
    expect(Math.abs(twoProportionZ(f(22.4, 40), f(20, 40)))).toBeLessThan(1.96);
    expect(change.significant).toBe(false);
    expect(change.reason).toBe('within chance (|z| < 1.96)');
  });

  it('does not z-test NPS, which is not a share', () => {
    expect(metricChange(NPS, f(10, 40), f(5, 40)).significant).toBe(true);
  });

  it('keeps changes from zero and missing windows apart', () => {
    expect(metricChange(FCR, f(20, 40), f(0, 40))).toMatchObject({
      relativeChange: null,
      significant: true,
      reason: 'better: up from zero',
    });
    expect(metricChange(FCR, f(20, 40), f(0, 0))).toMatchObject({
      change: null,
      significant: false,
      reason: 'no value in one window',
    });
    expect(metricChange(FCR, f(20, 40), f(20, 40))).toMatchObject({
      direction: 'flat',
      significant: false,
      reason: 'no change',
    });
  });
});

describe(rankChanges.name, () => {
  it('puts significant changes first, each group largest first', () => {
    const ranked = rankChanges([
      metricChange({ ...FCR, name: 'small' }, f(1, 10), f(9, 10)), // not significant, huge
      metricChange({ ...AHT, name: 'aht10' }, f(440 * 50, 50), f(400 * 50, 50)),
      metricChange({ ...AHT, name: 'aht50' }, f(600 * 50, 50), f(400 * 50, 50)),
      metricChange({ ...FCR, name: 'zero' }, f(20, 40), f(0, 40)),
      metricChange({ ...FCR, name: 'none' }, f(20, 40), f(0, 0)),
      metricChange({ ...FCR, name: 'flat' }, f(20, 40), f(20, 40)),
    ]);
    expect(ranked.map((c) => c.name)).toEqual(['zero', 'aht50', 'aht10', 'small', 'flat', 'none']);
  });
});

describe('comparisons', () => {
  it('compares the chosen month with an earlier one', () => {
    expect(compareMonth('2026-09', f(3, 4), f(1, 2), 'higher')).toEqual({
      month: '2026-09',
      value: 0.5,
      change: 0.25,
      direction: 'up',
      improved: true,
    });
    expect(compareMonth('2026-08', f(3, 4), f(0, 0), 'higher')).toMatchObject({
      value: null,
      change: null,
      improved: null,
    });
  });

  it('puts the agent on the better or worse side of the team', () => {
    expect(agentVsTeam(f(300, 1), f(400, 1), 'lower')).toEqual({ difference: -100, better: true });
    expect(agentVsTeam(f(1, 2), f(3, 4), 'higher')).toEqual({ difference: -0.25, better: false });
    expect(agentVsTeam(f(1, 2), f(2, 4), 'higher')).toEqual({ difference: 0, better: null });
  });
});
