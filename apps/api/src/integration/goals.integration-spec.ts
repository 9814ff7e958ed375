import type {
  GoalNodeDto,
  GoalNodeListDto,
  GoalTreeDto,
  GoalTreeNodeDto,
  MetricsResponseDto,
} from '@journey-atlas/shared/domain';
import { getJson } from '../../test/analytics-fixtures';
import { type AnalyticsDataset, analyticsDataset } from '../../test/analytics-dataset';
import { type TestApp, startTestApp } from '../../test/test-app';

interface ErrorBody {
  statusCode: number;
  message: string;
  details?: { errors?: { field: string; message: string }[] };
}

describe('/api/v1/goals (metrics pyramid, HTTP, real Postgres)', () => {
  let testApp: TestApp;
  let data: AnalyticsDataset;
  const url = (path: string) =>
    `${testApp.baseUrl}${path}${path.includes('?') ? '&' : '?'}workspace=${data.fx.slug}`;
  const send = async <T>(method: string, path: string, body?: unknown) => {
    const response = await fetch(url(path), {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  };
  const create = async (body: Record<string, unknown>) => {
    const answer = await send<GoalNodeDto>('POST', '/api/v1/goals', body);
    expect(answer.status).toBe(201);
    return answer.body;
  };
  const tree = async (query = '') => {
    const answer = await getJson<GoalTreeDto>(
      testApp.baseUrl,
      url(`/api/v1/goals/tree${query}`).slice(testApp.baseUrl.length),
    );
    expect(answer.status).toBe(200);
    return answer.body;
  };
  const metrics = async (query: string) => {
    const answer = await getJson<MetricsResponseDto>(
      testApp.baseUrl,
      url(`/api/v1/metrics?${query}`).slice(testApp.baseUrl.length),
    );
    expect(answer.status).toBe(200);
    return answer.body;
  };

  beforeAll(async () => {
    testApp = await startTestApp();
    data = await analyticsDataset(testApp);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('starts empty', async () => {
    expect((await send<GoalNodeListDto>('GET', '/api/v1/goals')).body).toEqual({
      workspace: data.fx.slug,
      nodes: [],
    });
    const empty = await tree();
    expect(empty.goals).toEqual([]);
    expect(empty.warnings).toEqual([]);
  });

  it('round-trips create, read, update and delete', async () => {
    const goal = await create({ level: 'goal', name: 'Grow loyalty', goalKind: 'retention' });
    expect(goal).toMatchObject({
      level: 'goal',
      name: 'Grow loyalty',
      goalKind: 'retention',
      parentId: null,
    });
    const strategic = await create({
      level: 'strategic',
      parentId: goal.id,
      metric: 'csat',
      target: 0.8,
      targetDate: '2027-06-30',
    });
    expect(strategic).toMatchObject({
      parentId: goal.id,
      metric: 'csat',
      target: 0.8,
      targetDate: '2027-06-30',
    });
    expect((await send<GoalNodeDto>('GET', `/api/v1/goals/${strategic.id}`)).body).toEqual(
      strategic,
    );

    const updated = await send<GoalNodeDto>('PUT', `/api/v1/goals/${strategic.id}`, {
      metric: 'nps',
      target: 0.3,
      targetDate: '2027-12-31',
      team: 't1',
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      id: strategic.id,
      level: 'strategic',
      metric: 'nps',
      target: 0.3,
      team: 't1',
    });
    const list = (await send<GoalNodeListDto>('GET', '/api/v1/goals')).body;
    expect(list.nodes.map((n) => n.id)).toEqual([goal.id, strategic.id]);

    const removed = await send<{ deleted: number }>('DELETE', `/api/v1/goals/${goal.id}`);
    expect(removed).toEqual({ status: 200, body: { id: goal.id, deleted: 2 } });
    expect((await send('GET', `/api/v1/goals/${strategic.id}`)).status).toBe(404);
    expect((await send<GoalNodeListDto>('GET', '/api/v1/goals')).body.nodes).toEqual([]);
  });

  it('answers bad input with a 400 naming the field', async () => {
    const bad = async (method: string, path: string, body: unknown, field: string) => {
      const answer = await send<ErrorBody>(method, path, body);
      expect(answer.status).toBe(400);
      expect(answer.body.message).toContain(field);
      return answer.body;
    };
    const missing = await bad(
      'POST',
      '/api/v1/goals',
      { level: 'strategic', parentId: crypto.randomUUID() },
      'metric',
    );
    expect(missing.details?.errors?.map((e) => e.field)).toEqual([
      'metric',
      'target',
      'targetDate',
    ]);
    const unknown = await bad(
      'POST',
      '/api/v1/goals',
      { level: 'goal', name: 'x', metric: 'happiness' },
      'metric',
    );
    expect(unknown.message).toContain('fcr');
    await bad('POST', '/api/v1/goals', { level: 'goal', name: 'x', colour: 'red' }, 'colour');
    await bad('POST', '/api/v1/goals', [1, 2], '(body)');
    await bad(
      'POST',
      '/api/v1/goals',
      {
        level: 'strategic',
        parentId: crypto.randomUUID(),
        metric: 'fcr',
        target: 0.5,
        targetDate: '2027-01-01',
      },
      'parentId',
    );
    const goal = await create({ level: 'goal', name: 'Cut cost' });
    const wrongParent = await bad(
      'POST',
      '/api/v1/goals',
      { level: 'operational', parentId: goal.id, metric: 'aht' },
      'parentId',
    );
    expect(wrongParent.message).toContain('must name a strategic node');
    await bad('PUT', `/api/v1/goals/${goal.id}`, { name: 'x', parentId: null }, 'parentId');
    await bad('PUT', '/api/v1/goals/not-a-uuid', { name: 'x' }, 'id');
    expect((await send('PUT', `/api/v1/goals/${crypto.randomUUID()}`, { name: 'x' })).status).toBe(
      404,
    );
    expect((await send('DELETE', `/api/v1/goals/${crypto.randomUUID()}`)).status).toBe(404);
    const badTree = await getJson<ErrorBody>(testApp.baseUrl, '/api/v1/goals/tree?team=t1');
    expect(badTree.status).toBe(400);
    expect(badTree.body.message).toContain('team');
    const badWorkspace = await getJson<ErrorBody>(testApp.baseUrl, '/api/v1/goals?workspace=nope');
    expect(badWorkspace.status).toBe(400);
    expect(badWorkspace.body.message).toContain('workspace');
    await send('DELETE', `/api/v1/goals/${goal.id}`);
  });

  it('computes every node like /api/v1/metrics with the same filters, and its status', async () => {
    const goal = await create({ level: 'goal', name: 'Cut cost', goalKind: 'cost_reduction' });
    const containment = await create({
      level: 'strategic',
      parentId: goal.id,
      metric: 'containment',
      target: 0.5,
      targetDate: '2027-06-30',
    });
    const aht = await create({
      level: 'operational',
      parentId: containment.id,
      metric: 'aht',
      target: 250,
      channel: 'phone',
    });
    const fcr = await create({
      level: 'operational',
      parentId: containment.id,
      metric: 'fcr',
      intent: 'refund',
    });
    const agent = await create({
      level: 'team',
      parentId: aht.id,
      role: 'agent',
      metric: 'aht',
      target: 150,
      team: 't1',
      agent: 'ag2',
    });
    const empathy = await create({
      level: 'team',
      parentId: aht.id,
      role: 'agent',
      metricKind: 'qualitative',
      name: 'Empathy',
    });

    for (const period of ['', '?from=2026-11-23&to=2026-11-27']) {
      const body = await tree(period);
      if (period === '') {
        // Default: the 30 days up to the latest journey (Thu 2026-11-26, UTC workspace).
        expect([body.from, body.to, body.previousFrom]).toEqual([
          '2026-10-28T00:00:00.000Z',
          '2026-11-27T00:00:00.000Z',
          '2026-09-28T00:00:00.000Z',
        ]);
      }
      const window = `from=${body.from}&to=${body.to}`;
      const nodes = new Map<string, GoalTreeNodeDto>();
      const walk = (node: GoalTreeNodeDto) => {
        nodes.set(node.id, node);
        node.children.forEach(walk);
      };
      body.goals.forEach(walk);
      const expectSame = async (id: string, name: string, filters: string) => {
        const expected = (await metrics(`names=${name}&${window}${filters}`)).metrics[0];
        const { actual } = nodes.get(id) as GoalTreeNodeDto;
        expect(actual).toEqual({
          value: expected.value,
          numerator: expected.numerator,
          denominator: expected.denominator,
          previous: expected.previous,
          change: expected.change,
          direction: expected.direction,
          improved: expected.improved,
        });
      };
      await expectSame(containment.id, 'containment', '');
      await expectSame(aht.id, 'aht', '&channel=phone');
      await expectSame(fcr.id, 'fcr', '&intent=refund');
      await expectSame(agent.id, 'aht', '&team=t1&agent=ag2');

      // By hand from analytics-dataset.ts: containment 3/4, phone AHT 500/2, refund FCR 0/1, ag2 200.
      const status = (id: string) => [nodes.get(id)?.actual?.value ?? null, nodes.get(id)?.status];
      expect(status(containment.id)).toEqual([0.75, 'on_track']);
      expect(status(aht.id)).toEqual([250, 'on_track']);
      expect(status(fcr.id)).toEqual([0, 'no_target']);
      expect(status(agent.id)).toEqual([200, 'off_track']);
      expect(status(empathy.id)).toEqual([null, 'not_computed']);
      expect(nodes.get(goal.id)?.status).toBe('on_track');
      expect(nodes.get(containment.id)?.label).toBe('Containment rate');
    }
    await send('DELETE', `/api/v1/goals/${goal.id}`);
  });

  it('warns when a goal gets a third strategic metric, and deletes whole subtrees', async () => {
    const goal = await create({ level: 'goal', name: 'Grow', goalKind: 'growth' });
    const strategic = (metric: string) =>
      create({
        level: 'strategic',
        parentId: goal.id,
        metric,
        target: 0.5,
        targetDate: '2027-01-01',
      });
    const first = await strategic('fcr');
    await strategic('csat');
    const limitWarnings = async () =>
      (await tree()).warnings
        .filter((w) => w.severity === 'warning')
        .map((w) => `${w.code}:${w.nodeId}:${w.count}`);
    expect(await limitWarnings()).toEqual([]);
    await strategic('containment');
    expect(await limitWarnings()).toEqual([`too_many_strategic:${goal.id}:3`]);
    const goalNode = (await tree()).goals.find((g) => g.id === goal.id);
    expect(goalNode?.warnings.map((w) => w.code)).toEqual(['too_many_strategic']);
    expect(goalNode?.warnings[0].message).toContain('at most 2');

    const operational = await create({ level: 'operational', parentId: first.id, metric: 'aht' });
    await create({ level: 'team', parentId: operational.id, role: 'agent', metric: 'aht' });
    expect((await send<GoalNodeListDto>('GET', '/api/v1/goals')).body.nodes).toHaveLength(6);
    expect((await send('DELETE', `/api/v1/goals/${first.id}`)).body).toEqual({
      id: first.id,
      deleted: 3,
    });
    expect((await send<GoalNodeListDto>('GET', '/api/v1/goals')).body.nodes).toHaveLength(3);
    expect(await limitWarnings()).toEqual([]);
    expect((await send('DELETE', `/api/v1/goals/${goal.id}`)).body).toEqual({
      id: goal.id,
      deleted: 3,
    });
    expect((await send<GoalNodeListDto>('GET', '/api/v1/goals')).body.nodes).toEqual([]);
  });
});
