import { JourneyBuilder } from '@journey-atlas/api/journeys';
import type { FlowGraphDto } from '@journey-atlas/shared/domain';
import { getJson } from '../../test/analytics-fixtures';
import { type AnalyticsDataset, analyticsDataset } from '../../test/analytics-dataset';
import { JourneyFixture, at } from '../../test/journey-fixtures';
import { type TestApp, startTestApp } from '../../test/test-app';

const edgesOf = (graph: FlowGraphDto) =>
  graph.edges.map((e) => `${e.source}>${e.target}=${e.count}@${e.medianGapHours}h`);
const countsOf = (graph: FlowGraphDto) =>
  graph.edges.map((e) => `${e.source}>${e.target}=${e.count}`);

/**
 * Filters the slot rollups serve read edge medians from gap buckets (slot-flow.ts): each
 * within a factor 2^(1/4) of the exact median.
 */
function expectEstimatedMedians(graph: FlowGraphDto, exactHours: number[]): void {
  const factor = 2 ** (1 / 4) * (1 + 1e-9);
  expect(graph.edges).toHaveLength(exactHours.length);
  graph.edges.forEach((edge, i) => {
    expect(edge.medianGapHours).toBeLessThanOrEqual(exactHours[i] * factor);
    expect(edge.medianGapHours).toBeGreaterThanOrEqual(exactHours[i] / factor);
  });
}

describe('GET /api/v1/flow-graph (directly-follows graph of channels)', () => {
  let testApp: TestApp;
  let data: AnalyticsDataset;

  beforeAll(async () => {
    testApp = await startTestApp();
    data = await analyticsDataset(testApp);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  const get = (slug: string, query = '') =>
    getJson<FlowGraphDto>(testApp.baseUrl, `/api/v1/flow-graph?workspace=${slug}${query}`);

  it('counts channels and consecutive steps with their median gap', async () => {
    const { status, body } = await get(data.fx.slug);
    expect(status).toBe(200);
    expect(body.journeys).toBe(5);
    expect(body.nodes).toEqual([
      { channel: 'web', steps: 3, starts: 3, ends: 2 },
      { channel: 'phone', steps: 2, starts: 1, ends: 1 },
      { channel: 'app', steps: 1, starts: 1, ends: 1 },
      { channel: 'chat', steps: 1, starts: 0, ends: 1 },
    ]);
    expect(countsOf(body)).toEqual(['phone>chat=1', 'web>phone=1']);
    expectEstimatedMedians(body, [2, 1]);
    // Every journey starts and ends exactly once.
    expect(body.nodes.reduce((sum, n) => sum + n.starts, 0)).toBe(body.journeys);
    expect(body.nodes.reduce((sum, n) => sum + n.ends, 0)).toBe(body.journeys);
  });

  it('applies the common filters', async () => {
    // A channel filter reads the journeys: exact medians.
    const { body } = await get(data.fx.slug, '&channel=phone');
    expect(body.journeys).toBe(2);
    expect(edgesOf(body)).toEqual(['phone>chat=1@2h', 'web>phone=1@1h']);
    const refund = await get(data.fx.slug, '&intent=refund');
    expect(refund.body.nodes.map((n) => n.channel)).toEqual(['app', 'chat', 'phone']);
    const bad = await get(data.fx.slug, '&colour=red');
    expect(bad.status).toBe(400);
  });

  it('keeps loops: repeat calls show as phone -> phone', async () => {
    const fx = await JourneyFixture.create(testApp);
    await fx.touchpoints(await fx.customer(), [
      { ext: 'p1', at: at(0), channel: 'phone' },
      { ext: 'p2', at: at(1), channel: 'phone' },
      { ext: 'p3', at: at(1, 3 * 3600), channel: 'phone' },
    ]);
    await testApp.app.get(JourneyBuilder).rebuildAll(fx.workspaceId);
    const { body } = await get(fx.slug);
    expect(body.nodes).toEqual([{ channel: 'phone', steps: 3, starts: 1, ends: 1 }]);
    // Gaps of 24 h and 3 h: the median of the two is 13.5 h (each estimated by its bucket).
    expect(countsOf(body)).toEqual(['phone>phone=2']);
    expectEstimatedMedians(body, [13.5]);
    const exact = await get(fx.slug, '&channel=phone');
    expect(edgesOf(exact.body)).toEqual(['phone>phone=2@13.5h']);
  });
});
