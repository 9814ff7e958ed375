import type {
  CustomerJourneysDto,
  CustomerTimelineDto,
  FrictionRankingDto,
  JourneySampleDto,
} from '@journey-atlas/shared/domain';
import { getJson } from '../../test/analytics-fixtures';
import { type AnalyticsDataset, analyticsDataset } from '../../test/analytics-dataset';
import { type TestApp, startTestApp } from '../../test/test-app';

interface ErrorBody {
  statusCode: number;
  message: string;
  details?: { parameter: string; allowed: string[] };
}

describe('friction ranking, customer history, drill-down and bad filters (hand-written dataset)', () => {
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

  it('ranks friction by the cost it adds, with each hurt metric with vs without it', async () => {
    const { status, body } = await get<FrictionRankingDto>('/api/v1/friction');
    expect(status).toBe(200);
    expect(body.journeys).toBe(5);
    expect(
      body.friction.map((f) => [
        f.type,
        f.count,
        f.journeysAffected,
        Number(f.costAdded?.toFixed(6)),
      ]),
    ).toEqual([
      ['long_wait', 2, 2, 20.9], // A and C: mean 10.55 vs 0.10
      ['high_effort', 1, 1, 10.9], // C: 13 vs mean 2.10
      ['low_csat', 1, 1, 10.9],
      ['repeat_contact', 1, 1, 10.9],
      ['transfer', 1, 1, 10.9],
      ['failed_containment', 1, 1, 4.775], // A: 8.10 vs mean 3.325
    ]);
    const longWait = body.friction[0];
    expect(longWait.impacts).toEqual([
      { metric: 'service_level', withFriction: 1 / 3, withoutFriction: null },
      { metric: 'csat', withFriction: 0.5, withoutFriction: null },
    ]);
    const failed = body.friction.find((f) => f.type === 'failed_containment');
    expect(failed?.impacts).toEqual([
      { metric: 'containment', withFriction: 0, withoutFriction: 1 },
    ]);
  });

  it('groups friction by queue', async () => {
    const { body } = await get<FrictionRankingDto>('/api/v1/friction?groupBy=queue');
    expect(body.friction.find((f) => f.type === 'long_wait')?.groups).toEqual([
      { group: 'q-billing', count: 1, journeysAffected: 1 },
      { group: 'q-fix', count: 1, journeysAffected: 1 },
    ]);
  });

  it("gives a customer's journeys with steps, and the timeline with friction markers", async () => {
    const journeys = await get<CustomerJourneysDto>(
      `/api/v1/customers/${data.customers.c1}/journeys`,
    );
    expect(journeys.status).toBe(200);
    expect(
      journeys.body.journeys.map((j) => [j.key, j.path.join('>'), j.resolved, j.cost, j.friction]),
    ).toEqual([
      ['router offline', 'web>phone', true, 8.1, ['failed_containment', 'long_wait']],
      ['refund', 'app', true, 0.1, []],
    ]);
    expect(journeys.body.journeys[0].steps.map((s) => [s.externalId, s.team, s.friction])).toEqual([
      ['a1', null, []],
      ['a2', 't1', ['failed_containment', 'long_wait']],
    ]);
    const timeline = await get<CustomerTimelineDto>(
      `/api/v1/customers/${data.customers.c3}/timeline`,
    );
    expect(
      timeline.body.touchpoints.map((t) => [t.externalId, t.journeyKey, t.channel, t.friction]),
    ).toEqual([
      ['c1', 'refund', 'phone', ['low_csat', 'transfer']],
      ['c2', 'refund', 'chat', ['high_effort', 'long_wait', 'repeat_contact']],
    ]);
    const csv = await fetch(
      `${testApp.baseUrl}/api/v1/customers/${data.customers.c3}/timeline?format=csv&workspace=${data.fx.slug}`,
    );
    expect((await csv.text()).split('\r\n')[2]).toMatch(
      /^1,\d+,c2,2026-11-25T12:00:00.000Z,chat,inbound,true,unresolved,ag3,t2,70,100,5,high_effort > long_wait > repeat_contact,/,
    );
    const wrong = await get<ErrorBody>(
      `/api/v1/customers/${data.customers.c3}/timeline?channel=web`,
    );
    expect(wrong.body.details).toEqual({ parameter: 'channel', allowed: ['workspace', 'format'] });
    const missing = await get<ErrorBody>(
      '/api/v1/customers/00000000-0000-4000-8000-000000000000/timeline',
    );
    expect(missing.status).toBe(404);
  });

  it('samples journeys for a drill-down, newest first', async () => {
    const withWait = await get<JourneySampleDto>('/api/v1/journeys?friction=long_wait');
    expect(withWait.body.journeys.map((j) => j.path.join('>'))).toEqual([
      'phone>chat',
      'web>phone',
    ]);
    const webOnly = await get<JourneySampleDto>('/api/v1/journeys?path=web&limit=1');
    expect(webOnly.body.journeys.map((j) => [j.customerId, j.startedAt])).toEqual([
      [data.customers.c4, '2026-11-24T10:01:00.000Z'],
    ]);
  });

  it('samples the journeys behind one Sankey flow: a channel at a step, resolved or not', async () => {
    const all = (await get<JourneySampleDto>('/api/v1/journeys?limit=200')).body.journeys;
    const key = (j: JourneySampleDto['journeys'][number]) => `${j.customerId}/${j.id}`;
    const expectSame = async (
      query: string,
      keep: (path: string[], resolved: boolean) => boolean,
    ) => {
      const { body } = await get<JourneySampleDto>(`/api/v1/journeys?limit=200&${query}`);
      const expected = all.filter((j) => keep(j.path, j.resolved)).map(key);
      expect(expected.length).toBeGreaterThan(0);
      expect(body.journeys.map(key)).toEqual(expected);
    };
    await expectSame('step.0=web&step.1=phone', (path) => path[0] === 'web' && path[1] === 'phone');
    await expectSame('step.1=chat', (path) => path[1] === 'chat');
    await expectSame(
      'step.0=phone&resolved=false',
      (path, resolved) => path[0] === 'phone' && !resolved,
    );
  });

  it.each([
    ['/api/v1/metrics?colour=red', 'colour'],
    ['/api/v1/metrics?channel=fax', 'channel'],
    ['/api/v1/metrics?names=fcr,speed', 'names'],
    ['/api/v1/metrics?groupBy=weather', 'groupBy'],
    ['/api/v1/metrics?groupBy=segment.x;drop', 'groupBy'],
    ['/api/v1/metrics?period=year', 'period'],
    ['/api/v1/metrics?from=yesterday', 'from'],
    ['/api/v1/metrics?from=2026-11-30&to=2026-11-01', 'to'],
    ['/api/v1/metrics?intent=a&intent=b', 'intent'],
    ["/api/v1/metrics?segment.re'gion=north", "segment.re'gion"],
    ['/api/v1/journey-map?steps=9', 'steps'],
    ['/api/v1/journey-map?direction=sideways', 'direction'],
    ['/api/v1/paths?limit=0', 'limit'],
    ['/api/v1/friction?groupBy=team', 'groupBy'],
    ['/api/v1/journeys?friction=boredom', 'friction'],
    ['/api/v1/journeys?path=web,fax', 'path'],
    ['/api/v1/journeys?step.1=fax', 'step.1'],
    ['/api/v1/journeys?step.20=web', 'step.20'],
    ['/api/v1/journeys?resolved=maybe', 'resolved'],
    ['/api/v1/metrics?workspace=nope', 'workspace'],
  ])('answers %s with a 400 naming "%s" and what is allowed', async (path, parameter) => {
    const { status, body } = await getJson<ErrorBody>(testApp.baseUrl, path);
    expect(status).toBe(400);
    expect(body.message).toContain(`"${parameter}"`);
    expect(body.details?.parameter).toBe(parameter);
    expect(body.details?.allowed.length).toBeGreaterThan(0);
  });

  it('lists the allowed filters when one is unknown', async () => {
    const { body } = await getJson<ErrorBody>(testApp.baseUrl, '/api/v1/paths?colour=red');
    expect(body.details?.allowed).toEqual([
      'from',
      'to',
      'intent',
      'channel',
      'team',
      'agent',
      'workspace',
      'segment.<attribute>',
      'limit',
      'format',
    ]);
  });
});
