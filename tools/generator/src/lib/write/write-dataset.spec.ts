import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { generateDataset } from '../model/dataset';
import type { GroundTruth, PersonIdentities } from '../model/ground-truth';
import { CSV_COLUMNS } from './csv';
import { writeDataset } from './write-dataset';

describe(writeDataset.name, () => {
  const options = { seed: 8, start: new Date('2026-07-01T00:00:00Z'), days: 60, customers: 300 };
  let dir = '';

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'generator-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const lines = async (file: string): Promise<string[]> =>
    (await readFile(file, 'utf8')).split('\n').filter((line) => line !== '');

  it('writes NDJSON touchpoints, customers, identities and ground truth in one pass', async () => {
    const progress: number[] = [];
    const result = await writeDataset(
      generateDataset(options),
      dir,
      'ndjson',
      (count) => progress.push(count),
      200,
    );
    const expected = [...generateDataset(options).touchpoints()];
    const written = (await lines(result.files.touchpoints)).map((line) => JSON.parse(line));
    expect(written).toEqual(expected);
    expect(await lines(result.files.customers)).toHaveLength(300);
    const identities = (await lines(result.files.identities)).map(
      (line) => JSON.parse(line) as PersonIdentities,
    );
    expect(identities.map((identity) => identity.person)).toEqual([...Array(300).keys()]);
    const truth = JSON.parse(await readFile(result.files.groundTruth, 'utf8')) as GroundTruth;
    expect(truth).toEqual(generateDataset(options).groundTruth());
    expect(truth.touchpoints).toBe(expected.length);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress[progress.length - 1]).toBe(expected.length);
  });

  it('writes CSV with the canonical header and one row per touchpoint', async () => {
    const result = await writeDataset(generateDataset(options), dir, 'csv');
    const rows = parse(await readFile(result.files.touchpoints, 'utf8'), {
      columns: true,
    }) as Record<string, string>[];
    expect(result.files.touchpoints.endsWith('touchpoints.csv')).toBe(true);
    expect(Object.keys(rows[0])).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(result.groundTruth.touchpoints);
    const ivr = rows.find((row) => row['channel'] === 'ivr');
    expect(ivr?.['ivrPath']).toMatch(/^main>/);
  });
});
