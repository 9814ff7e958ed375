import type { JourneyMapDto, MetricsResponseDto, PathsDto } from '@journey-atlas/shared/domain';
import { getJson } from '../../test/analytics-fixtures';
import { type AnalyticsDataset, analyticsDataset } from '../../test/analytics-dataset';
import { type TestApp, startTestApp } from '../../test/test-app';

const nodesOf = (map: JourneyMapDto) => map.nodes.map((n) => `${n.id}=${n.count}`);
const linksOf = (map: JourneyMapDto) =>
  map.links.map((l) => `${l.source}>${l.target}=${l.count}`).sort();

describe('GET /api/v1/journey-map and /paths (exact numbers on a hand-written dataset)', () => {
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

  it('maps step-wise flows with resolved / unresolved exits', async () => {
    const { status, body } = await get<JourneyMapDto>('/api/v1/journey-map?steps=5&minCount=1');
    expect(status).toBe(200);
    expect(nodesOf(body)).toEqual([
      's0:web=3',
      's0:app=1',
      's0:phone=1',
      's1:chat=1',
      's1:phone=1',
      'exit:resolved=4',
      'exit:unresolved=1',
    ]);
    expect(linksOf(body)).toEqual([
      's0:app>exit:resolved=1',
      's0:phone>s1:chat=1',
      's0:web>exit:resolved=2',
      's0:web>s1:phone=1',
      's1:chat>exit:unresolved=1',
      's1:phone>exit:resolved=1',
    ]);
    const webToPhone = body.links.find((l) => l.source === 's0:web' && l.target === 's1:phone');
    expect(webToPhone?.frictionRate).toBe(1);
    // The exact median is 1 h; from the slot rollups it is estimated within 2^(1/4).
    expect(webToPhone?.medianGapHours).toBeGreaterThanOrEqual(2 ** -0.25);
    expect(webToPhone?.medianGapHours).toBeLessThanOrEqual(2 ** 0.25);
    expect(webToPhone?.dropOff).toBeCloseTo(2 / 3, 9);
    expect(body.totals).toEqual({
      journeys: 5,
      resolved: 4,
      unresolved: 1,
      truncated: 0,
      folded: 0,
      minCount: 1,
    });
  });

  it('folds rare nodes into "other" and keeps the totals exact', async () => {
    const { body } = await get<JourneyMapDto>('/api/v1/journey-map?minCount=2');
    expect(nodesOf(body)).toEqual([
      's0:web=3',
      's0:other=2',
      's1:other=2',
      'exit:resolved=4',
      'exit:unresolved=1',
    ]);
    expect(linksOf(body)).toEqual([
      's0:other>exit:resolved=1',
      's0:other>s1:other=1',
      's0:web>exit:resolved=2',
      's0:web>s1:other=1',
      's1:other>exit:resolved=1',
      's1:other>exit:unresolved=1',
    ]);
    expect(body.totals.folded).toBe(4);
  });

  it('shows what customers did before they called', async () => {
    const { body } = await get<JourneyMapDto>('/api/v1/journey-map?anchor=phone&direction=before');
    expect(nodesOf(body)).toEqual([
      's-1:web=1',
      's0:phone=2',
      'exit:resolved=1',
      'exit:unresolved=1',
    ]);
    expect(body.totals).toMatchObject({ journeys: 2, truncated: 1 });
  });

  it.each([
    '',
    'segment.tier=gold',
    'channel=phone',
    'intent=refund',
    'from=2026-11-24&to=2026-11-26',
    'team=t1&segment.region=north',
  ])('node and exit counts add up to the journeys /metrics reports (%s)', async (filters) => {
    const suffix = filters ? `&${filters}` : '';
    const metrics = await get<MetricsResponseDto>(`/api/v1/metrics?names=fcr${suffix}`);
    const map = await get<JourneyMapDto>(`/api/v1/journey-map?steps=1&minCount=2${suffix}`);
    const journeys = metrics.body.journeys;
    const sum = (predicate: (id: string) => boolean) =>
      map.body.nodes.filter((n) => predicate(n.id)).reduce((total, n) => total + n.count, 0);
    expect(map.body.totals.journeys).toBe(journeys);
    expect(sum((id) => id.startsWith('s0:'))).toBe(journeys);
    expect(sum((id) => id.startsWith('exit:'))).toBe(journeys);
    const paths = await get<PathsDto>(`/api/v1/paths?limit=500${suffix}`);
    expect(paths.body.paths.reduce((total, p) => total + p.count, 0)).toBe(journeys);
  });

  it('ranks full channel paths', async () => {
    const { status, body } = await get<PathsDto>('/api/v1/paths?limit=3');
    expect(status).toBe(200);
    expect(body.journeys).toBe(5);
    expect(body.paths).toEqual([
      {
        path: ['web'],
        count: 2,
        share: 0.4,
        resolutionRate: 1,
        meanCost: 0.1,
        meanDurationSeconds: 0,
      },
      {
        path: ['app'],
        count: 1,
        share: 0.2,
        resolutionRate: 1,
        meanCost: 0.1,
        meanDurationSeconds: 0,
      },
      {
        path: ['phone', 'chat'],
        count: 1,
        share: 0.2,
        resolutionRate: 0,
        meanCost: 13,
        meanDurationSeconds: 7200,
      },
    ]);
  });

  it('exports lists as CSV with format=csv or Accept: text/csv', async () => {
    const byParam = await fetch(
      `${testApp.baseUrl}/api/v1/paths?limit=2&format=csv&workspace=${data.fx.slug}`,
    );
    expect(byParam.status).toBe(200);
    expect(byParam.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(await byParam.text()).toBe(
      'path,count,share,resolutionRate,meanCost,meanDurationSeconds\r\n' +
        'web,2,0.4,1,0.1,0\r\napp,1,0.2,1,0.1,0\r\n',
    );
    const byAccept = await fetch(
      `${testApp.baseUrl}/api/v1/metrics?names=fcr,aht&groupBy=team&workspace=${data.fx.slug}`,
      { headers: { accept: 'text/csv' } },
    );
    expect((await byAccept.text()).split('\r\n').slice(0, 3)).toEqual([
      'metric,team,value,numerator,denominator,previous,change,direction,unit',
      'fcr,,0.5,1,2,,,,ratio',
      'fcr,t1,0.5,1,2,,,,ratio',
    ]);
    const bad = await getJson<{ message: string }>(
      testApp.baseUrl,
      `/api/v1/paths?format=xml&workspace=${data.fx.slug}`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('"format"');
  });
});
