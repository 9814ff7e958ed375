import { IdentitySettingsService, WorkspaceLookupService } from '@journey-atlas/api/identity';
import { TouchpointWriterService } from '@journey-atlas/api/ingestion';
import { DemoDataService, freshDemoPlan } from '@journey-atlas/api/demo-data';
import { WorkspacesService } from '@journey-atlas/api/workspaces';
import { generateDataset } from '@journey-atlas/generator';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../test/test-app';

const NOW = new Date('2026-11-25T12:00:00Z');
const CUSTOMERS = 120;

describe('demo dataset on first start', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let demo: DemoDataService;

  beforeAll(async () => {
    testApp = await startTestApp();
    dataSource = testApp.app.get(DataSource);
    demo = testApp.app.get(DemoDataService);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  async function newWorkspace(slug: string): Promise<string> {
    return (await testApp.app.get(WorkspacesService).ensureWorkspace(slug, slug)).id;
  }

  async function count(sql: string, workspaceId: string): Promise<number> {
    const [{ n }] = (await dataSource.query(sql, [workspaceId])) as { n: number }[];
    return n;
  }

  const expectedTouchpoints = () => {
    const plan = freshDemoPlan(CUSTOMERS, NOW);
    return generateDataset({
      customers: CUSTOMERS,
      seed: plan.seed,
      start: plan.windowStart,
      days: plan.days,
    }).groundTruth().touchpoints;
  };

  it('loads every generated touchpoint into an empty workspace, with segments, once', async () => {
    const id = await newWorkspace('demo-fresh');
    // As the default workspace of a fresh install has it (migration 1764620000000).
    await dataSource.query(
      `INSERT INTO rollup_state (workspace_id, version, ready) VALUES ($1, 1, true)`,
      [id],
    );
    const result = await demo.load({ customers: CUSTOMERS, workspace: 'demo-fresh', now: NOW });
    expect(result).toEqual({
      customers: CUSTOMERS,
      accepted: expectedTouchpoints(),
      duplicates: 0,
      rejected: 0,
    });
    expect(
      await count('SELECT count(*)::int AS n FROM touchpoint WHERE workspace_id = $1', id),
    ).toBe(expectedTouchpoints());
    const segmented = await count(
      `SELECT count(*)::int AS n FROM customer
        WHERE workspace_id = $1 AND merged_into_id IS NULL AND tier IN ('gold','silver','standard')
          AND region IS NOT NULL AND value_band IS NOT NULL`,
      id,
    );
    expect(segmented).toBeGreaterThan(CUSTOMERS / 2);
    const [state] = await dataSource.query(
      'SELECT completed_at, touchpoints FROM demo_dataset WHERE workspace_id = $1',
      [id],
    );
    expect(state.completed_at).not.toBeNull();
    expect(state.touchpoints).toBe(expectedTouchpoints());
    // The generator's custom attribute is counted in the rollups from the first build on.
    const [counted] = await dataSource.query(
      `SELECT s.rollup_attributes, r.slot_attributes
         FROM journey_settings s JOIN rollup_state r USING (workspace_id)
        WHERE s.workspace_id = $1`,
      [id],
    );
    expect(counted).toEqual({ rollup_attributes: ['ageBand'], slot_attributes: ['ageBand'] });

    expect(
      await demo.load({ customers: CUSTOMERS, workspace: 'demo-fresh', now: NOW }),
    ).toBeUndefined();
  });

  it('applies segments chunk by chunk without losing any customer', async () => {
    // A customer reached by several persons (a shared office phone) takes one of their
    // segments either way, so the comparison is of which customers have segments.
    const segmentedOf = async (workspaceId: string) =>
      (await dataSource.query(
        `SELECT tier IS NOT NULL AS segmented, count(*)::int AS n
           FROM customer WHERE workspace_id = $1 AND merged_into_id IS NULL
          GROUP BY 1 ORDER BY 1`,
        [workspaceId],
      )) as { segmented: boolean; n: number }[];
    const whole = await newWorkspace('demo-one-chunk');
    await demo.load({ customers: CUSTOMERS, workspace: 'demo-one-chunk', now: NOW });
    const chunked = await newWorkspace('demo-chunks');
    // 10 persons per chunk, 50-touchpoint batches: many chunks, each behind a stored batch.
    await demo.load({
      customers: CUSTOMERS,
      workspace: 'demo-chunks',
      now: NOW,
      batchSize: 50,
      segmentChunk: 10,
    });
    const expected = await segmentedOf(whole);
    expect(expected.find((row) => row.segmented)?.n).toBeGreaterThan(CUSTOMERS / 2);
    expect(await segmentedOf(chunked)).toEqual(expected);
  });

  it('leaves a workspace with its own data alone', async () => {
    const id = await newWorkspace('demo-own-data');
    const response = await fetch(`${testApp.baseUrl}/api/v1/touchpoints?workspace=demo-own-data`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        touchpoints: [
          {
            id: 'own-1',
            occurredAt: '2026-11-20T10:00:00Z',
            channel: 'phone',
            customer: { accountId: 'A-1' },
          },
        ],
      }),
    });
    expect(response.status).toBe(200);
    expect(
      await demo.load({ customers: CUSTOMERS, workspace: 'demo-own-data', now: NOW }),
    ).toBeUndefined();
    expect(
      await count('SELECT count(*)::int AS n FROM touchpoint WHERE workspace_id = $1', id),
    ).toBe(1);
  });

  it('resumes a load cut short by shutdown and ends with the same data', async () => {
    const id = await newWorkspace('demo-resume');
    const app = testApp.app;
    // A second instance stands in for the app that was shut down mid-load.
    const interrupted = new DemoDataService(
      dataSource,
      app.get(WorkspaceLookupService),
      app.get(IdentitySettingsService),
      app.get(TouchpointWriterService),
    );
    interrupted.startInBackground({
      customers: CUSTOMERS,
      workspace: 'demo-resume',
      now: NOW,
      batchSize: 20,
    });
    while (
      (await count('SELECT count(*)::int AS n FROM demo_dataset WHERE workspace_id = $1', id)) === 0
    ) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await interrupted.beforeApplicationShutdown();
    const partial = await count(
      'SELECT count(*)::int AS n FROM touchpoint WHERE workspace_id = $1',
      id,
    );
    expect(partial).toBeLessThan(expectedTouchpoints());

    // A later day: the resumed load keeps the original window, so nothing is doubled.
    const resumed = await demo.load({
      customers: CUSTOMERS,
      workspace: 'demo-resume',
      now: new Date('2026-12-01T09:00:00Z'),
    });
    expect(resumed).toEqual({
      customers: CUSTOMERS,
      accepted: expectedTouchpoints() - partial,
      duplicates: partial,
      rejected: 0,
    });
    expect(
      await count('SELECT count(*)::int AS n FROM touchpoint WHERE workspace_id = $1', id),
    ).toBe(expectedTouchpoints());
  });
});
