import type { MetricReportDto, MetricsResponseDto } from '@journey-atlas/shared/domain';
import { METRIC_NAMES } from '@journey-atlas/shared/journey-rules';
import { getJson } from '../../test/analytics-fixtures';
import { type AnalyticsDataset, analyticsDataset } from '../../test/analytics-dataset';
import { type TestApp, startTestApp } from '../../test/test-app';

/** [numerator, denominator] per metric, worked out by hand from analytics-dataset.ts. */
const ALL_TIME: Record<string, [number, number]> = {
  fcr: [1, 2],
  containment: [3, 4],
  self_service_share: [3, 5],
  ces: [6, 1],
  csat: [1, 2],
  nps: [0, 2],
  aht: [600, 3],
  response_time: [110, 3],
  service_level: [1, 3],
  lcr: [2.5, 4],
  cost_to_serve: [21.4, 5],
  contacts_per_journey: [7, 5],
  transfer_rate: [1, 7],
  abandonment_rate: [0, 7],
  repeat_contact_rate: [1, 5],
  channel_switch_rate: [2, 5],
  conversations_per_agent: [3, 3],
};

const pair = (metric: { numerator: number; denominator: number }) => [
  Number(metric.numerator.toFixed(9)),
  metric.denominator,
];

function byName(body: MetricsResponseDto, name: string): MetricReportDto {
  const metric = body.metrics.find((m) => m.name === name);
  if (!metric) throw new Error(`metric ${name} missing`);
  return metric;
}

describe('GET /api/v1/metrics (exact numbers on a hand-written dataset)', () => {
  let testApp: TestApp;
  let data: AnalyticsDataset;
  const get = <T>(path: string) =>
    getJson<T>(
      testApp.baseUrl,
      `${path}${path.includes('?') ? '&' : '?'}workspace=${data.fx.slug}`,
    );

  beforeAll(async () => {
    testApp = await startTestApp();
    data = await analyticsDataset(testApp);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('lists the catalogue', async () => {
    const { status, body } = await getJson<{ name: string; unit: string; betterWhen: string }[]>(
      testApp.baseUrl,
      '/api/v1/metrics/catalog',
    );
    expect(status).toBe(200);
    expect(body.map((m) => m.name)).toEqual([...METRIC_NAMES]);
    expect(body[0]).toMatchObject({ name: 'fcr', unit: 'ratio', betterWhen: 'higher' });
  });

  it('documents every analytics route in OpenAPI', async () => {
    const { body } = await getJson<{ paths: Record<string, unknown> }>(
      testApp.baseUrl,
      '/api/docs/openapi.json',
    );
    for (const path of [
      '/api/v1/metrics',
      '/api/v1/metrics/catalog',
      '/api/v1/journey-map',
      '/api/v1/paths',
      '/api/v1/friction',
      '/api/v1/journeys',
      '/api/v1/customers/{id}/journeys',
      '/api/v1/customers/{id}/timeline',
    ]) {
      expect(JSON.stringify(body.paths[path] ?? null)).toContain('example');
    }
  });

  it('gives every metric over all time', async () => {
    const { status, body } = await get<MetricsResponseDto>('/api/v1/metrics');
    expect(status).toBe(200);
    expect(body.journeys).toBe(5);
    expect(Object.fromEntries(body.metrics.map((m) => [m.name, pair(m)]))).toEqual(ALL_TIME);
    expect(byName(body, 'cost_to_serve').value).toBeCloseTo(4.28, 9);
    expect(byName(body, 'nps')).toMatchObject({ value: 0, previous: null, change: null });
  });

  it('compares with the same-length window before [from, to)', async () => {
    const { body } = await get<MetricsResponseDto>(
      '/api/v1/metrics?names=fcr,containment&from=2026-11-24&to=2026-11-26',
    );
    expect(body.journeys).toBe(3); // B, B2, C
    expect(body.previousFrom).toBe('2026-11-22T00:00:00.000Z');
    expect(body.previousTo).toBe('2026-11-24T00:00:00.000Z');
    expect(byName(body, 'fcr')).toMatchObject({
      value: 0,
      numerator: 0,
      denominator: 1,
      previous: { value: 1, numerator: 1, denominator: 1 }, // A
      change: -1,
      direction: 'down',
      improved: false,
    });
    expect(byName(body, 'containment')).toMatchObject({
      value: 1,
      previous: { value: 0, numerator: 0, denominator: 1 },
      direction: 'up',
      improved: true,
    });
  });

  it('groups journeys under every channel they touched and contacts under their own', async () => {
    const { body } = await get<MetricsResponseDto>(
      '/api/v1/metrics?names=fcr,aht,cost_to_serve,self_service_share&groupBy=channel',
    );
    const groups = (name: string) =>
      Object.fromEntries((byName(body, name).groups ?? []).map((g) => [g.group, pair(g)]));
    expect(groups('self_service_share')).toEqual({
      app: [1, 1],
      chat: [0, 1],
      phone: [0, 2],
      web: [2, 3],
    });
    expect(groups('fcr')).toEqual({ app: [0, 0], chat: [0, 1], phone: [1, 2], web: [1, 1] });
    expect(groups('aht')).toEqual({ app: [0, 0], chat: [100, 1], phone: [500, 2], web: [0, 0] });
    expect(groups('cost_to_serve')).toEqual({
      app: [0.1, 1],
      chat: [13, 1],
      phone: [21.1, 2],
      web: [8.3, 3],
    });
  });

  it('groups by team with journeys without a team under null, last', async () => {
    const { body } = await get<MetricsResponseDto>(
      '/api/v1/metrics?names=self_service_share,csat&groupBy=team',
    );
    const share = byName(body, 'self_service_share').groups ?? [];
    expect(share.map((g) => [g.group, ...pair(g)])).toEqual([
      ['t1', 0, 2],
      ['t2', 0, 1],
      [null, 3, 3],
    ]);
    expect((byName(body, 'csat').groups ?? []).map((g) => [g.group, ...pair(g)])).toEqual([
      ['t1', 1, 2],
      ['t2', 0, 0],
      [null, 0, 0],
    ]);
  });

  it('filters by segment and by channel', async () => {
    const gold = await get<MetricsResponseDto>('/api/v1/metrics?names=fcr&segment.tier=gold');
    expect(gold.body.journeys).toBe(3); // A, B2, D
    const phone = await get<MetricsResponseDto>('/api/v1/metrics?names=aht&channel=phone');
    expect(phone.body.journeys).toBe(2); // A, C
    expect(pair(byName(phone.body, 'aht'))).toEqual([500, 2]);
    const both = await get<MetricsResponseDto>(
      '/api/v1/metrics?names=fcr&segment.region=south&segment.region=north&segment.tier=standard',
    );
    expect(both.body.journeys).toBe(2); // B, C
  });

  it('adds a daily series', async () => {
    const { body } = await get<MetricsResponseDto>(
      '/api/v1/metrics?names=self_service_share&period=day&from=2026-11-23&to=2026-11-30',
    );
    expect(
      (byName(body, 'self_service_share').series ?? []).map((p) => [p.start, ...pair(p)]),
    ).toEqual([
      ['2026-11-23', 0, 1],
      ['2026-11-24', 2, 2],
      ['2026-11-25', 0, 1],
      ['2026-11-26', 1, 1],
    ]);
  });
});
