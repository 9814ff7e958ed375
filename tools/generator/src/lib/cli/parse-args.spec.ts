import { DEFAULTS, UsageError, parseCliArgs } from './parse-args';

describe(parseCliArgs.name, () => {
  it('applies defaults', () => {
    const options = parseCliArgs([]);
    expect(options).toMatchObject({ out: DEFAULTS.out, format: 'ndjson', help: false });
    expect(options.dataset).toEqual({
      customers: 20_000,
      seed: 42,
      days: 120,
      start: new Date('2026-07-01T00:00:00Z'),
    });
  });

  it('reads every flag', () => {
    const options = parseCliArgs([
      '--touchpoints',
      '1_000_000',
      '--seed',
      '7',
      '--out',
      'tmp/x',
      '--format',
      'csv',
      '--start',
      '2026-01-15',
      '--days',
      '30',
    ]);
    expect(options.dataset).toEqual({
      touchpoints: 1_000_000,
      seed: 7,
      days: 30,
      start: new Date('2026-01-15T00:00:00Z'),
    });
    expect(options).toMatchObject({ out: 'tmp/x', format: 'csv' });
  });

  it.each([
    [['--customers', 'many'], /--customers must be a whole number from 1/],
    [['--customers', '0'], /--customers/],
    [['--touchpoints', '-5'], /--touchpoints/],
    [['--seed', '1.5'], /--seed/],
    [['--format', 'xml'], /--format must be one of: ndjson, csv/],
    [['--start', '2026-02-30'], /--start must be a date YYYY-MM-DD/],
    [['--days', '0'], /--days/],
    [['--customers', '5', '--touchpoints', '5'], /give only one/],
    [['--colour', 'red'], /Unknown option '--colour'/],
    [['--seed'], /--seed/],
  ])('rejects %j naming the flag', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
