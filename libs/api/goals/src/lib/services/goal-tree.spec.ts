import type { GoalNodeDto, MetricValueDto } from '@journey-atlas/shared/domain';
import { buildTree, goalStatus, metricStatus, scopeKey } from './goal-tree';

let clock = 0;
function node(partial: Partial<GoalNodeDto> & Pick<GoalNodeDto, 'id' | 'level'>): GoalNodeDto {
  clock += 1;
  const at = new Date(Date.UTC(2026, 10, 1, 0, 0, clock)).toISOString();
  return {
    parentId: null,
    name: null,
    goalKind: null,
    metric: null,
    target: null,
    targetDate: null,
    role: null,
    metricKind: null,
    team: null,
    agent: null,
    channel: null,
    intent: null,
    createdAt: at,
    updatedAt: at,
    ...partial,
  };
}

const value = (v: number | null): MetricValueDto => ({
  value: v,
  numerator: v ?? 0,
  denominator: v === null ? 0 : 1,
  previous: null,
  change: null,
  direction: null,
  improved: null,
});

describe(metricStatus.name, () => {
  it('compares the better way of the metric', () => {
    expect(metricStatus('fcr', 0.8, value(0.8))).toBe('on_track');
    expect(metricStatus('fcr', 0.8, value(0.79))).toBe('off_track');
    expect(metricStatus('aht', 300, value(290))).toBe('on_track');
    expect(metricStatus('aht', 300, value(310))).toBe('off_track');
  });

  it('says when there is nothing to compare', () => {
    expect(metricStatus('fcr', null, value(0.5))).toBe('no_target');
    expect(metricStatus('fcr', 0.8, value(null))).toBe('no_data');
    expect(metricStatus('fcr', 0.8, null)).toBe('no_data');
  });
});

describe(goalStatus.name, () => {
  it('is off track when any strategic metric is, on track when all are', () => {
    expect(goalStatus(['on_track', 'off_track'])).toBe('off_track');
    expect(goalStatus(['on_track', 'on_track'])).toBe('on_track');
    expect(goalStatus(['on_track', 'no_data'])).toBe('no_data');
    expect(goalStatus(['no_target'])).toBe('no_target');
    expect(goalStatus([])).toBe('not_computed');
  });
});

describe(buildTree.name, () => {
  const goal = node({ id: 'g', level: 'goal', name: 'Cut cost', goalKind: 'cost_reduction' });
  const strategic = (id: string, target: number) =>
    node({
      id,
      level: 'strategic',
      parentId: 'g',
      metric: 'containment',
      target,
      targetDate: '2027-01-01',
    });

  it('nests levels in creation order, with actuals, labels, status and warnings', () => {
    const nodes = [
      node({
        id: 'o1',
        level: 'operational',
        parentId: 's1',
        metric: 'aht',
        target: 300,
        channel: 'chat',
      }),
      goal,
      strategic('s1', 0.5),
      strategic('s2', 0.9),
      strategic('s3', 0.1),
      node({
        id: 't1',
        level: 'team',
        parentId: 'o1',
        role: 'agent',
        metricKind: 'qualitative',
        name: 'Empathy',
      }),
    ];
    // o1 is older than s1 but still sits under it.
    const calls: string[] = [];
    const { goals, warnings } = buildTree(nodes, (n) => {
      calls.push(`${n.id}:${scopeKey(n)}`);
      return value(n.metric === 'aht' ? 280 : 0.6);
    });
    expect(calls).toEqual([
      'o1:[null,null,"chat",null]',
      's1:[null,null,null,null]',
      's2:[null,null,null,null]',
      's3:[null,null,null,null]',
    ]);
    expect(goals).toHaveLength(1);
    const [tree] = goals;
    expect(tree.label).toBe('Cut cost');
    expect(tree.status).toBe('off_track');
    expect(tree.children.map((c) => [c.id, c.label, c.status])).toEqual([
      ['s1', 'Containment rate', 'on_track'],
      ['s2', 'Containment rate', 'off_track'],
      ['s3', 'Containment rate', 'on_track'],
    ]);
    const [o1] = tree.children[0].children;
    expect([o1.label, o1.unit, o1.betterWhen, o1.status]).toEqual([
      'Average handle time',
      'seconds',
      'lower',
      'on_track',
    ]);
    expect(o1.children[0]).toEqual(
      expect.objectContaining({ label: 'Empathy', status: 'not_computed', actual: null }),
    );
    expect(tree.warnings.map((w) => `${w.code}:${w.count}`)).toEqual(['too_many_strategic:3']);
    expect(warnings.map((w) => w.code)).toEqual([
      'too_many_strategic',
      'too_few_operational',
      'too_few_operational',
      'too_few_operational',
    ]);
    expect(tree.children[0].warnings.map((w) => w.severity)).toEqual(['hint']);
  });

  it('puts a role’s warning on each of its team metrics', () => {
    const nodes = [
      goal,
      strategic('s1', 0.5),
      node({ id: 'o1', level: 'operational', parentId: 's1', metric: 'aht' }),
      ...['fcr', 'aht', 'csat', 'ces', 'nps', 'transfer_rate'].map((metric, i) =>
        node({
          id: `t${i}`,
          level: 'team',
          parentId: 'o1',
          role: 'agent',
          metricKind: 'quantitative',
          metric,
        }),
      ),
    ];
    const { goals } = buildTree(nodes, () => null);
    const teams = goals[0].children[0].children[0].children;
    expect(teams).toHaveLength(6);
    for (const team of teams) {
      expect(team.warnings.map((w) => `${w.code}:${w.nodeId}:${w.count}`)).toEqual([
        'too_many_quantitative:agent:6',
      ]);
      expect(team.status).toBe('no_data');
    }
  });

  it('is empty for no nodes', () => {
    expect(buildTree([], () => null)).toEqual({ goals: [], warnings: [] });
  });
});
