import { toCsv } from './csv';

describe(toCsv.name, () => {
  it('writes a header of every key and quotes what needs it', () => {
    expect(
      toCsv([
        { path: ['web', 'phone'], count: 2, note: 'a, "b"' },
        { path: ['app'], count: 1, extra: null },
      ]),
    ).toBe('path,count,note,extra\r\nweb > phone,2,"a, ""b""",\r\napp,1,,\r\n');
  });

  it('defuses spreadsheet formulas in text but not in numbers', () => {
    expect(toCsv([{ intent: '=HYPERLINK("x")', change: -0.5 }])).toBe(
      `intent,change\r\n"'=HYPERLINK(""x"")",-0.5\r\n`,
    );
  });
});
