import type { Touchpoint } from '@journey-atlas/shared/domain';
import { groupBy, median, personPairs, share } from '../testing/dataset-stats';
import { PHONE_TEAMS } from './catalogue';
import { generateDataset } from './dataset';
import { PLANTED } from './planted';

describe(`${generateDataset.name}: planted problems`, () => {
  const persons = [
    ...generateDataset({
      seed: 42,
      start: new Date('2026-07-01T00:00:00Z'),
      days: 90,
      customers: 2000,
    }).persons(),
  ];
  const touchpoints = persons.flatMap((activity) => activity.touchpoints);
  const pairs = personPairs(persons.map((activity) => activity.touchpoints));
  const resolved = (t: Touchpoint): boolean => t.outcome === 'resolved';

  it('(a) the broken web flow resolves far less often than any other intent on the web', () => {
    const web = groupBy(
      touchpoints.filter((t) => t.channel === 'web'),
      (t) => t.intent,
    );
    const broken = share(web.get(PLANTED.brokenWebIntent.intent) ?? [], resolved);
    const others = [...web].filter(([intent]) => intent !== PLANTED.brokenWebIntent.intent);
    expect(web.get(PLANTED.brokenWebIntent.intent)?.length).toBeGreaterThan(50);
    expect(broken).toBeLessThan(0.1);
    for (const [, group] of others) expect(share(group, resolved)).toBeGreaterThan(2 * broken);
    expect(median(others.map(([, group]) => share(group, resolved)))).toBeGreaterThan(5 * broken);
  });

  it('(a) customers failing that web flow fall through to the phone', () => {
    const fallThrough = (intent: string): number => {
      const failed = pairs.filter(
        ([a, b]) =>
          a.channel === 'web' && !resolved(a) && a.intent === intent && b.intent === intent,
      );
      return share(failed, ([, b]) => b.channel === 'ivr' || b.channel === 'phone');
    };
    expect(fallThrough(PLANTED.brokenWebIntent.intent)).toBeGreaterThan(0.75);
    expect(fallThrough('bill-dispute')).toBeLessThan(0.7);
  });

  it('(b) the slow queue waits far above the 20 s phone target, other queues do not', () => {
    const queues = groupBy(
      touchpoints.filter((t) => t.channel === 'phone'),
      (t) => t.queue,
    );
    const waits = (queue: string): number[] =>
      (queues.get(queue) ?? []).map((t) => t.waitSeconds ?? 0);
    const slow = median(waits(PLANTED.slowQueue.queue));
    expect(slow).toBeGreaterThan(300);
    for (const queue of Object.keys(PHONE_TEAMS).filter((q) => q !== PLANTED.slowQueue.queue)) {
      expect(median(waits(queue))).toBeLessThan(20);
      expect(slow).toBeGreaterThan(10 * median(waits(queue)));
    }
  });

  it('(c) calls through the misrouting IVR option are transferred far above baseline', () => {
    const ivrToPhone = pairs.filter(([a, b]) => a.channel === 'ivr' && b.channel === 'phone');
    const viaOption = ivrToPhone.filter(([a]) => a.ivrPath?.includes(PLANTED.ivrMisroute.option));
    const baseline = ivrToPhone.filter(([a]) => !a.ivrPath?.includes(PLANTED.ivrMisroute.option));
    const transferred = ([, b]: [Touchpoint, Touchpoint]): boolean => b.outcome === 'transferred';
    expect(viaOption.length).toBeGreaterThan(50);
    expect(share(viaOption, transferred)).toBeGreaterThan(0.45);
    expect(share(viaOption, transferred)).toBeGreaterThan(4 * share(baseline, transferred));
  });

  it('(d) transfer-heavy agents transfer far more than their team mates', () => {
    const heavy: readonly string[] = PLANTED.transferHeavyAgents.agentIds;
    const byAgent = groupBy(
      touchpoints.filter((t) => t.channel === 'phone'),
      (t) => t.agentId,
    );
    const rate = (agent: string): number =>
      share(byAgent.get(agent) ?? [], (t) => t.outcome === 'transferred');
    for (const agent of heavy) {
      const team = Object.values(PHONE_TEAMS).find((t) => t.agents.includes(agent));
      const mates = (team?.agents ?? []).filter((mate) => !heavy.includes(mate));
      expect(byAgent.get(agent)?.length).toBeGreaterThan(20);
      expect(rate(agent)).toBeGreaterThan(0.3);
      expect(rate(agent)).toBeGreaterThan(3 * median(mates.map(rate)));
    }
  });
});
