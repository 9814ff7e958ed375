import {
  AnalyticsRequests,
  ChannelShiftsService,
  FlowGraphService,
  FrictionService,
  JourneyMapService,
  MetricsService,
  PathsService,
  SegmentCompareService,
} from '@journey-atlas/api/analytics';
import { DemoDataService } from '@journey-atlas/api/demo-data';
import { JourneyBuilder } from '@journey-atlas/api/journeys';
import { WorkspacesService } from '@journey-atlas/api/workspaces';
import {
  type FlowGraphDto,
  type JourneyMapDto,
  METRIC_PERIODS,
  type SettingsUpdatedDto,
} from '@journey-atlas/shared/domain';
import { METRIC_NAMES } from '@journey-atlas/shared/journey-rules';
import { DataSource } from 'typeorm';
import { type TestApp, startTestApp } from '../../test/test-app';

const WORKSPACE = 'slot-rollups';
const NOW = new Date('2026-11-25T12:00:00Z');
/** The median estimate's bound (slot-map.ts): a factor 2^(1/4), or 1 s under 1 s. */
const GAP_FACTOR = 2 ** (1 / 4) * (1 + 1e-9);
const ONE_SECOND = 1 / 3600;
/** Low bars, so that 400 customers give opportunities as well as leaks. */
const SHIFT_OPTIONS = { minContainment: 0.2, minJourneys: 5, cap: 0.3 };

/**
 * The slot rollups must give the answers the fact tables give: the generator's demo data
 * in a time zone with DST, every metric, friction ranking and map, for filters the slots
 * serve (none, one segment attribute with one or two values, intent, periods on and off
 * month boundaries), after a full rebuild and after incremental builds. Gap medians are
 * estimates within GAP_FACTOR of the exact ones.
 */
