import { JourneyBuilder } from '@journey-atlas/api/journeys';
import type {
  AgentReportDto,
  ChannelShiftsDto,
  FrictionRankingDto,
  ManagementReportDto,
  MetricFractionDto,
  MetricsResponseDto,
  ReportOptionsDto,
  TeamReportDto,
} from '@journey-atlas/shared/domain';
import { enrich, getJson } from '../../test/analytics-fixtures';
import { JourneyFixture, type Tp } from '../../test/journey-fixtures';
import { type TestApp, startTestApp } from '../../test/test-app';

const MONTHS = ['2026-07', '2026-08', '2026-09', '2026-10', '2026-11'];
const PER_MONTH = 40;
const AGENTS = ['ag1', 'ag2', 'ag3'];
const TEAM_OF: Record<string, string> = { ag1: 'blue', ag2: 'blue', ag3: 'red' };

/**
 * 40 journeys a month from July to November 2026 in a New York workspace: every other one
 * starts on the web and moves to the phone (failed containment), the phone call handled
 * by ag1 / ag2 (team blue) or ag3 (team red). October is planted worse: a third of the
 * calls transferred instead of an eighth, and 100 s more handle time.
 */
async function reportsDataset(testApp: TestApp): Promise<JourneyFixture> {
  const fx = await JourneyFixture.create(testApp, 'America/New_York');
  const teams: { ext: string; team: string }[] = [];
  for (const month of MONTHS) {
    const october = month === '2026-10';
    for (let i = 0; i < PER_MONTH; i++) {
      const customer = await fx.customer({ region: i % 2 === 0 ? 'north' : 'south' });
      const day = String(3 + (i % 20)).padStart(2, '0');
      const agent = AGENTS[i % 3];
      const rows: Tp[] = [];
      if (i % 2 === 0)
        rows.push({ ext: `${month}-${i}-w`, at: `${month}-${day}T13:00:00Z`, channel: 'web' });
      rows.push({
        ext: `${month}-${i}-p`,
        at: `${month}-${day}T14:00:00Z`,
        channel: 'phone',
        agent,
        outcome: i % (october ? 3 : 8) === 0 ? 'transferred' : 'resolved',
        wait: 5 + (i % 30),
        handle: 200 + ((i * 37) % 90) + (october ? 100 : 0),
        csat: i % 4 === 0 ? 2 : 5,
      });
      await fx.touchpoints(customer, rows);
      teams.push({ ext: `${month}-${i}-p`, team: TEAM_OF[agent] });
    }
  }
  await enrich(
    fx,
    teams.map(({ ext, team }) => ({ ext, extra: { team, queue: null, nps: null } })),
  );
  await testApp.app.get(JourneyBuilder).rebuildAll(fx.workspaceId);
  return fx;
}

const fraction = ({ value, numerator, denominator }: MetricFractionDto) => ({
  value: value === null ? null : Number(value.toFixed(9)),
  numerator: Number(numerator.toFixed(9)),
  denominator,
});

