import { channelLabel, describePath, formatDuration, formatShare, formatUsd } from './path-format';

describe('path formatting', () => {
  it('names channels from the catalogue', () => {
    expect(channelLabel('phone')).toBe('Phone');
    expect(channelLabel('carrier-pigeon')).toBe('carrier-pigeon');
    expect(describePath(['web', 'phone'])).toBe('Web, then Phone');
  });

  it('formats share, money and durations', () => {
    expect(formatShare(0.1234)).toBe('12.3%');
    expect(formatShare(1)).toBe('100%');
    expect(formatUsd(8.5)).toBe('$8.50');
    expect(formatDuration(42.4)).toBe('42 s');
    expect(formatDuration(150)).toBe('2.5 min');
    expect(formatDuration(5400)).toBe('1.5 h');
    expect(formatDuration(3 * 86_400)).toBe('3 d');
  });
});
