import type {
  MetricsResponseDto,
  PathsDto,
  SegmentCompareDto,
  SegmentMetricComparisonDto,
} from '@journey-atlas/shared/domain';
import { JourneyBuilder } from '@journey-atlas/api/journeys';
import { METRIC_NAMES } from '@journey-atlas/shared/journey-rules';
import { getJson } from '../../test/analytics-fixtures';
import { type AnalyticsDataset, analyticsDataset } from '../../test/analytics-dataset';
import { JourneyFixture, at } from '../../test/journey-fixtures';
import { type TestApp, startTestApp } from '../../test/test-app';

interface ErrorBody {
  message: string;
  details: { parameter: string; allowed: string[] };
}

const metric = (body: SegmentCompareDto, name: string): SegmentMetricComparisonDto => {
  const found = body.metrics.find((m) => m.name === name);
  if (!found) throw new Error(`metric ${name} missing`);
  return found;
};

/**
 * A planted gap: 40 gold customers, 30 of whom stay in self-service (web, resolved) and
 * 10 call (handle 200-290 s); 40 standard customers, 10 in self-service and 30 calling
 * (handle 400-490 s). Self-service share 0.75 vs 0.25 and AHT ~245 s vs ~445 s.
 */
async function plantedDataset(testApp: TestApp): Promise<JourneyFixture> {
  const fx = await JourneyFixture.create(testApp, 'UTC');
  for (const [tier, selfService, handleBase] of [
    ['gold', 30, 200],
    ['standard', 10, 400],
  ] as const) {
    for (let i = 0; i < 40; i++) {
      const id = await fx.customer({ region: 'north', tier });
      const row =
        i < selfService
          ? { ext: `${tier}-${i}`, at: at(i % 4, i * 60), channel: 'web', outcome: 'resolved' }
          : {
              ext: `${tier}-${i}`,
              at: at(i % 4, i * 60),
              channel: 'phone',
              outcome: 'resolved',
              agent: `ag${i % 5}`,
              wait: 10,
              handle: handleBase + (i % 10) * 10,
            };
      await fx.touchpoints(id, [row]);
    }
  }
  await testApp.app.get(JourneyBuilder).rebuildAll(fx.workspaceId);
  return fx;
}

