import type { SettingsUpdatedDto, WorkspaceSettingsDto } from '@journey-atlas/shared/domain';
import { at, JourneyFixture } from '../../test/journey-fixtures';
import { startTestApp, type TestApp } from '../../test/test-app';

describe('GET/PUT /api/v1/settings', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(async () => {
    await testApp?.close();
  });

  async function call<T>(
    slug: string,
    method = 'GET',
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const response = await fetch(`${testApp.baseUrl}/api/v1/settings?workspace=${slug}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  }

  async function waitForJob(jobId: string): Promise<string> {
    for (let i = 0; i < 400; i++) {
      const job = (await (await fetch(`${testApp.baseUrl}/api/v1/jobs/${jobId}`)).json()) as {
        status: string;
      };
      if (!['queued', 'running'].includes(job.status)) return job.status;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`job ${jobId} did not finish`);
  }

  it('starts from the DESIGN.md defaults', async () => {
    const fx = await JourneyFixture.create(testApp);
    const { status, body } = await call<WorkspaceSettingsDto>(fx.slug);
    expect(status).toBe(200);
    expect(body.workspace).toMatchObject({ slug: fx.slug, timeZone: 'UTC' });
    expect(body.journeys).toEqual({
      windowSeconds: 604800,
      key: 'intent_or_interaction_type',
      lowCsatAtMost: 2,
      highEffortAtLeast: 5,
      negativeSentimentBelow: -0.3,
      maxAgentsPerJourney: 2,
    });
    expect(body.channels).toHaveLength(14);
    expect(body.channels.find((c) => c.channel === 'email')).toMatchObject({
      costPerContact: 4,
      serviceLevelSeconds: 86400,
    });
  });

  it('counts new rollup attributes at once in a workspace without journeys', async () => {
    const fx = await JourneyFixture.create(testApp);
    await fx.db.query(
      `INSERT INTO rollup_state (workspace_id, version, ready) VALUES ($1, 1, true)`,
      [fx.workspaceId],
    );
    const { status, body } = await call<SettingsUpdatedDto>(fx.slug, 'PUT', {
      rollupAttributes: ['plan', 'ageBand'],
    });
    expect(status).toBe(200);
    // Nothing was counted without them: no recount needed to read them from the slots.
    expect(body.settings).toMatchObject({
      rollupAttributes: ['plan', 'ageBand'],
      rollupAttributesCounted: ['plan', 'ageBand'],
    });
    expect(body.rebuild).not.toBeNull();
  });

  it('rejects a bad update naming every field, and changes nothing', async () => {
    const fx = await JourneyFixture.create(testApp);
    const before = await call<WorkspaceSettingsDto>(fx.slug);
    const { status, body } = await call<{
      message: string;
      details: { errors: { field: string }[] };
    }>(fx.slug, 'PUT', {
      timeZone: 'Nowhere/Land',
      journeys: { windowSeconds: 60 },
      channels: [{ channel: 'phone', costPerContact: 6 }, { channel: 'fax' }],
    });
    expect(status).toBe(400);
    expect(body.message).toContain('timeZone must be an IANA time zone');
    expect(body.message).toContain('journeys.windowSeconds must be at least 3600');
    expect(body.message).toContain('channels[1].channel must be one of phone, ivr, chat');
    expect((await call<WorkspaceSettingsDto>(fx.slug)).body).toEqual(before.body);
  });

  it('applies a change, queues a rebuild that re-cuts the journeys, and skips no-op updates', async () => {
    const fx = await JourneyFixture.create(testApp);
    await fx.touchpoints(await fx.customer(), [
      { ext: 'a', at: at(0), channel: 'web' },
      { ext: 'b', at: at(3), channel: 'phone', wait: 45 },
    ]);
    const update = {
      timeZone: 'Europe/London',
      journeys: { windowSeconds: 2 * 86400 },
      channels: [
        { channel: 'phone', costPerContact: 7.5, serviceLevelSeconds: 60 },
        { channel: 'web', hours: null },
      ],
    };
    const changed = await call<SettingsUpdatedDto>(fx.slug, 'PUT', update);
    expect(changed.status).toBe(200);
    expect(changed.body.settings.workspace.timeZone).toBe('Europe/London');
    expect(changed.body.settings.journeys.windowSeconds).toBe(172800);
    expect(changed.body.settings.channels.find((c) => c.channel === 'phone')).toMatchObject({
      costPerContact: 7.5,
      serviceLevelSeconds: 60,
      serviceLevelShare: 0.8,
    });
    expect(changed.body.rebuild).toEqual({ jobId: expect.any(String) });
    expect(await waitForJob(changed.body.rebuild?.jobId as string)).toBe('done');
    // Three days apart with a two-day window: two journeys; a 45 s wait is within 60 s now.
    expect(await fx.journeyPaths()).toEqual(['router offline: a', 'router offline: b']);
    expect(await fx.friction()).not.toContain('long_wait@b');
    const [phoneJourney] = (await fx.journeys()).filter((j) => j['first_channel'] === 'phone');
    expect(Number(phoneJourney['cost'])).toBe(7.5);

    const again = await call<SettingsUpdatedDto>(fx.slug, 'PUT', update);
    expect(again.body.rebuild).toBeNull();
  });
});
