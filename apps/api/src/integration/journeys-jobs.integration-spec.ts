import { setTimeout as sleep } from 'node:timers/promises';
import type { JobDto, RebuildAcceptedDto } from '@journey-atlas/api/journeys';
import { at, JourneyFixture } from '../../test/journey-fixtures';
import { startTestApp, type TestApp } from '../../test/test-app';

describe('journey engine: rebuild jobs over HTTP (real Postgres)', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(async () => {
    await testApp?.close();
  });

  async function job(id: string): Promise<{ status: number; body: JobDto }> {
    const response = await fetch(`${testApp.baseUrl}/api/v1/jobs/${id}`);
    return { status: response.status, body: (await response.json()) as JobDto };
  }

  it('queues a rebuild (202), runs it in the background and reports progress', async () => {
    const fx = await JourneyFixture.create(testApp);
    for (let i = 0; i < 3; i++) {
      await fx.touchpoints(await fx.customer(), [{ ext: `j${i}`, at: at(0), channel: 'phone' }]);
    }
    const response = await fetch(
      `${testApp.baseUrl}/api/v1/journeys/rebuild?workspace=${fx.slug}`,
      { method: 'POST' },
    );
    expect(response.status).toBe(202);
    const accepted = (await response.json()) as RebuildAcceptedDto;
    expect(accepted).toEqual({ jobId: expect.stringMatching(/^[0-9a-f-]{36}$/), status: 'queued' });

    let current = await job(accepted.jobId);
    for (let i = 0; i < 400 && ['queued', 'running'].includes(current.body.status); i++) {
      await sleep(50);
      current = await job(accepted.jobId);
    }
    expect(current).toEqual({
      status: 200,
      body: {
        id: accepted.jobId,
        kind: 'rebuild_journeys',
        status: 'done',
        progress: 3,
        total: 3,
        error: null,
        createdAt: expect.any(String),
        startedAt: expect.any(String),
        finishedAt: expect.any(String),
      },
    });
    expect(await fx.journeyPaths()).toHaveLength(3);
  });

  it('hands a running job whose worker stopped sending heartbeats to another worker', async () => {
    const fx = await JourneyFixture.create(testApp);
    await fx.touchpoints(await fx.customer(), [{ ext: 'z1', at: at(0), channel: 'web' }]);
    const [{ id }] = (await fx.db.query(
      `INSERT INTO job (workspace_id, kind, status, started_at, heartbeat_at)
       VALUES ($1, 'rebuild_journeys', 'running', now() - interval '10 minutes',
               now() - interval '5 minutes')
       RETURNING id`,
      [fx.workspaceId],
    )) as { id: string }[];
    let current = await job(id);
    for (let i = 0; i < 400 && current.body.status !== 'done'; i++) {
      await sleep(50);
      current = await job(id);
    }
    expect(current.body).toMatchObject({ status: 'done', progress: 1, total: 1 });
    expect(await fx.journeyPaths()).toEqual(['router offline: z1']);
  });

  it('answers 404 for an unknown job or workspace, 400 for a malformed id', async () => {
    expect((await job('6f1c2a36-1f0e-4a8e-9a8e-2d7c1b0e9f00')).status).toBe(404);
    expect((await job('not-a-uuid')).status).toBe(400);
    const response = await fetch(`${testApp.baseUrl}/api/v1/journeys/rebuild?workspace=nope`, {
      method: 'POST',
    });
    expect(response.status).toBe(404);
  });
});