describe('GET /api/v1/reports (management, team, agent)', () => {
  let testApp: TestApp;
  let fx: JourneyFixture;
  const url = (path: string) => `${path}${path.includes('?') ? '&' : '?'}workspace=${fx.slug}`;
  const get = <T>(path: string) => getJson<T>(testApp.baseUrl, url(path));

  async function metrics(query: string): Promise<MetricsResponseDto> {
    const { status, body } = await get<MetricsResponseDto>(`/api/v1/metrics?${query}`);
    expect(status).toBe(200);
    return body;
  }

  function metric(body: MetricsResponseDto, name: string) {
    const found = body.metrics.find((m) => m.name === name);
    if (!found) throw new Error(`metric ${name} missing`);
    return found;
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    fx = await reportsDataset(testApp);
  }, 120_000);

  afterAll(async () => {
    await testApp?.close();
  });

  it('offers the teams, the agents with their team and the months with data', async () => {
    const { status, body } = await get<ReportOptionsDto>('/api/v1/reports/options');
    expect(status).toBe(200);
    expect(body).toEqual({
      teams: ['blue', 'red'],
      agents: [
        { agentId: 'ag1', team: 'blue' },
        { agentId: 'ag2', team: 'blue' },
        { agentId: 'ag3', team: 'red' },
      ],
      months: [...MONTHS].reverse(),
      defaultMonth: '2026-10',
    });
  });

  it('management: every number is the metrics API for the same filters and period', async () => {
    const query = 'from=2026-10-01&to=2026-11-01&segment.region=north';
    const { status, body } = await get<ManagementReportDto>(`/api/v1/reports/management?${query}`);
    expect(status).toBe(200);
    expect(body.period).toMatchObject({ source: 'range', month: null });
    const names = body.changes.map((c) => c.name);
    const same = await metrics(`${query}&names=${names.join(',')}`);
    expect(body.journeys).toBe(same.journeys);
    expect(body.period.previousFrom).toBe(same.previousFrom);
    for (const change of body.changes) {
      const expected = metric(same, change.name);
      expect([change.name, fraction(change)]).toEqual([change.name, fraction(expected)]);
      expect(fraction(change.previous as MetricFractionDto)).toEqual(
        fraction(expected.previous as MetricFractionDto),
      );
      expect(change.improved).toBe(expected.improved);
    }
    const friction = await get<FrictionRankingDto>(`/api/v1/friction?${query}`);
    expect(body.topFriction).toEqual(friction.body.friction[0]);
    const shifts = await get<ChannelShiftsDto>(`/api/v1/channel-shifts?${query}`);
    expect(body.topOpportunity).toEqual(shifts.body.opportunities[0] ?? null);
  });

  it('management: defaults to the last full month vs the month before, ranked by significant change', async () => {
    const { body } = await get<ManagementReportDto>('/api/v1/reports/management');
    expect(body.period).toMatchObject({
      month: '2026-10',
      source: 'default',
      from: '2026-10-01T04:00:00.000Z', // New York midnight (EDT)
      to: '2026-11-01T04:00:00.000Z',
      previousFrom: '2026-09-01T04:00:00.000Z',
    });
    const october = await metrics('from=2026-10-01&to=2026-11-01');
    const september = await metrics('from=2026-09-01&to=2026-10-01');
    expect(body.journeys).toBe(PER_MONTH);
    expect(body.previousJourneys).toBe(PER_MONTH);
    for (const change of body.changes) {
      expect(fraction(change)).toEqual(fraction(metric(october, change.name)));
      expect(fraction(change.previous as MetricFractionDto)).toEqual(
        fraction(metric(september, change.name)),
      );
    }
    // The planted October problems lead, as significant changes for the worse.
    const significant = body.changes.filter((c) => c.significant);
    // transfers 12.5% -> 35% (+180%), handle time about +40%, FCR 87.5% -> 65% (-26%).
    expect(significant.map((c) => c.name).sort()).toEqual(['aht', 'fcr', 'transfer_rate']);
    expect(body.changes.slice(0, 3).map((c) => c.name)).toEqual(['transfer_rate', 'aht', 'fcr']);
    for (const change of significant) expect(change.improved).toBe(false);
    const sizes = significant.map((c) => Math.abs(c.relativeChange ?? Infinity));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(body.topFriction?.journeysAffected).toBeGreaterThan(0);
  });

  it('team: the chosen month and each previous month line up with the metrics API', async () => {
    const { status, body } = await get<TeamReportDto>(
      '/api/v1/reports/teams/blue?month=2026-10&months=2&names=aht,transfer_rate,conversations_per_agent,fcr',
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ team: 'blue', month: '2026-10', monthSource: 'month' });
    expect(body.months).toEqual(['2026-08', '2026-09', '2026-10']);
    const next: Record<string, string> = {
      '2026-08': '2026-09',
      '2026-09': '2026-10',
      '2026-10': '2026-11',
    };
    for (const [index, month] of body.months.entries()) {
      const same = await metrics(`team=blue&from=${month}-01&to=${next[month]}-01`);
      expect(body.journeys[index]).toBe(same.journeys);
      for (const report of body.metrics) {
        expect([report.name, month, fraction(report.months[index])]).toEqual([
          report.name,
          month,
          fraction(metric(same, report.name)),
        ]);
      }
    }
    const aht = body.metrics.find((m) => m.name === 'aht');
    expect(aht?.comparisons.map((c) => c.month)).toEqual(['2026-09', '2026-08']);
    for (const comparison of aht?.comparisons ?? []) {
      const earlier = aht?.months.find((m) => m.month === comparison.month);
      expect(comparison.change).toBeCloseTo((aht?.value ?? 0) - (earlier?.value ?? 0), 9);
      expect(comparison).toMatchObject({ direction: 'up', improved: false });
    }
  });

  it('team: defaults to the last full month and three months before', async () => {
    const { body } = await get<TeamReportDto>('/api/v1/reports/teams/red');
    expect(body.monthSource).toBe('default');
    expect(body.months).toEqual(['2026-07', '2026-08', '2026-09', '2026-10']);
    expect(body.metrics[0].comparisons).toHaveLength(3);
  });

  it('agent: the agent beside their team over the same period, privately', async () => {
    const { status, body } = await get<AgentReportDto>('/api/v1/reports/agents/ag1?month=2026-10');
    expect(status).toBe(200);
    expect(body).toMatchObject({ agentId: 'ag1', team: 'blue', period: { month: '2026-10' } });
    expect(body.privacy).toContain('never another agent');
    const names = body.metrics.map((m) => m.name).join(',');
    const mine = await metrics(`agent=ag1&from=2026-10-01&to=2026-11-01&names=${names}`);
    const team = await metrics(`team=blue&from=2026-10-01&to=2026-11-01&names=${names}`);
    for (const row of body.metrics) {
      expect([row.name, fraction(row.agent)]).toEqual([row.name, fraction(metric(mine, row.name))]);
      expect([row.name, fraction(row.team)]).toEqual([row.name, fraction(metric(team, row.name))]);
    }
    const perAgent = body.metrics.find((m) => m.name === 'conversations_per_agent');
    expect(perAgent?.agent).toMatchObject({ denominator: 1 });
    expect(perAgent?.team).toMatchObject({ denominator: 2 });
    expect(body.contacts).toBe(metric(mine, 'transfer_rate').denominator);
    expect(JSON.stringify(body)).not.toContain('ag2');
  });

  it('exports each report as CSV', async () => {
    for (const path of [
      '/api/v1/reports/management?format=csv',
      '/api/v1/reports/teams/blue?format=csv',
      '/api/v1/reports/agents/ag3?format=csv',
    ]) {
      const response = await fetch(`${testApp.baseUrl}${url(path)}`);
      expect([path, response.status]).toEqual([path, 200]);
      expect(response.headers.get('content-type')).toContain('text/csv');
      const lines = (await response.text()).trim().split('\r\n');
      expect(lines[0]).toContain('metric');
      expect(lines.length).toBeGreaterThan(1);
    }
  });

  it('answers 404 for an unknown team or agent, naming it', async () => {
    const team = await get<{ message: string }>('/api/v1/reports/teams/green');
    expect(team.status).toBe(404);
    expect(team.body.message).toContain('team "green"');
    const agent = await get<{ message: string }>('/api/v1/reports/agents/nobody');
    expect(agent.status).toBe(404);
    expect(agent.body.message).toContain('agent "nobody"');
  });

  it('answers 400 naming the parameter for bad input', async () => {
    const cases: [string, string][] = [
      ['/api/v1/reports/management?month=2026-13', 'month'],
      ['/api/v1/reports/management?month=october', 'month'],
      ['/api/v1/reports/management?from=2026-10-01', 'to'],
      ['/api/v1/reports/management?month=2026-10&from=2026-10-01&to=2026-11-01', 'month'],
      ['/api/v1/reports/management?names=speed', 'names'],
      ['/api/v1/reports/management?months=2', 'months'],
      ['/api/v1/reports/teams/blue?months=0', 'months'],
      ['/api/v1/reports/teams/blue?from=2026-10-01&to=2026-11-01', 'from'],
      ['/api/v1/reports/teams/blue?team=red', 'team'],
      ['/api/v1/reports/agents/ag1?agent=ag2', 'agent'],
      ['/api/v1/reports/agents/ag1?team=red', 'team'],
    ];
    for (const [path, parameter] of cases) {
      const { status, body } = await get<{ message: string }>(path);
      expect([path, status]).toEqual([path, 400]);
      expect(body.message).toContain(`"${parameter}"`);
    }
  });

  it('documents every report route in OpenAPI with an example', async () => {
    const { body } = await getJson<{ paths: Record<string, unknown> }>(
      testApp.baseUrl,
      '/api/docs/openapi.json',
    );
    for (const path of [
      '/api/v1/reports/options',
      '/api/v1/reports/management',
      '/api/v1/reports/teams/{team}',
      '/api/v1/reports/agents/{agentId}',
    ]) {
      expect([path, JSON.stringify(body.paths[path] ?? null)]).toEqual([
        path,
        expect.stringContaining('example'),
      ]);
    }
  });
});
