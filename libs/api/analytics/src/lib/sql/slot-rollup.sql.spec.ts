import { keyRowsCover, wholeMonths } from './slot-rollup.sql';

const window = (lo: string, hi: string, currentFrom: string | null = null) => ({
  lo,
  hi,
  currentFrom,
});

describe('wholeMonths and keyRowsCover', () => {
  it('calls a window whole months when every bound is a first of a month', () => {
    expect(wholeMonths(window('2026-07-01', '2026-09-01', '2026-08-01'))).toBe(true);
    expect(wholeMonths(window('2026-07-01', '2026-09-01', '2026-08-15'))).toBe(false);
    expect(wholeMonths(window('2026-07-02', '2026-09-01'))).toBe(false);
  });

  it('lets reads per journey key use the slots over whole months only', () => {
    const midMonth = window('2026-07-01', '2026-07-15');
    expect(keyRowsCover(midMonth, false)).toBe(true);
    expect(keyRowsCover(midMonth, true)).toBe(false);
    expect(keyRowsCover(window('2026-07-01', '2026-08-01'), true)).toBe(true);
  });
});
