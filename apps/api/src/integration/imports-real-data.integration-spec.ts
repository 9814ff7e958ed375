import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateDataset, writeDataset } from '@journey-atlas/generator';
import { DataSource } from 'typeorm';
import { IngestClient } from '../../test/ingest-client';
import { importFile } from '../../test/import-client';
import { startTestApp, type TestApp } from '../../test/test-app';

/** The real public logs live beside the clone (../shared/data from the repository root). */
const SHARED_DATA = path.resolve(__dirname, '../../../../../shared/data');
const BPI_MAPPING = path.resolve(
  __dirname,
  '../../../../libs/api/ingestion/src/lib/import/mappings/bpi2016-complaints.json',
);

describe('imports of real and generated files', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(async () => {
    await testApp?.close();
  });

  async function clientFor(workspace: string): Promise<{ client: IngestClient; id: string }> {
    const client = new IngestClient(testApp, workspace);
    return { client, id: await client.ensureWorkspace() };
  }

  const query = <T>(sql: string, params: unknown[]): Promise<T[]> =>
    testApp.app.get(DataSource).query(sql, params);

  it('imports the BPI 2016 complaints export (Latin-1, ;, CRLF, date-only) with its mapping', async () => {
    const { client, id } = await clientFor('imp-bpi2016');
    const file = await readFile(path.join(SHARED_DATA, 'BPI2016_Complaints.csv'));
    const mapping = await readFile(BPI_MAPPING, 'utf8');
    const job = await importFile(
      client,
      file,
      'text/csv',
      `mapping=${encodeURIComponent(mapping)}&name=BPI2016_Complaints.csv`,
    );
    expect(job).toMatchObject({
      status: 'done',
      detected: { encoding: 'windows-1252', delimiter: ';' },
      progress: { rowsRead: 289, accepted: 289, duplicates: 0, rejected: 0 },
    });
    // ComplaintTheme and friends in Dutch are left out on purpose (the _EN columns are kept).
    expect(job.detected?.ignoredColumns).toEqual([
      'ComplaintThemeID',
      'ComplaintSubthemeID',
      'ComplaintTopicID',
      'ComplaintTheme',
      'ComplaintSubtheme',
      'ComplaintTopic',
    ]);
    const [facts] = await query<Record<string, unknown>>(
      `SELECT count(*)::int AS touchpoints, count(DISTINCT customer_id)::int AS customers,
              min((occurred_at AT TIME ZONE 'Europe/Amsterdam')::date)::text AS first,
              max((occurred_at AT TIME ZONE 'Europe/Amsterdam')::date)::text AS last,
              count(*) FILTER (WHERE assumptions->'occurredAt'->>'timeOfDay' = '12:00'
                                 AND assumptions->'occurredAt'->>'timeZone' = 'Europe/Amsterdam')::int AS assumed,
              count(DISTINCT channel)::int AS channels
         FROM touchpoint WHERE workspace_id = $1`,
      [id],
    );
    expect(facts).toEqual({
      touchpoints: 289,
      customers: 226,
      first: '2015-07-03',
      last: '2016-02-28',
      assumed: 289,
      channels: expect.any(Number),
    });
    const profile = await client.get<{ touchpointCount: number }>(
      'customers',
      'identifier=accountId:1945807',
    );
    expect(profile.status).toBe(200);
    expect(profile.body.touchpointCount).toBeGreaterThanOrEqual(1);
  });

  it('stitches the generator’s ground truth: one customer per true person once shared identifiers are capped', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'journey-atlas-gt-'));
    try {
      // Seed 3 at 1,000 persons: every shared identifier (office line, kiosks) is used by
      // 7+ persons, more than any real person's identifier links (5), so a cap of 5 tells
      // them apart in the import's first batch.
      const dataset = generateDataset({
        customers: 1000,
        seed: 3,
        start: new Date('2026-01-01'),
        days: 90,
      });
      const { files, groundTruth } = await writeDataset(dataset, dir, 'csv');
      const { client, id } = await clientFor('imp-ground-truth');
      await client.get('customers', 'identifier=email:nobody@example.com'); // creates the settings row
      await query('UPDATE identity_settings SET identifier_cap = 5 WHERE workspace_id = $1', [id]);

      const job = await importFile(client, await readFile(files.touchpoints), 'text/csv');
      expect(job.progress).toMatchObject({ accepted: groundTruth.touchpoints, rejected: 0 });
      const [stitched] = await query<{ persons: number; blocked: number }>(
        `SELECT (SELECT count(*) FROM customer c
                  WHERE c.workspace_id = $1 AND c.merged_into_id IS NULL
                    AND EXISTS (SELECT 1 FROM customer_identifier ci
                                 WHERE ci.customer_id = c.id AND ci.merge_block IS NULL))::int AS persons,
                (SELECT count(*) FROM customer_identifier
                  WHERE workspace_id = $1 AND merge_block = 'cap')::int AS blocked`,
        [id],
      );
      // Customers holding only a blocked identifier (a kiosk's anonymous visits) are not persons.
      expect(stitched).toEqual({
        persons: groundTruth.persons,
        blocked: groundTruth.sharedIdentifiers.length,
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
