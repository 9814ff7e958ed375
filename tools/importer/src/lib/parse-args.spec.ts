import { DEFAULT_URL, UsageError, parseImporterArgs } from './parse-args';

describe(parseImporterArgs.name, () => {
  it('takes one file and the optional flags, in either --flag value or --flag=value form', () => {
    expect(parseImporterArgs(['data/x.csv'])).toEqual({
      file: 'data/x.csv',
      format: 'csv',
      url: DEFAULT_URL,
      help: false,
    });
    expect(
      parseImporterArgs([
        'x.jsonl',
        '--mapping',
        'm.json',
        '--workspace=acme',
        '--url',
        'http://localhost:4000/',
      ]),
    ).toEqual({
      file: 'x.jsonl',
      format: 'ndjson',
      mapping: 'm.json',
      workspace: 'acme',
      url: 'http://localhost:4000',
      help: false,
    });
    expect(parseImporterArgs(['export.dat', '--format', 'ndjson']).format).toBe('ndjson');
  });

  it('answers --help without a file', () => {
    expect(parseImporterArgs(['--help']).help).toBe(true);
  });

  it.each([
    [[], 'Name the file to import'],
    [['a.csv', 'b.csv'], 'one file at a time'],
    [['a.csv', '--bogus'], "Unknown option '--bogus'"],
    [['a.pdf'], 'add --format csv|ndjson'],
    [['a.csv', '--format', 'xml'], '--format must be one of: csv, ndjson'],
    [['a.csv', '--url', 'localhost:3000'], '--url must be an http(s) URL'],
    [['a.csv', '--workspace', 'no spaces'], '--workspace must be a workspace slug'],
  ])('rejects %j with a usage error naming the problem', (argv, message) => {
    expect(() => parseImporterArgs(argv)).toThrow(UsageError);
    expect(() => parseImporterArgs(argv)).toThrow(message);
  });
});
