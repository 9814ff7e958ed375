import { JourneyBuilder } from '@journey-atlas/api/journeys';
import {
  type Channel,
  effectiveHours,
  effectiveServiceLevel,
  type HoursOverride,
  INTERACTION_TYPES,
  type MetricsResponseDto,
  type OverrideContact,
  type ServiceLevelOverride,
  type SettingsUpdatedDto,
  type WorkspaceSettingsDto,
} from '@journey-atlas/shared/domain';
import { isOpenAt } from '@journey-atlas/shared/journey-rules';
import pg from 'pg';
import { at, JourneyFixture } from '../../test/journey-fixtures';
import { random, randomHistory } from '../../test/random-touchpoints';
import { startTestApp, type TestApp } from '../../test/test-app';

const SATURDAY = 5; // at(5): Saturday 2026-11-28 10:00 UTC.

describe('Service-level and hours overrides (settings API + journey engine)', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(async () => {
    await testApp?.close();
  });

  async function call<T>(
    path: string,
    method = 'GET',
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const response = await fetch(`${testApp.baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  }

  const settingsPath = (fx: JourneyFixture) => `/api/v1/settings?workspace=${fx.slug}`;

  async function waitForJob(jobId: string): Promise<string> {
    for (let i = 0; i < 600; i++) {
      const { body } = await call<{ status: string }>(`/api/v1/jobs/${jobId}`);
      if (!['queued', 'running'].includes(body.status)) return body.status;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`job ${jobId} did not finish`);
  }

  /** PUT the update, expect a rebuild, wait for it. */
  async function applyAndRebuild(fx: JourneyFixture, update: unknown): Promise<SettingsUpdatedDto> {
    const { status, body } = await call<SettingsUpdatedDto>(settingsPath(fx), 'PUT', update);
    expect(status).toBe(200);
    expect(body.rebuild).toEqual({ jobId: expect.any(String) });
    expect(await waitForJob(body.rebuild?.jobId as string)).toBe('done');
    return body;
  }

  async function serviceLevel(fx: JourneyFixture, filter: string): Promise<[number, number]> {
    const { status, body } = await call<MetricsResponseDto>(
      `/api/v1/metrics?names=service_level&${filter}&workspace=${fx.slug}`,
    );
    expect(status).toBe(200);
    const metric = body.metrics.find((m) => m.name === 'service_level');
    return [metric?.numerator ?? NaN, metric?.denominator ?? NaN];
  }

  it('starts with no overrides, and a channel-only update leaves them alone', async () => {
    const fx = await JourneyFixture.create(testApp);
    const { body } = await call<WorkspaceSettingsDto>(settingsPath(fx));
    expect(body.serviceLevelOverrides).toEqual([]);
    expect(body.hoursOverrides).toEqual([]);

    const overrides = [{ segment: { tier: 'gold' }, serviceLevelSeconds: 10 }];
    await call(settingsPath(fx), 'PUT', { serviceLevelOverrides: overrides });
    const changed = await call<SettingsUpdatedDto>(settingsPath(fx), 'PUT', {
      channels: [{ channel: 'chat', costPerContact: 6 }],
    });
    expect(changed.body.settings.serviceLevelOverrides).toEqual(overrides);
    expect(changed.body.settings.hoursOverrides).toEqual([]);
  });

  it('a tier-specific target changes the service level of that tier only, after the rebuild', async () => {
    const fx = await JourneyFixture.create(testApp);
    const gold = await fx.customer({ tier: 'gold' });
    const standard = await fx.customer({ tier: 'standard' });
    await fx.touchpoints(gold, [
      { ext: 'g1', at: at(0), channel: 'phone', wait: 8 },
      { ext: 'g2', at: at(0, 600), channel: 'phone', wait: 15 },
      // Chat keeps its own 60 s target: the override names phone.
      { ext: 'g3', at: at(0, 1200), channel: 'chat', wait: 50 },
    ]);
    await fx.touchpoints(standard, [
      { ext: 's1', at: at(0), channel: 'phone', wait: 8 },
      { ext: 's2', at: at(0, 600), channel: 'phone', wait: 15 },
    ]);
    await testApp.app.get(JourneyBuilder).rebuildAll(fx.workspaceId);
    expect(await serviceLevel(fx, 'segment.tier=gold')).toEqual([3, 3]);
    expect(await serviceLevel(fx, 'segment.tier=standard')).toEqual([2, 2]);

    const serviceLevelOverrides = [
      { channel: 'phone', segment: { tier: 'gold' }, serviceLevelSeconds: 10 },
    ];
    const { settings } = await applyAndRebuild(fx, { serviceLevelOverrides });
    expect(settings.serviceLevelOverrides).toEqual(serviceLevelOverrides);

    expect(await serviceLevel(fx, 'segment.tier=gold')).toEqual([2, 3]);
    expect(await serviceLevel(fx, 'segment.tier=standard')).toEqual([2, 2]);
    const longWaits = async () => (await fx.friction()).filter((f) => f.startsWith('long_wait'));
    expect(await longWaits()).toEqual(['long_wait@g2']);
    // The phone channel's own setting is untouched.
    expect(settings.channels.find((c) => c.channel === 'phone')?.serviceLevelSeconds).toBe(20);

    // Removing the overrides rebuilds back to the channel target.
    await applyAndRebuild(fx, { serviceLevelOverrides: [] });
    expect(await serviceLevel(fx, 'segment.tier=gold')).toEqual([3, 3]);
    expect(await longWaits()).toEqual([]);
  });

  it('an hours override per interaction type and segment moves out_of_hours', async () => {
    const fx = await JourneyFixture.create(testApp);
    const regular = await fx.customer({ tier: 'standard' });
    const platinum = await fx.customer({ tier: 'platinum' });
    await fx.touchpoints(regular, [
      { ext: 'billing-sat', at: at(SATURDAY), channel: 'phone', type: 'billing', intent: null },
      { ext: 'tech-sat', at: at(SATURDAY, 60), channel: 'phone', intent: null },
    ]);
    await fx.touchpoints(platinum, [
      { ext: 'plat-sun', at: at(SATURDAY + 1), channel: 'phone', intent: null },
    ]);
    await applyAndRebuild(fx, {
      hoursOverrides: [
        {
          channel: 'phone',
          interactionType: 'billing',
          hours: { weekdays: [1, 2, 3, 4, 5, 6], opens: '08:00', closes: '20:00' },
        },
        { segment: { tier: 'platinum' }, hours: null },
      ],
    });
    expect(await fx.friction()).toEqual(['out_of_hours@tech-sat']);
  });

  it('agrees with the shared precedence rules on random data', async () => {
    const timeZone = 'Europe/Berlin';
    const fx = await JourneyFixture.create(testApp, timeZone);
    const next = random(20261125);
    const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)];
    const tiers = ['gold', 'standard', 'platinum', null];
    const regions = ['north', 'south', null];
    const languages = ['fa', 'en', null];
    const segments = new Map<string, Record<string, string>>();
    for (let c = 0; c < 40; c++) {
      const segment: Record<string, string> = {};
      const tier = pick(tiers);
      const region = pick(regions);
      const language = pick(languages);
      if (tier) segment['tier'] = tier;
      if (region) segment['region'] = region;
      if (language) segment['language'] = language;
      const [{ id }] = (await fx.db.query(
        `INSERT INTO customer (workspace_id, region, tier, attributes)
         VALUES ($1, $2, $3, $4::jsonb) RETURNING id`,
        [fx.workspaceId, region, tier, JSON.stringify(language ? { language } : {})],
      )) as { id: string }[];
      segments.set(id, segment);
      await fx.touchpoints(id, randomHistory(next, `c${c}-`, 12));
    }

    const conditions = () => {
      const match: {
        channel?: Channel;
        interactionType?: string;
        segment?: Record<string, string>;
      } = {};
      if (next() < 0.5) match.channel = pick(['phone', 'chat', 'email', 'store'] as const);
      if (next() < 0.4) match.interactionType = pick(['billing', 'tech_support', 'inquiry']);
      const segment: Record<string, string> = {};
      if (next() < 0.5) segment['tier'] = pick(['gold', 'platinum']);
      if (next() < 0.3) segment['region'] = pick(['north', 'south']);
      if (next() < 0.2) segment['language'] = 'fa';
      if (Object.keys(segment).length > 0) match.segment = segment;
      return match;
    };
    const unique = <T extends object>(list: T[]) => {
      const keys = new Set<string>();
      return list.filter((o) => {
        const { channel, interactionType, segment } = o as ServiceLevelOverride;
        const key = JSON.stringify([
          channel,
          interactionType,
          Object.entries(segment ?? {}).sort(),
        ]);
        return keys.has(key) ? false : (keys.add(key), true);
      });
    };
    const serviceLevelOverrides = unique(
      Array.from({ length: 14 }, () => ({
        ...conditions(),
        serviceLevelSeconds: next() < 0.15 ? null : Math.ceil(next() * 120),
      })),
    ) as ServiceLevelOverride[];
    const hoursOverrides = unique(
      Array.from({ length: 8 }, () => ({
        ...conditions(),
        hours:
          next() < 0.3
            ? null
            : {
                weekdays: [1, 2, 3, 4, 5, 6, 7].filter(() => next() < 0.7),
                opens: '06:30',
                closes: '22:00',
              },
      })),
    ).filter((o) => o.hours === null || o.hours.weekdays.length > 0) as HoursOverride[];
    expect(INTERACTION_TYPES).toContain('billing');

    const { settings } = await applyAndRebuild(fx, { serviceLevelOverrides, hoursOverrides });
    const channels = new Map(settings.channels.map((c) => [c.channel, c]));

    const steps = (await fx.db.query(
      `SELECT s.customer_id, t.external_id, s.channel, t.interaction_type, s.assisted,
              s.direction, s.occurred_at, s.wait_seconds, s.service_level_seconds
         FROM journey_step s JOIN touchpoint t ON t.id = s.touchpoint_id
        WHERE s.workspace_id = $1`,
      [fx.workspaceId],
    )) as {
      customer_id: string;
      external_id: string;
      channel: Channel;
      interaction_type: string;
      assisted: boolean;
      direction: string;
      occurred_at: Date;
      wait_seconds: number | null;
      service_level_seconds: number | null;
    }[];
    expect(steps.length).toBe(40 * 12);

    const expectedTargets: string[] = [];
    const expectedFriction: string[] = [];
    for (const step of steps) {
      const segment = segments.get(step.customer_id) ?? {};
      const contact: OverrideContact = {
        channel: step.channel,
        interactionType: step.interaction_type,
        segment: (name) => segment[name] ?? null,
      };
      const channel = channels.get(step.channel);
      if (!channel) throw new Error(`no settings for ${step.channel}`);
      const target = effectiveServiceLevel(
        channel,
        serviceLevelOverrides,
        contact,
      ).serviceLevelSeconds;
      expectedTargets.push(`${step.external_id}=${target}`);
      if (step.wait_seconds !== null && target !== null && step.wait_seconds > target)
        expectedFriction.push(`long_wait@${step.external_id}`);
      const hours = effectiveHours(channel.hours, hoursOverrides, contact);
      if (
        step.assisted &&
        step.direction === 'inbound' &&
        !isOpenAt(step.occurred_at.getTime(), hours, timeZone)
      )
        expectedFriction.push(`out_of_hours@${step.external_id}`);
    }
    expect(steps.map((s) => `${s.external_id}=${s.service_level_seconds}`).sort()).toEqual(
      expectedTargets.sort(),
    );
    // The overrides made a difference somewhere, or the comparison proves little.
    expect(
      steps.filter((s) => s.service_level_seconds !== channels.get(s.channel)?.serviceLevelSeconds)
        .length,
    ).toBeGreaterThan(10);
    const friction = (await fx.friction()).filter((f) => /^(long_wait|out_of_hours)@/.test(f));
    expect(friction.sort()).toEqual(expectedFriction.sort());
  });

  it('rejects bad overrides with a 400 naming the field, and changes nothing', async () => {
    const fx = await JourneyFixture.create(testApp);
    const before = await call<WorkspaceSettingsDto>(settingsPath(fx));
    const { status, body } = await call<{ message: string; details: { errors: unknown[] } }>(
      settingsPath(fx),
      'PUT',
      {
        serviceLevelOverrides: [
          { segment: { tier: 'gold' }, serviceLevelSeconds: -5 },
          { interactionType: 'gossip', serviceLevelSeconds: 10 },
        ],
        hoursOverrides: [
          { channel: 'phone', hours: { weekdays: [9], opens: '08:00', closes: '20:00' } },
        ],
      },
    );
    expect(status).toBe(400);
    expect(body.message).toContain(
      'serviceLevelOverrides[0].serviceLevelSeconds must be more than 0 seconds',
    );
    expect(body.message).toContain(
      'serviceLevelOverrides[1].interactionType must be one of order_placement',
    );
    expect(body.message).toContain('hoursOverrides[0].hours.weekdays[0]');
    expect((await call<WorkspaceSettingsDto>(settingsPath(fx))).body).toEqual(before.body);
  });

  it('notifies the journey worker when a transaction queues customer changes', async () => {
    const fx = await JourneyFixture.create(testApp);
    const customer = await fx.customer();
    const listener = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await listener.connect();
    try {
      const heard = new Promise<string>((resolve) =>
        listener.on('notification', (message) => resolve(message.channel)),
      );
      await listener.query('LISTEN journey_atlas_customer_changes');
      await fx.db.query(
        `INSERT INTO customer_change (workspace_id, customer_id) VALUES ($1, $2)
         ON CONFLICT DO NOTHING`,
        [fx.workspaceId, customer],
      );
      expect(await heard).toBe('journey_atlas_customer_changes');
    } finally {
      await listener.end();
    }
  });
});
