import type { AgentReportMetricDto, ReportPeriodDto } from '@journey-atlas/shared/domain';
import {
  agentDifferenceText,
  changeText,
  dollars,
  frictionLabel,
  monthLabel,
  periodOnlyText,
  periodText,
  relativeText,
  shortMonthLabel,
  verdict,
} from './report-format';

const MONTH: ReportPeriodDto = {
  from: '2026-10-01T04:00:00.000Z',
  to: '2026-11-01T04:00:00.000Z',
  previousFrom: '2026-09-01T04:00:00.000Z',
  previousTo: '2026-10-01T04:00:00.000Z',
  month: '2026-10',
  source: 'default',
};

describe('report format', () => {
  it('names months', () => {
    expect(monthLabel('2026-10')).toBe('October 2026');
    expect(shortMonthLabel('2026-01')).toBe('Jan 2026');
    expect(monthLabel('later')).toBe('later');
  });

  it('says what period a report covers', () => {
    expect(periodText(MONTH, { from: null, to: null })).toBe(
      'October 2026 vs September 2026 (the last full month in the data)',
    );
    expect(periodText({ ...MONTH, source: 'month' }, { from: null, to: null })).toBe(
      'October 2026 vs September 2026',
    );
    expect(
      periodText(
        { ...MONTH, month: null, source: 'range' },
        { from: '2026-10-01', to: '2026-10-15' },
      ),
    ).toBe('2026-10-01 up to 2026-10-15 vs the same length before');
    expect(periodOnlyText(MONTH, { from: null, to: null })).toBe(
      'October 2026 (the last full month in the data)',
    );
    expect(
      periodOnlyText(
        { ...MONTH, month: null, source: 'range' },
        { from: '2026-10-01', to: '2026-10-15' },
      ),
    ).toBe('2026-10-01 up to 2026-10-15');
  });

  it('writes changes in the metric unit and as a share', () => {
    expect(changeText(-0.07, 'ratio')).toBe('−7 pts');
    expect(changeText(30, 'seconds')).toBe('+30 s');
    expect(changeText(null, 'ratio')).toBe('—');
    expect(changeText(-0.0003, 'ratio')).toBe('±0 pts');
    expect(relativeText(-0.1458)).toBe('−14.6%');
    expect(relativeText(1.8)).toBe('+180%');
    expect(relativeText(null)).toBe('—');
  });

  it('reads a change as better or worse for the metric', () => {
    expect(verdict({ direction: 'down', improved: false })).toBe('worse');
    expect(verdict({ direction: 'down', improved: true })).toBe('better');
    expect(verdict({ direction: 'flat', improved: null })).toBe('unchanged');
    expect(verdict({ direction: null, improved: null })).toBe('no comparison');
  });

  it('puts the agent beside the team', () => {
    const aht: AgentReportMetricDto = {
      name: 'aht',
      label: 'Average handle time',
      unit: 'seconds',
      betterWhen: 'lower',
      agent: { value: 380, numerator: 380, denominator: 1 },
      team: { value: 410, numerator: 410, denominator: 1 },
      difference: -30,
      better: true,
    };
    expect(agentDifferenceText(aht)).toBe('−30 s vs team (better)');
    expect(agentDifferenceText({ ...aht, difference: null, better: null })).toBe('no comparison');
  });

  it('labels friction and money', () => {
    expect(frictionLabel('failed_containment')).toBe('Failed containment');
    expect(dollars(14100.5)).toBe('$14,101');
    expect(dollars(null)).toBe('—');
  });
});
