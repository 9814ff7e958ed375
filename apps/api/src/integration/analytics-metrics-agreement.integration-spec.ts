import type {
  JourneyMapDto,
  MetricFractionDto,
  MetricsResponseDto,
} from '@journey-atlas/shared/domain';
import {
  METRIC_NAMES,
  computeMetricsByGroup,
  type MetricDimension,
  type MetricFilter,
  type MetricResult,
  type MetricResults,
} from '@journey-atlas/shared/journey-rules';
import { getJson } from '../../test/analytics-fixtures';
import { RandomAnalyticsDataset } from '../../test/analytics-random-dataset';
import { type TestApp, startTestApp } from '../../test/test-app';

const ALL = METRIC_NAMES.join(',');

function expectAgrees(actual: MetricFractionDto, expected: MetricResult, label: string): void {
  const got = { numerator: actual.numerator, denominator: actual.denominator, value: actual.value };
  try {
    expect(got.denominator).toBe(expected.denominator);
    expect(got.numerator).toBeCloseTo(expected.numerator, 6);
    if (expected.value === null) expect(got.value).toBeNull();
    else expect(got.value).toBeCloseTo(expected.value, 9);
  } catch (error) {
    throw new Error(
      `${label}: got ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}\n${String(error)}`,
    );
  }
}

function expectAllAgree(body: MetricsResponseDto, expected: MetricResults, label: string): void {
  expect(body.metrics.map((metric) => metric.name)).toEqual([...METRIC_NAMES]);
  for (const metric of body.metrics) {
    expectAgrees(metric, expected[metric.name as keyof MetricResults], `${label} ${metric.name}`);
  }
}

