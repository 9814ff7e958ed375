import { JourneyBuilder } from '@journey-atlas/api/journeys';
import { at, JourneyFixture, type Tp } from '../../test/journey-fixtures';
import { startTestApp, type TestApp } from '../../test/test-app';

describe('journey engine: friction events (SQL, real Postgres)', () => {
  let testApp: TestApp;
  let builder: JourneyBuilder;

  beforeAll(async () => {
    testApp = await startTestApp();
    builder = testApp.app.get(JourneyBuilder);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  /** Friction of one customer's touchpoints in a fresh workspace (Monday 10:00 = open). */
  async function frictionOf(rows: Tp[], timeZone = 'UTC'): Promise<string[]> {
    const fx = await JourneyFixture.create(testApp, timeZone);
    const c = await fx.customer();
    await fx.touchpoints(c, rows);
    await builder.rebuildAll(fx.workspaceId);
    return fx.friction(c);
  }

  it('repeat_contact: an inbound assisted step after an earlier assisted step', async () => {
    expect(
      await frictionOf([
        { ext: 'r1', at: at(0), channel: 'web' },
        { ext: 'r2', at: at(0, 60), channel: 'phone' },
        { ext: 'r3', at: at(0, 120), channel: 'email', direction: 'outbound' },
        { ext: 'r4', at: at(0, 180), channel: 'app' },
        { ext: 'r5', at: at(1), channel: 'phone' },
      ]),
      // email (4 USD) -> phone (8 USD) is also an escalation.
    ).toEqual(['failed_containment@r2', 'escalation@r5', 'repeat_contact@r5']);
  });

  it('failed_containment: only the first assisted step, only after a self-service start', async () => {
    expect(
      await frictionOf([
        { ext: 'a1', at: at(0), channel: 'web' },
        { ext: 'a2', at: at(0, 60), channel: 'chatbot' },
        { ext: 'a3', at: at(0, 120), channel: 'chat', direction: 'outbound' },
        { ext: 'a4', at: at(0, 180), channel: 'chat', direction: 'outbound' },
        { ext: 'b1', at: at(0), channel: 'email', intent: 'assisted start', direction: 'outbound' },
        { ext: 'b2', at: at(0, 60), channel: 'web', intent: 'assisted start' },
        {
          ext: 'b3',
          at: at(0, 120),
          channel: 'sms',
          intent: 'assisted start',
          direction: 'outbound',
        },
      ]),
    ).toEqual(['failed_containment@a3']);
  });

  it('escalation: by configured channel cost against the previous assisted step', async () => {
    expect(
      await frictionOf([
        // chat 5 -> (web) -> phone 8 -> email 4 -> store 12; own costs do not count.
        { ext: 'e1', at: at(0), channel: 'chat', direction: 'outbound', cost: 500 },
        { ext: 'e2', at: at(0, 60), channel: 'web' },
        { ext: 'e3', at: at(0, 120), channel: 'phone', direction: 'outbound', cost: 0 },
        { ext: 'e4', at: at(0, 180), channel: 'email', direction: 'outbound' },
        { ext: 'e5', at: at(0, 240), channel: 'store', direction: 'outbound' },
        { ext: 'e6', at: at(0, 300), channel: 'store', direction: 'outbound' },
      ]),
    ).toEqual(['escalation@e3', 'escalation@e5']);
  });

  it('transfer and ivr_misroute: transferred, and transferred right after an IVR step', async () => {
    expect(
      await frictionOf([
        { ext: 't1', at: at(0), channel: 'ivr' },
        { ext: 't2', at: at(0, 60), channel: 'phone', outcome: 'transferred' },
        { ext: 't3', at: at(0, 120), channel: 'web' },
        {
          ext: 't4',
          at: at(0, 180),
          channel: 'chat',
          direction: 'outbound',
          outcome: 'transferred',
        },
        { ext: 'u1', at: at(0, 30), channel: 'ivr', intent: 'other need' },
        { ext: 'u2', at: at(0, 90), channel: 'ivr', intent: 'other need', outcome: 'transferred' },
      ]),
    ).toEqual([
      // The IVR start also makes the phone step a failed containment.
      'failed_containment@t2',
      'ivr_misroute@t2',
      'transfer@t2',
      'ivr_misroute@u2',
      'transfer@u2',
      'transfer@t4',
    ]);
  });

  it('long_wait: above the channel target; channels without a target never count', async () => {
    expect(
      await frictionOf([
        { ext: 'w1', at: at(0), channel: 'phone', direction: 'outbound', wait: 20 },
        { ext: 'w2', at: at(0, 60), channel: 'phone', direction: 'outbound', wait: 20.5 },
        { ext: 'w3', at: at(0, 120), channel: 'chat', direction: 'outbound', wait: 61 },
        { ext: 'w4', at: at(0, 180), channel: 'store', direction: 'outbound', wait: 99_999 },
        { ext: 'w5', at: at(0, 240), channel: 'web', wait: 99_999 },
      ]),
    ).toEqual(['long_wait@w2', 'long_wait@w3', 'escalation@w4']);
  });

  it('abandonment, low_csat (<= 2) and high_effort (>= 5)', async () => {
    expect(
      await frictionOf([
        { ext: 's1', at: at(0), channel: 'web', outcome: 'abandoned' },
        { ext: 's2', at: at(0, 60), channel: 'web', csat: 2, ces: 5 },
        { ext: 's3', at: at(0, 120), channel: 'web', csat: 3, ces: 4 },
        { ext: 's4', at: at(0, 180), channel: 'web', csat: 1, ces: 7 },
      ]),
    ).toEqual(['abandonment@s1', 'high_effort@s2', 'low_csat@s2', 'high_effort@s4', 'low_csat@s4']);
  });

  it('negative_social: social only, sentiment strictly below -0.3', async () => {
    expect(
      await frictionOf([
        { ext: 'n1', at: at(0), channel: 'social', direction: 'outbound', sentiment: -0.31 },
        { ext: 'n2', at: at(0, 60), channel: 'social', direction: 'outbound', sentiment: -0.3 },
        { ext: 'n3', at: at(0, 120), channel: 'chat', direction: 'outbound', sentiment: -0.9 },
      ]),
    ).toEqual(['negative_social@n1', 'escalation@n3']);
  });

  it('many_handoffs: once per journey, where the third distinct agent appears', async () => {
    const out = (ext: string, seconds: number, agent: string): Tp => ({
      ext,
      at: at(0, seconds),
      channel: 'phone',
      direction: 'outbound',
      agent,
    });
    expect(
      await frictionOf([
        out('h1', 0, 'a1'),
        out('h2', 60, 'a1'),
        out('h3', 120, 'a2'),
        out('h4', 180, 'a3'),
        out('h5', 240, 'a4'),
        { ...out('k1', 0, 'a1'), intent: 'two agents' },
        { ...out('k2', 60, 'a2'), intent: 'two agents' },
        { ...out('k3', 120, 'a1'), intent: 'two agents' },
      ]),
    ).toEqual(['many_handoffs@h4']);
  });

  it('out_of_hours: inbound assisted steps outside hours in the workspace time zone', async () => {
    // New York is UTC-5 in late November; phone hours Mon-Fri 08:00 up to 20:00 local.
    const inbound = (ext: string, iso: string, channel = 'phone'): Tp => ({
      ext,
      at: iso,
      channel,
      intent: ext,
    });
    expect(
      await frictionOf(
        [
          inbound('mon-0759', '2026-11-23T12:59:59Z'),
          inbound('mon-0800', '2026-11-23T13:00:00Z'),
          inbound('mon-1959', '2026-11-24T00:59:59Z'),
          inbound('mon-2000', '2026-11-24T01:00:00Z'),
          // Saturday in UTC, still Friday evening in New York: open.
          inbound('fri-1930', '2026-11-28T00:30:00Z'),
          inbound('sat-1000', '2026-11-28T15:00:00Z'),
          inbound('sat-web', '2026-11-28T15:00:00Z', 'web'),
          { ...inbound('sat-outbound', '2026-11-28T15:00:00Z'), direction: 'outbound' },
        ],
        'America/New_York',
      ),
    ).toEqual(['out_of_hours@mon-0759', 'out_of_hours@mon-2000', 'out_of_hours@sat-1000']);
  });

  it('stores the catalogue rule and the metrics each event hurts', async () => {
    const fx = await JourneyFixture.create(testApp);
    const c = await fx.customer();
    await fx.touchpoints(c, [{ ext: 'q1', at: at(0), channel: 'web', outcome: 'transferred' }]);
    await builder.rebuildAll(fx.workspaceId);
    const rows = (await fx.db.query(
      `SELECT type, step_index, channel, rule, hurts_metric FROM friction_event
        WHERE workspace_id = $1`,
      [fx.workspaceId],
    )) as unknown[];
    expect(rows).toEqual([
      {
        type: 'transfer',
        step_index: 0,
        channel: 'web',
        rule: 'outcome transferred',
        hurts_metric: ['aht', 'fcr'],
      },
    ]);
  });
});