describe('GET /api/v1/segments/compare', () => {
  let testApp: TestApp;
  let data: AnalyticsDataset;
  let planted: JourneyFixture;
  const get = <T>(slug: string, path: string) =>
    getJson<T>(testApp.baseUrl, `${path}${path.includes('?') ? '&' : '?'}workspace=${slug}`);

  beforeAll(async () => {
    testApp = await startTestApp();
    data = await analyticsDataset(testApp);
    planted = await plantedDataset(testApp);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('gives each side the numbers of /metrics and /paths for the same filters', async () => {
    const { status, body } = await get<SegmentCompareDto>(
      data.fx.slug,
      '/api/v1/segments/compare?a.segment.tier=gold&b.segment.tier=standard&intent=router offline',
    );
    expect(status).toBe(200);
    expect(body.metrics.map((m) => m.name)).toEqual([...METRIC_NAMES]);
    for (const [side, tier] of [
      ['a', 'gold'],
      ['b', 'standard'],
    ] as const) {
      const query = `segment.tier=${tier}&intent=router offline`;
      const metrics = await get<MetricsResponseDto>(data.fx.slug, `/api/v1/metrics?${query}`);
      const paths = await get<PathsDto>(data.fx.slug, `/api/v1/paths?${query}&limit=10`);
      expect(body[side].journeys).toBe(metrics.body.journeys);
      expect(body[side].filter).toEqual(metrics.body.filter);
      expect(body[side].topPaths).toEqual(paths.body.paths);
      for (const m of metrics.body.metrics) {
        const { value, numerator, denominator } = metric(body, m.name)[side];
        expect([m.name, value, numerator, denominator]).toEqual([
          m.name,
          m.value,
          m.numerator,
          m.denominator,
        ]);
      }
    }
    // gold: A (web > phone) and B2 (web); standard: B (web)
    expect(body.a.journeys).toBe(2);
    expect(body.b.journeys).toBe(1);
    expect(body.paths.map((p) => [p.path, p.a.count, p.b.count])).toEqual([
      [['web'], 1, 1],
      [['web', 'phone'], 1, 0],
    ]);
    expect(body.a.transitions).toBe(1);
    expect(body.transitions).toEqual([
      expect.objectContaining({ source: 'web', target: 'phone', a: { count: 1, share: 1 } }),
    ]);
  });

  it('finds a planted difference significant, with the right test', async () => {
    const { body } = await get<SegmentCompareDto>(
      planted.slug,
      '/api/v1/segments/compare?a.segment.tier=gold&b.segment.tier=standard',
    );
    const share = metric(body, 'self_service_share');
    expect([share.a.value, share.b.value]).toEqual([0.75, 0.25]);
    expect(share.difference).toBeCloseTo(0.5, 12);
    expect(share.aBetter).toBe(true);
    // z = 0.5 / sqrt(0.5 * 0.5 * (1/40 + 1/40)) = 4.472
    expect(share.significance).toMatchObject({ test: 'two_proportion_z', significant: true });
    expect(share.significance.statistic).toBeCloseTo(4.472136, 6);
    const aht = metric(body, 'aht');
    expect(aht.kind).toBe('mean');
    expect(aht.a.value).toBeCloseTo(245, 9);
    expect(aht.b.value).toBeCloseTo(445, 9);
    expect(aht.a.standardDeviation).toBeGreaterThan(0);
    expect(aht.significance).toMatchObject({ test: 'welch_t', significant: true });
    expect(aht.aBetter).toBe(true);
    const web = body.paths.find((p) => p.path.join() === 'web');
    expect(web?.significance.significant).toBe(true);
    expect(metric(body, 'conversations_per_agent').significance.test).toBeNull();
  });

  it('finds nothing significant between identical groups', async () => {
    const { body } = await get<SegmentCompareDto>(
      planted.slug,
      '/api/v1/segments/compare?a.segment.tier=gold&b.segment.tier=gold',
    );
    for (const row of [...body.metrics, ...body.paths, ...body.transitions]) {
      expect(row.significance.significant).toBe(false);
      if (row.significance.test !== null) expect(row.significance.pValue).toBe(1);
    }
    expect(metric(body, 'aht').difference).toBe(0);
  });

  it('compares two periods', async () => {
    const { status, body } = await get<SegmentCompareDto>(
      data.fx.slug,
      '/api/v1/segments/compare?a.from=2026-11-23&a.to=2026-11-24&b.from=2026-11-24&b.to=2026-11-26&names=self_service_share',
    );
    expect(status).toBe(200);
    expect(body.a.filter.from).toBe('2026-11-23T00:00:00.000Z');
    expect([body.a.journeys, body.b.journeys]).toEqual([1, 3]); // A | B, B2, C
    const share = metric(body, 'self_service_share');
    expect([
      share.a.numerator,
      share.a.denominator,
      share.b.numerator,
      share.b.denominator,
    ]).toEqual([0, 1, 2, 3]);
  });

  it('answers CSV', async () => {
    const response = await fetch(
      `${testApp.baseUrl}/api/v1/segments/compare?a.segment.tier=gold&b.segment.tier=standard&names=fcr&workspace=${data.fx.slug}`,
      { headers: { accept: 'text/csv' } },
    );
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).toBe(
      'section,item,unit,a,a n,b,b n,difference,test,statistic,pValue,significant,smallSample',
    );
    expect(lines[1]).toMatch(/^metric,fcr,ratio,/);
  });

  it.each([
    ['c.segment.tier=gold', 'c.segment.tier'],
    ['a.workspace=x', 'a.workspace'],
    ['a.channel=pigeon', 'a.channel'],
    ['a.intent=billing&intent=refund', 'a.intent'],
    ['a.segment.tier=gold&colour=red', 'colour'],
    ['limit=0', 'limit'],
  ])('answers 400 naming the bad filter (%s)', async (query, parameter) => {
    const { status, body } = await get<ErrorBody>(
      data.fx.slug,
      `/api/v1/segments/compare?${query}`,
    );
    expect(status).toBe(400);
    expect(body.details.parameter).toBe(parameter);
    expect(body.message).toContain(`"${parameter}"`);
    expect(body.details.allowed.length).toBeGreaterThan(0);
  });

  it('is documented in OpenAPI with an example', async () => {
    const { body } = await getJson<{ paths: Record<string, unknown> }>(
      testApp.baseUrl,
      '/api/docs/openapi.json',
    );
    expect(JSON.stringify(body.paths['/api/v1/segments/compare'] ?? null)).toContain('example');
  });
});