describe('analytics metrics agree with the reference rules (computeMetrics)', () => {
  let testApp: TestApp;
  let data: RandomAnalyticsDataset;

  const query = async (params: string) => {
    const { status, body } = await getJson<MetricsResponseDto>(
      testApp.baseUrl,
      `/api/v1/metrics?workspace=${data.fx.slug}&names=${ALL}${params}`,
    );
    expect([status, status === 200 ? '' : JSON.stringify(body)]).toEqual([200, '']);
    return body;
  };

  const expectGroupsAgree = (
    body: MetricsResponseDto,
    dimension: MetricDimension,
    filter: MetricFilter,
  ) => {
    const groups = computeMetricsByGroup(
      data.journeys,
      data.touchpoints,
      data.friction,
      data.settings,
      dimension,
      filter,
    );
    expect(groups.length).toBeGreaterThan(1);
    for (const metric of body.metrics) {
      expect(metric.groups?.map((g) => g.group)).toEqual(groups.map((g) => g.group));
      groups.forEach((group, i) => {
        const actual = metric.groups?.[i];
        if (!actual) throw new Error(`missing group ${group.group}`);
        const expected = group.metrics[metric.name as keyof MetricResults];
        expectAgrees(actual, expected, `${group.group} ${metric.name}`);
      });
    }
  };

  beforeAll(async () => {
    testApp = await startTestApp();
    data = await RandomAnalyticsDataset.create(testApp, 'Europe/Berlin', 42, 16);
    expect(data.journeys.length).toBeGreaterThan(80);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('agrees on every metric over all time', async () => {
    const body = await query('');
    expectAllAgree(body, data.metrics(), 'all time');
    expect(body.journeys).toBe(data.journeys.length);
    expect(body.journeySource).toBe('rollup');
  });

  it('agrees for an instant period and for the same-length window before it', async () => {
    const from = '2026-11-09T05:30:00.000Z';
    const to = '2026-11-23T00:00:00.000Z';
    const body = await query(`&from=${from}&to=${to}`);
    expect(body.journeySource).toBe('facts');
    expectAllAgree(body, data.metrics({ from, to }), 'current');
    const previous = data.metrics({ from: body.previousFrom ?? '', to: from });
    for (const metric of body.metrics) {
      if (!metric.previous) throw new Error(`${metric.name} has no previous window`);
      expectAgrees(metric.previous, previous[metric.name as keyof MetricResults], metric.name);
    }
  });

  it('agrees when the rollup answers (local dates, intent and segment filters)', async () => {
    const body = await query('&from=2026-11-09&to=2026-11-30&segment.tier=gold&intent=refund');
    expect(body.journeySource).toBe('rollup');
    // Local midnights in Europe/Berlin.
    expect(body.filter.from).toBe('2026-11-08T23:00:00.000Z');
    const filter: MetricFilter = {
      from: body.filter.from ?? '',
      to: body.filter.to ?? '',
      segment: { tier: 'gold' },
      intent: 'refund',
    };
    expectAllAgree(body, data.metrics(filter), 'rollup');
    const previous = data.metrics({ ...filter, from: body.previousFrom ?? '', to: filter.from });
    for (const metric of body.metrics) {
      if (!metric.previous) throw new Error(`${metric.name} has no previous window`);
      expectAgrees(metric.previous, previous[metric.name as keyof MetricResults], metric.name);
    }
  });

  it.each([
    ['channel', { kind: 'channel' }, 'facts'],
    ['intent', { kind: 'intent' }, 'rollup'],
    ['team', { kind: 'team' }, 'facts'],
    ['agent', { kind: 'agent' }, 'facts'],
    ['segment.region', { kind: 'segment', attribute: 'region' }, 'rollup'],
    ['segment.plan', { kind: 'segment', attribute: 'plan' }, 'facts'],
  ] as [string, MetricDimension, string][])(
    'agrees on every metric grouped by %s',
    async (groupBy, dimension, source) => {
      const body = await query(`&groupBy=${groupBy}`);
      expect(body.journeySource).toBe(source);
      expectGroupsAgree(body, dimension, {});
    },
  );

  it.each([
    ['&channel=phone', { channel: 'phone' }],
    ['&intent=refund', { intent: 'refund' }],
    ['&team=t1', { team: 't1' }],
    ['&agent=a2', { agentId: 'a2' }],
    ['&segment.region=north&segment.tier=gold', { segment: { region: 'north', tier: 'gold' } }],
    ['&segment.plan=fibre&channel=web', { segment: { plan: 'fibre' }, channel: 'web' }],
  ] as [string, MetricFilter][])(
    'agrees on every metric filtered by %s',
    async (params, filter) => {
      expectAllAgree(await query(params), data.metrics(filter), params);
    },
  );

  it('agrees grouped by channel within a filtered period', async () => {
    const from = '2026-11-05T00:00:00.000Z';
    const to = '2026-11-26T00:00:00.000Z';
    const body = await query(`&from=${from}&to=${to}&segment.tier=gold&groupBy=channel`);
    const filter: MetricFilter = { from, to, segment: { tier: 'gold' } };
    expectAllAgree(body, data.metrics(filter), 'filtered');
    expectGroupsAgree(body, { kind: 'channel' }, filter);
  });

  it.each(['', '&channel=phone', '&segment.plan=dsl', '&intent=refund&team=t2'])(
    'journey-map node and exit counts add up to the journey count (%s)',
    async (params) => {
      const metrics = await query(params);
      const { body: map } = await getJson<JourneyMapDto>(
        testApp.baseUrl,
        `/api/v1/journey-map?workspace=${data.fx.slug}&steps=4&minCount=3${params}`,
      );
      const sum = (prefix: string) =>
        map.nodes.filter((n) => n.id.startsWith(prefix)).reduce((t, n) => t + n.count, 0);
      expect(map.totals.journeys).toBe(metrics.journeys);
      expect(sum('s0:')).toBe(metrics.journeys);
      expect(sum('exit:')).toBe(metrics.journeys);
      // Resolved journeys are the LCR denominator.
      const resolved = metrics.metrics.find((m) => m.name === 'lcr')?.denominator;
      expect(map.totals.resolved).toBe(resolved);
    },
  );

  // Last: it changes the data. The rollup columns must follow incremental rebuilds too.
  it('still agrees after incremental rebuilds of some customers', async () => {
    await data.extend([0, 3, 7], 'x');
    const all = await query('');
    expect(all.journeySource).toBe('rollup');
    expectAllAgree(all, data.metrics(), 'after extend');
    const byRegion = await query('&groupBy=segment.region');
    expectGroupsAgree(byRegion, { kind: 'segment', attribute: 'region' }, {});
    expectAllAgree(await query('&channel=chat'), data.metrics({ channel: 'chat' }), 'chat');
  });
});
