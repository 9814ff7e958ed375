import { formatCount, formatGap, formatShare } from './sankey-format';

describe('sankey formatting', () => {
  it('formats counts with thousands separators', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it('gives small shares one decimal and others none', () => {
    expect(formatShare(0.0625)).toBe('6.3%');
    expect(formatShare(0.375)).toBe('38%');
    expect(formatShare(0)).toBe('0%');
    expect(formatShare(Number.NaN)).toBe('–');
  });

  it('picks minutes, hours or days for gaps', () => {
    expect(formatGap(0.5)).toBe('30 min');
    expect(formatGap(2.5)).toBe('2.5 h');
    expect(formatGap(30)).toBe('30 h');
    expect(formatGap(72)).toBe('3 d');
    expect(formatGap(null)).toBe('–');
  });
});