describe('analytics: slot rollups answer like the fact tables', () => {
  let testApp: TestApp;
  let workspaceId: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    workspaceId = (
      await testApp.app.get(WorkspacesService).ensureWorkspace(WORKSPACE, 'Slot rollups')
    ).id;
    await query(`UPDATE workspace SET time_zone = 'America/New_York' WHERE id = $1`, [workspaceId]);
    await testApp.app.get(DemoDataService).load({ customers: 400, workspace: WORKSPACE, now: NOW });
    await testApp.app.get(JourneyBuilder).rebuildAll(workspaceId);
  }, 300_000);

  afterAll(async () => {
    await testApp?.close();
  });

  function query<T>(sql: string, params: unknown[]): Promise<T[]> {
    return testApp.app.get(DataSource).query(sql, params);
  }

  async function putSettings(body: unknown): Promise<SettingsUpdatedDto> {
    const response = await fetch(`${testApp.baseUrl}/api/v1/settings?workspace=${WORKSPACE}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as SettingsUpdatedDto;
  }

  async function waitForJob(jobId: string | undefined): Promise<void> {
    expect(jobId).toBeDefined();
    for (let i = 0; i < 1200; i++) {
      const response = await fetch(`${testApp.baseUrl}/api/v1/jobs/${jobId}`);
      const { status } = (await response.json()) as { status: string };
      if (!['queued', 'running'].includes(status)) return expect(status).toBe('done');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`job ${jobId} did not finish`);
  }

  async function resolve(search: string, extras: string[]) {
    const query = Object.fromEntries(new URLSearchParams(`workspace=${WORKSPACE}&${search}`));
    // Repeated attributes ("any of") arrive as arrays, as Express parses them.
    const params = new URLSearchParams(search);
    for (const key of new Set(params.keys())) {
      const all = params.getAll(key);
      if (all.length > 1) (query as Record<string, unknown>)[key] = all;
    }
    return testApp.app.get(AnalyticsRequests).parse(query, extras);
  }

  const FILTERS = [
    '',
    'segment.region=north',
    'segment.tier=gold&segment.tier=silver',
    'segment.valueBand=high',
    'segment.specialNeeds=yes',
    'from=2026-09-14&to=2026-11-03',
    'from=2026-09-01&to=2026-11-01&segment.region=south',
    'from=2026-10-10',
    'to=2026-10-20&segment.tier=standard',
    // ageBand: the demo's custom attribute, which its settings count in the rollups.
    'segment.ageBand=25-34',
    `segment.ageBand=18-24&segment.ageBand=${encodeURIComponent('65+')}`,
    'from=2026-09-01&to=2026-11-01&segment.ageBand=35-44',
  ];

  async function someIntent(): Promise<string> {
    const [{ journey_key }] = await query<{ journey_key: string }>(
      `SELECT journey_key FROM journey WHERE workspace_id = $1
        GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
      [workspaceId],
    );
    return journey_key;
  }

  async function expectSameAnswers(filters: string[]): Promise<void> {
    const metrics = testApp.app.get(MetricsService);
    const friction = testApp.app.get(FrictionService);
    const maps = testApp.app.get(JourneyMapService);
    // conversations_per_agent (a distinct count) comes from the steps next to the slots.
    const names = METRIC_NAMES;
    for (const search of filters) {
      const { filter } = await resolve(search, []);
      const requests = [
        ...[null, { kind: 'intent' as const }].map((groupBy) => ({ groupBy, period: null })),
        // Series: day and week buckets from day rows, months from month and day rows.
        ...METRIC_PERIODS.map((period) => ({ groupBy: null, period })),
      ];
      for (const shape of requests) {
        const request = { names, ...shape };
        const facts = await metrics.metrics(filter, request, { slots: false, cache: false });
        const slots = await metrics.metrics(filter, request, { slots: true, cache: false });
        expect({ search, ...slots, journeySource: 'any' }).toEqual({
          search,
          ...facts,
          journeySource: 'any',
        });
        expect(slots.journeys).toBeGreaterThan(0);
      }
      expect({
        search,
        ...(await friction.ranking(filter, null, { slots: true, cache: false })),
      }).toEqual({
        search,
        ...(await friction.ranking(filter, null, { slots: false, cache: false })),
      });
      for (const [steps, minCount] of [
        [5, null],
        [3, 4],
        [8, null],
        [1, null],
      ] as const) {
        const request = {
          steps,
          minCount,
          anchorChannel: null,
          anchorIntent: null,
          direction: 'after' as const,
        };
        const facts = await maps.journeyMap(filter, request, { slots: false, cache: false });
        const slots = await maps.journeyMap(filter, request, { slots: true, cache: false });
        expectSameMap(`${search} steps=${steps}`, slots, facts);
      }
      const flows = testApp.app.get(FlowGraphService);
      expectSameFlows(
        search,
        await flows.flowGraph(filter, { slots: true, cache: false }),
        await flows.flowGraph(filter, { slots: false, cache: false }),
      );
      const shifts = testApp.app.get(ChannelShiftsService);
      const shiftFacts = await shifts.channelShifts(filter, SHIFT_OPTIONS, {
        slots: false,
        cache: false,
      });
      expect({
        search,
        ...(await shifts.channelShifts(filter, SHIFT_OPTIONS, { slots: true, cache: false })),
      }).toEqual({ search, ...shiftFacts });
      expect(shiftFacts.leaks.length).toBeGreaterThan(0);
      // Segment compare's sums of squares (t-tests) come from the slots too.
      const compare = testApp.app.get(SegmentCompareService);
      const { filter: everyone } = await resolve('', []);
      const compareRequest = { names, limit: 5 };
      const compareFacts = await compare.compare(filter, everyone, compareRequest, {
        slots: false,
        cache: false,
      });
      expect({
        search,
        ...(await compare.compare(filter, everyone, compareRequest, { slots: true, cache: false })),
      }).toEqual({ search, ...compareFacts });
      const aht = compareFacts.metrics.find((metric) => metric.name === 'aht');
      expect(aht?.a.standardDeviation).toBeGreaterThan(0);
    }
  }

  /** Exact counts; medians estimated from the gap buckets like the map's. */
  function expectSameFlows(search: string, slots: FlowGraphDto, facts: FlowGraphDto): void {
    const exact = (graph: FlowGraphDto) => ({
      search,
      ...graph,
      edges: graph.edges.map((edge) => ({ ...edge, medianGapHours: undefined })),
    });
    expect(exact(slots)).toEqual(exact(facts));
    facts.edges.forEach((edge, i) => {
      const estimate = slots.edges[i].medianGapHours;
      expect(estimate).toBeLessThanOrEqual(edge.medianGapHours * GAP_FACTOR + ONE_SECOND);
      expect(estimate).toBeGreaterThanOrEqual(edge.medianGapHours / GAP_FACTOR - ONE_SECOND);
    });
  }

  function expectSameMap(search: string, slots: JourneyMapDto, facts: JourneyMapDto): void {
    const exact = (map: JourneyMapDto) => ({
      search,
      ...map,
      links: map.links.map((link) => ({ ...link, medianGapHours: undefined })),
    });
    expect(exact(slots)).toEqual(exact(facts));
    facts.links.forEach((link, i) => {
      const estimate = slots.links[i].medianGapHours;
      if (link.medianGapHours === null) return expect(estimate).toBeNull();
      expect(estimate).not.toBeNull();
      expect(estimate ?? 0).toBeLessThanOrEqual(link.medianGapHours * GAP_FACTOR + ONE_SECOND);
      expect(estimate ?? 0).toBeGreaterThanOrEqual(link.medianGapHours / GAP_FACTOR - ONE_SECOND);
    });
    expect(facts.totals.journeys).toBeGreaterThan(0);
  }

  it('after a full rebuild, for every filter the slots serve', async () => {
    // The flow graph counts the steps after the map's 8th too (map_slot's step 8 rows).
    const [{ long }] = await query<{ long: number }>(
      `SELECT count(*)::int AS long FROM journey WHERE workspace_id = $1 AND steps > 9`,
      [workspaceId],
    );
    expect(long).toBeGreaterThan(0);
    const intent = await someIntent();
    await expectSameAnswers([
      ...FILTERS,
      `intent=${encodeURIComponent(intent)}`,
      `intent=${encodeURIComponent(intent)}&segment.region=north&from=2026-08-01&to=2026-11-01`,
      // Not whole months: one intent reads the facts.
      `intent=${encodeURIComponent(intent)}&from=2026-08-20&to=2026-11-20`,
    ]);
  }, 300_000);

  it('after incremental builds that move journeys between days, keys and segments', async () => {
    // Customers change segment and some touchpoints change intent and day: the
    // customer-scoped builds subtract and add their journeys in the slot rollups.
    const changed = await query<{ id: string }>(
      `SELECT id FROM customer WHERE workspace_id = $1 AND merged_into_id IS NULL
        ORDER BY id LIMIT 60`,
      [workspaceId],
    );
    const ids = changed.map((row) => row.id);
    await query(
      `UPDATE customer SET region = CASE WHEN region = 'north' THEN 'south' ELSE 'north' END,
              tier = NULL,
              attributes = attributes || jsonb_build_object('ageBand',
                CASE WHEN attributes ->> 'ageBand' = '25-34' THEN '45-54' ELSE '25-34' END)
        WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    await query(
      `UPDATE touchpoint SET occurred_at = occurred_at - interval '3 days',
              intent = CASE WHEN intent IS NULL THEN NULL ELSE intent || '-moved' END
        WHERE workspace_id = $1 AND customer_id = ANY($2::uuid[]) AND id % 3 = 0`,
      [workspaceId, ids],
    );
    await query(
      `INSERT INTO customer_change (workspace_id, customer_id)
       SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [workspaceId, ids],
    );
    const rebuilt = await testApp.app.get(JourneyBuilder).processChangedCustomers(workspaceId);
    expect(rebuilt).toBeGreaterThanOrEqual(ids.length);
    await expectSameAnswers([...FILTERS.slice(0, 3), 'segment.ageBand=25-34']);
  }, 300_000);

  it('counts the custom attributes the settings name, once a rebuild has counted them', async () => {
    const metrics = testApp.app.get(MetricsService);
    const { filter } = await resolve('segment.ageBand=45-54', []);
    const names = ['fcr', 'csat', 'conversations_per_agent'] as const;
    const request = { names: [...names], groupBy: null, period: null };
    const answer = () => metrics.metrics(filter, request, { cache: false });
    const facts = await metrics.metrics(filter, request, { slots: false, cache: false });
    // From the slots, conversations_per_agent (a distinct count) from the steps beside them.
    const fromSlots = await answer();
    expect(fromSlots).toMatchObject({ journeySource: 'rollup', journeys: facts.journeys });
    expect(fromSlots.metrics[2]).toEqual(facts.metrics[2]);
    expect(fromSlots.metrics[2].denominator).toBeGreaterThan(0);
    // A slot row of the attribute is read...
    await query(
      `UPDATE journey_slot SET journeys = journeys + 1000
        WHERE workspace_id = $1 AND slot_attr = 'ageBand' AND slot_value = '45-54'
          AND all_keys AND month AND friction_type = ''`,
      [workspaceId],
    );
    expect((await answer()).journeys).toBeGreaterThan(facts.journeys);

    // ...until the settings stop counting it: from then on it is read from the journeys.
    const removed = await putSettings({ rollupAttributes: [] });
    expect(removed.settings).toMatchObject({ rollupAttributes: [], rollupAttributesCounted: [] });
    expect(await answer()).toMatchObject({ journeySource: 'facts', journeys: facts.journeys });
    await waitForJob(removed.rebuild?.jobId);
    expect(
      await query(
        `SELECT 1 FROM journey_slot WHERE workspace_id = $1 AND slot_attr = 'ageBand' LIMIT 1`,
        [workspaceId],
      ),
    ).toEqual([]);

    // Named again, it is counted once the rebuild that the change queued has recounted.
    const added = await putSettings({ rollupAttributes: ['ageBand'] });
    expect(added.settings).toMatchObject({
      rollupAttributes: ['ageBand'],
      rollupAttributesCounted: [],
    });
    await waitForJob(added.rebuild?.jobId);
    expect(await answer()).toMatchObject({ journeySource: 'rollup', journeys: facts.journeys });
    await expectSameAnswers(['segment.ageBand=45-54']);
  }, 300_000);

  it('reads the slots: a changed slot row changes the answers (and the facts do not)', async () => {
    const { filter } = await resolve('segment.region=north', []);
    const names = ['self_service_share', 'csat'] as const;
    const request = { names: [...names], groupBy: null, period: null };
    const mapRequest = {
      steps: 5,
      minCount: null,
      anchorChannel: null,
      anchorIntent: null,
      direction: 'after' as const,
    };
    const metrics = testApp.app.get(MetricsService);
    const maps = testApp.app.get(JourneyMapService);
    const weekly = { ...request, period: 'week' as const };
    const before = await metrics.metrics(filter, request, { cache: false });
    const weeklyBefore = await metrics.metrics(filter, weekly, { cache: false });
    const mapBefore = await maps.journeyMap(filter, mapRequest, { cache: false });
    const slot = `WHERE workspace_id = $1 AND slot_attr = 'region' AND slot_value = 'north'
                    AND all_keys AND month AND friction_type = ''`;
    await query(`UPDATE journey_slot SET journeys = journeys + 1000 ${slot}`, [workspaceId]);
    await query(`UPDATE contact_slot SET csat_n = csat_n + 1000 ${slot}`, [workspaceId]);
    await query(
      `UPDATE map_slot SET journeys = journeys + 1000
        WHERE workspace_id = $1 AND slot_attr = 'region' AND slot_value = 'north'
          AND all_keys AND month AND step_index = 0`,
      [workspaceId],
    );
    // A week series reads day rows.
    await query(
      `UPDATE journey_slot SET journeys = journeys + 1000
        WHERE (workspace_id, slot_attr, slot_value, all_keys, month, journey_key, day,
               friction_type) =
              (SELECT workspace_id, slot_attr, slot_value, all_keys, month, journey_key, day,
                      friction_type
                 FROM journey_slot
                WHERE workspace_id = $1 AND slot_attr = 'region' AND slot_value = 'north'
                  AND all_keys AND NOT month AND friction_type = '' AND journeys > 0
                ORDER BY day LIMIT 1)`,
      [workspaceId],
    );
    const after = await metrics.metrics(filter, request, { cache: false });
    const weeklyAfter = await metrics.metrics(filter, weekly, { cache: false });
    const seriesJourneys = (answer: typeof weeklyBefore) =>
      (answer.metrics[0].series ?? []).reduce((sum, point) => sum + point.denominator, 0);
    expect(seriesJourneys(weeklyAfter)).toBe(seriesJourneys(weeklyBefore) + 1000);
    const mapAfter = await maps.journeyMap(filter, mapRequest, { cache: false });
    const facts = await metrics.metrics(filter, request, { slots: false, cache: false });
    const compare = testApp.app.get(SegmentCompareService);
    const deviation = async () =>
      (
        await compare.compare(
          filter,
          filter,
          { names: ['cost_to_serve'], limit: 5 },
          { cache: false },
        )
      ).metrics[0].a.standardDeviation ?? 0;
    const deviationBefore = await deviation();
    // conversations_per_agent's agents over whole months come from agent_slot.
    const agents = { names: ['conversations_per_agent' as const], groupBy: null, period: null };
    const agentsBefore = await metrics.metrics(filter, agents, { cache: false });
    await query(
      `UPDATE agent_slot SET contacts = contacts + 1000
        WHERE workspace_id = $1 AND slot_attr = 'region' AND slot_value = 'north'`,
      [workspaceId],
    );
    const agentsAfter = await metrics.metrics(filter, agents, { cache: false });
    expect(agentsAfter.metrics[0].numerator).toBeGreaterThan(
      (agentsBefore.metrics[0].numerator ?? 0) + 999,
    );
    const paths = testApp.app.get(PathsService);
    const pathsBefore = await paths.paths(filter, 5);
    await query(
      `UPDATE path_slot SET journeys = journeys + 1000
        WHERE workspace_id = $1 AND slot_attr = 'region' AND slot_value = 'north' AND path = $2`,
      [workspaceId, pathsBefore.paths[0].path],
    );
    const pathsAfter = await paths.paths(filter, 5);
    expect(pathsAfter.journeys).toBeGreaterThan(pathsBefore.journeys + 999);
    expect(pathsAfter.paths[0].count).toBeGreaterThan(pathsBefore.paths[0].count + 999);
    await query(`UPDATE journey_slot SET cost_sq = cost_sq + 1e9 ${slot}`, [workspaceId]);
    expect(await deviation()).toBeGreaterThan(deviationBefore);
    const shifts = testApp.app.get(ChannelShiftsService);
    const shiftsBefore = await shifts.channelShifts(filter, SHIFT_OPTIONS, { cache: false });
    const [leak] = shiftsBefore.leaks;
    await query(
      `UPDATE shift_slot SET journeys = journeys + 1000
        WHERE workspace_id = $1 AND slot_attr = 'region' AND slot_value = 'north'
          AND NOT month AND journey_key = $2 AND from_channel = $3 AND to_channel = $4`,
      [workspaceId, leak.intent, leak.fromChannel, leak.toChannel],
    );
    const shiftsAfter = await shifts.channelShifts(filter, SHIFT_OPTIONS, { cache: false });
    expect(shiftsAfter.leaks[0]).toMatchObject({
      intent: leak.intent,
      fromChannel: leak.fromChannel,
      toChannel: leak.toChannel,
    });
    expect(shiftsAfter.leaks[0].journeys).toBeGreaterThan(leak.journeys + 999);
    expect(after.journeys).toBeGreaterThan(before.journeys);
    expect(after.metrics[1].denominator).toBeGreaterThan(before.metrics[1].denominator ?? 0);
    expect(mapAfter.totals.journeys).toBeGreaterThan(mapBefore.totals.journeys);
    expect(facts.journeys).toBe(before.journeys);
    // A full rebuild counts the slots again from the facts.
    await testApp.app.get(JourneyBuilder).rebuildAll(workspaceId);
    expect((await metrics.metrics(filter, request, { cache: false })).journeys).toBe(
      before.journeys,
    );
    expect(await shifts.channelShifts(filter, SHIFT_OPTIONS, { cache: false })).toEqual(
      shiftsBefore,
    );
    expect(await paths.paths(filter, 5)).toEqual(pathsBefore);
    // (agentsBefore's journey count came from the journey_slot changed above.)
    expect((await metrics.metrics(filter, agents, { cache: false })).metrics).toEqual(
      agentsBefore.metrics,
    );
  }, 300_000);
});
