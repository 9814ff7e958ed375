import { csvField, pathsCsv } from './paths-csv';

describe(pathsCsv.name, () => {
  it('writes a header and one row per path, channels in order', () => {
    expect(
      pathsCsv([
        {
          path: ['web', 'chat', 'phone'],
          count: 12,
          share: 0.25,
          resolutionRate: 0.5,
          meanCost: 9.75,
          meanDurationSeconds: 3600,
        },
      ]),
    ).toBe(
      'path,journeys,share,resolution_rate,mean_cost_usd,mean_duration_seconds\r\n' +
        'web > chat > phone,12,0.25,0.5,9.75,3600\r\n',
    );
  });

  it('writes only the header without paths', () => {
    expect(pathsCsv([])).toBe(
      'path,journeys,share,resolution_rate,mean_cost_usd,mean_duration_seconds\r\n',
    );
  });
});

describe(csvField.name, () => {
  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField(-3)).toBe('-3');
  });
});
