import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';

describe(runCli.name, () => {
  let stderr: jest.SpyInstance;
  let stdout: jest.SpyInstance;

  beforeEach(() => {
    stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });
  afterEach(() => jest.restoreAllMocks());

  it('exits with 2 and names the flag on a bad command line', async () => {
    expect(await runCli(['--format', 'xml'])).toBe(2);
    expect(String(stderr.mock.calls[0][0])).toContain('--format must be one of: ndjson, csv');
  });

  it('writes the four files and prints a summary', async () => {
    const out = await mkdtemp(join(tmpdir(), 'generator-cli-'));
    try {
      expect(await runCli(['--customers', '50', '--out', out])).toBe(0);
      expect((await readdir(out)).sort()).toEqual([
        'customers.ndjson',
        'ground-truth.json',
        'identities.ndjson',
        'touchpoints.ndjson',
      ]);
      expect(String(stdout.mock.calls[0][0])).toMatch(/Generated \d+ touchpoints for 50 persons/);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
