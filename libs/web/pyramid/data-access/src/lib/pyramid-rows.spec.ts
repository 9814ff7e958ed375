import type { GoalTreeNodeDto } from '@journey-atlas/shared/domain';
import { pyramidCsv, pyramidRows, subtreeSize } from './pyramid-rows';

function node(partial: Partial<GoalTreeNodeDto>): GoalTreeNodeDto {
  return {
    id: 'n',
    level: 'goal',
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
    createdAt: '',
    updatedAt: '',
    label: '',
    unit: null,
    betterWhen: null,
    actual: null,
    status: 'not_computed',
    warnings: [],
    children: [],
    ...partial,
  };
}

const TREE = [
  node({
    id: 'g1',
    label: 'Cut cost, fast',
    status: 'off_track',
    children: [
      node({
        id: 's1',
        level: 'strategic',
        label: 'Containment rate',
        metric: 'containment',
        target: 0.6,
        targetDate: '2027-06-30',
        channel: 'web',
        status: 'off_track',
        actual: {
          value: 0.5,
          numerator: 1,
          denominator: 2,
          previous: { value: 0.4, numerator: 2, denominator: 5 },
          change: 0.1,
          direction: 'up',
          improved: true,
        },
        children: [node({ id: 'o1', level: 'operational', label: '=cmd', metric: 'aht' })],
      }),
    ],
  }),
];

describe(pyramidRows.name, () => {
  it('walks parents before children with depth and path', () => {
    expect(pyramidRows(TREE).map((r) => [r.node.id, r.depth, r.path.join('/')])).toEqual([
      ['g1', 0, ''],
      ['s1', 1, 'Cut cost, fast'],
      ['o1', 2, 'Cut cost, fast/Containment rate'],
    ]);
    expect(subtreeSize(TREE[0])).toBe(3);
  });
});

describe(pyramidCsv.name, () => {
  it('writes one quoted, formula-safe row per node', () => {
    expect(pyramidCsv(TREE).split('\r\n')).toEqual([
      'level,path,label,metric,role,scope,actual,previous,target,target_date,status,warnings',
      'goal,,"Cut cost, fast",,,,,,,,off_track,',
      'strategic,"Cut cost, fast",Containment rate,containment,,channel=web,0.5,0.4,0.6,2027-06-30,off_track,',
      'operational,"Cut cost, fast > Containment rate",\'=cmd,aht,,,,,,,not_computed,',
      '',
    ]);
  });
});
