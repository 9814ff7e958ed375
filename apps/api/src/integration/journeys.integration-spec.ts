import { JourneyBuilder } from '@journey-atlas/api/journeys';
import { at, JourneyFixture } from '../../test/journey-fixtures';
import { startTestApp, type TestApp } from '../../test/test-app';

const WEEK = 7 * 86_400;

describe('journey engine: journeys and steps (SQL, real Postgres)', () => {
  let testApp: TestApp;
  let builder: JourneyBuilder;

  beforeAll(async () => {
    testApp = await startTestApp();
    builder = testApp.app.get(JourneyBuilder);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  async function build(fixture: JourneyFixture): Promise<void> {
    await builder.rebuildAll(fixture.workspaceId);
  }

  it('keeps a gap of exactly the window in one journey and splits one second more', async () => {
    const fx = await JourneyFixture.create(testApp);
    const c = await fx.customer();
    await fx.touchpoints(c, [
      { ext: 'a1', at: at(0), channel: 'web' },
      { ext: 'a2', at: at(0, WEEK), channel: 'phone' },
      { ext: 'a3', at: at(0, 2 * WEEK + 1), channel: 'chat' },
    ]);
    await build(fx);
    expect(await fx.journeyPaths(c)).toEqual(['router offline: a1 a2', 'router offline: a3']);
    const steps = (await fx.db.query(
      `SELECT step_index, gap_seconds FROM journey_step WHERE workspace_id = $1
        ORDER BY occurred_at`,
      [fx.workspaceId],
    )) as { step_index: number; gap_seconds: number | null }[];
    expect(steps).toEqual([
      { step_index: 0, gap_seconds: null },
      { step_index: 1, gap_seconds: WEEK },
      { step_index: 0, gap_seconds: null },
    ]);
  });

  it('orders ties in time by external id, not by insertion order', async () => {
    const fx = await JourneyFixture.create(testApp);
    const c = await fx.customer();
    await fx.touchpoints(c, [
      { ext: 't-b', at: at(0), channel: 'phone' },
      { ext: 't-a', at: at(0), channel: 'web' },
      { ext: 't-C', at: at(0), channel: 'chat' },
    ]);
    await build(fx);
    // Plain code units: upper case sorts before lower case.
    expect(await fx.journeyPaths(c)).toEqual(['router offline: t-C t-a t-b']);
    const [journey] = await fx.journeys(c);
    expect(journey).toMatchObject({
      first_channel: 'chat',
      channel_path: ['chat', 'web', 'phone'],
    });
  });

  it('does not let touchpoints of other keys break a journey; key is intent else type', async () => {
    const fx = await JourneyFixture.create(testApp);
    const c = await fx.customer();
    await fx.touchpoints(c, [
      { ext: 'r1', at: at(0), channel: 'web' },
      { ext: 'b1', at: at(1), channel: 'email', intent: null, type: 'billing' },
      { ext: 'b2', at: at(2), channel: 'email', intent: '', type: 'billing' },
      { ext: 'r2', at: at(5), channel: 'phone' },
      { ext: 'b3', at: at(10), channel: 'phone', intent: null, type: 'billing' },
      { ext: 'r3', at: at(12), channel: 'chat' },
    ]);
    await build(fx);
    expect(await fx.journeyPaths(c)).toEqual([
      'router offline: r1 r2 r3',
      'billing: b1 b2',
      'billing: b3',
    ]);
  });

  it('computes the journey facts; outcome from the last step that has one', async () => {
    const fx = await JourneyFixture.create(testApp);
    const c = await fx.customer({ region: 'north', tier: 'gold' });
    await fx.touchpoints(c, [
      { ext: 'f1', at: at(0), channel: 'web', outcome: 'unresolved' },
      {
        ext: 'f2',
        at: at(0, 60),
        channel: 'phone',
        outcome: 'resolved',
        agent: 'a1',
        wait: 30,
        handle: 300,
      },
      {
        ext: 'f3',
        at: at(0, 3600),
        channel: 'phone',
        agent: 'a2',
        wait: 10,
        handle: 100,
        cost: 2.5,
      },
      { ext: 'f4', at: at(1), channel: 'web' },
    ]);
    await build(fx);
    const [journey] = await fx.journeys(c);
    expect(journey).toMatchObject({
      journey_key: 'router offline',
      interaction_type: 'tech_support',
      started_at: new Date(at(0)),
      ended_at: new Date(at(1)),
      duration_seconds: 86_400,
      steps: 4,
      channel_path: ['web', 'phone', 'phone', 'web'],
      channel_switches: 2,
      outcome: 'resolved',
      resolved: true,
      first_channel: 'web',
      resolving_channel: 'phone',
      began_in_self_service: true,
      contained: false,
      assisted_steps: 2,
      first_assisted_resolved_last: false,
      distinct_agents: 2,
      total_wait: 40,
      total_handle: 400,
      assisted_handle: 400,
      // web 0.10 + phone 8 (default) + 2.50 (own cost) + web 0.10
      cost: '10.7000',
      region: 'north',
      tier: 'gold',
    });
  });

  it('marks first-contact resolution and containment', async () => {
    const fx = await JourneyFixture.create(testApp);
    const c = await fx.customer();
    await fx.touchpoints(c, [
      { ext: 'x1', at: at(0), channel: 'web', intent: 'fcr' },
      { ext: 'x2', at: at(0, 60), channel: 'chat', intent: 'fcr', outcome: 'resolved' },
      { ext: 'y1', at: at(0), channel: 'app', intent: 'contained', outcome: 'resolved' },
      { ext: 'z1', at: at(0), channel: 'phone', intent: 'no outcome' },
    ]);
    await build(fx);
    const byKey = Object.fromEntries(
      (await fx.journeys(c)).map((j) => [j['journey_key'] as string, j]),
    );
    expect(byKey['fcr']).toMatchObject({
      first_assisted_resolved_last: true,
      contained: false,
      resolving_channel: 'chat',
    });
    expect(byKey['contained']).toMatchObject({
      began_in_self_service: true,
      contained: true,
      assisted_steps: 0,
      first_assisted_resolved_last: false,
    });
    expect(byKey['no outcome']).toMatchObject({
      outcome: null,
      resolved: false,
      resolving_channel: null,
      began_in_self_service: false,
      contained: false,
    });
  });

  it('follows the workspace journey settings: window length and key rule', async () => {
    const fx = await JourneyFixture.create(testApp);
    const c = await fx.customer();
    await fx.touchpoints(c, [
      { ext: 'k1', at: at(0), channel: 'web' },
      { ext: 'k2', at: at(0, 3600), channel: 'phone', intent: 'refund' },
      { ext: 'k3', at: at(0, 7201), channel: 'chat' },
    ]);
    await builder.rebuildAll(fx.workspaceId);
    await fx.db.query(
      `UPDATE journey_settings SET journey_window_seconds = 3600, journey_key = 'interaction_type'
        WHERE workspace_id = $1`,
      [fx.workspaceId],
    );
    await build(fx);
    expect(await fx.journeyPaths(c)).toEqual(['tech_support: k1 k2', 'tech_support: k3']);
  });
});
