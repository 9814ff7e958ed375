import type { GoalTreeNodeDto } from '@journey-atlas/shared/domain';
import { actualText, periodText, targetText, trendText } from './pyramid-format';

const node = (partial: Partial<GoalTreeNodeDto>) => partial as GoalTreeNodeDto;

describe(periodText.name, () => {
  it('shows the last day included', () => {
    expect(periodText('2026-10-28T00:00:00.000Z', '2026-11-27T00:00:00.000Z')).toBe(
      '2026-10-28 to 2026-11-26',
    );
    expect(periodText(null, null)).toBe('all time');
    expect(periodText('2026-10-28T00:00:00.000Z', null)).toBe('from 2026-10-28');
  });
});

describe(actualText.name, () => {
  it('formats in the metric’s unit', () => {
    expect(actualText(node({ unit: 'seconds', actual: { value: 250 } as never }))).toBe('4.2 min');
    expect(actualText(node({ unit: null, actual: null }))).toBe('—');
    expect(actualText(node({ unit: 'ratio', actual: null }))).toBe('—');
  });
});

describe(targetText.name, () => {
  it('joins target and date', () => {
    expect(targetText(node({ unit: 'usd', target: 4, targetDate: null }))).toBe('target $4.00');
    expect(targetText(node({ unit: null, target: null, targetDate: '2027-01-01' }))).toBe(
      'by 2027-01-01',
    );
  });
});

describe(trendText.name, () => {
  it('is empty without a previous period', () => {
    const actual = { value: 1, change: null, direction: null, improved: null } as never;
    expect(trendText(node({ unit: 'ratio', actual })).text).toBe('');
  });

  it('reads worse for a lower-is-better metric going up', () => {
    const actual = { value: 300, change: 20, direction: 'up', improved: false } as never;
    expect(trendText(node({ unit: 'seconds', actual }))).toEqual(
      expect.objectContaining({ text: '▲ +20 s', tone: 'worse' }),
    );
  });
});
