import { JourneyBuilder } from '@journey-atlas/api/journeys';
import { enrich } from './analytics-fixtures';
import { JourneyFixture, at } from './journey-fixtures';
import type { TestApp } from './test-app';

export interface AnalyticsDataset {
  fx: JourneyFixture;
  customers: { c1: string; c2: string; c3: string; c4: string };
}

/**
 * Five journeys in a UTC workspace, all inside Monday-Friday opening hours of the week
 * of 2026-11-23 (expected numbers are worked out by hand in the specs):
 * - A  c1 north/gold     router offline  web -> phone (resolved, wait 30 > 20)  Mon 10:00
 * - B  c2 south/standard router offline  web (resolved)                          Tue 10:00
 * - B2 c4 south/gold     router offline  web (resolved)                          Tue 10:01
 * - C  c3 north/standard refund          phone (transferred) -> chat (unresolved) Wed 10:00
 * - D  c1 north/gold     refund          app (resolved)                          Thu 10:00
 */
export async function analyticsDataset(testApp: TestApp): Promise<AnalyticsDataset> {
  const fx = await JourneyFixture.create(testApp, 'UTC');
  const c1 = await fx.customer({ region: 'north', tier: 'gold' });
  const c2 = await fx.customer({ region: 'south', tier: 'standard' });
  const c3 = await fx.customer({ region: 'north', tier: 'standard' });
  const c4 = await fx.customer({ region: 'south', tier: 'gold' });
  await fx.touchpoints(c1, [
    { ext: 'a1', at: at(0), channel: 'web' },
    {
      ext: 'a2',
      at: at(0, 3600),
      channel: 'phone',
      outcome: 'resolved',
      agent: 'ag1',
      wait: 30,
      handle: 300,
      csat: 5,
    },
    { ext: 'd1', at: at(3), channel: 'app', intent: 'refund', outcome: 'resolved' },
  ]);
  await fx.touchpoints(c2, [{ ext: 'b1', at: at(1), channel: 'web', outcome: 'resolved' }]);
  await fx.touchpoints(c4, [{ ext: 'b2', at: at(1, 60), channel: 'web', outcome: 'resolved' }]);
  await fx.touchpoints(c3, [
    {
      ext: 'c1',
      at: at(2),
      channel: 'phone',
      intent: 'refund',
      outcome: 'transferred',
      agent: 'ag2',
      wait: 10,
      handle: 200,
      csat: 2,
    },
    {
      ext: 'c2',
      at: at(2, 7200),
      channel: 'chat',
      intent: 'refund',
      outcome: 'unresolved',
      agent: 'ag3',
      wait: 70,
      handle: 100,
      ces: 6,
    },
  ]);
  await enrich(fx, [
    { ext: 'a2', extra: { team: 't1', queue: 'q-fix', nps: 10 } },
    { ext: 'c1', extra: { team: 't1', queue: 'q-billing', nps: 3 } },
    { ext: 'c2', extra: { team: 't2', queue: 'q-billing', nps: null } },
  ]);
  await testApp.app.get(JourneyBuilder).rebuildAll(fx.workspaceId);
  return { fx, customers: { c1, c2, c3, c4 } };
}
