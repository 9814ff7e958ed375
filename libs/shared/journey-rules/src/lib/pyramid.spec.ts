import {
  pyramidWarnings,
  type Goal,
  type OperationalMetric,
  type StrategicMetric,
  type TeamMetric,
} from './pyramid';

const operational = (count: number, team: TeamMetric[] = []): OperationalMetric[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `o${i}`,
    metric: 'aht' as const,
    team: i === 0 ? team : [],
  }));

const strategic = (
  id: string,
  operationalCount: number,
  team: TeamMetric[] = [],
): StrategicMetric => ({
  id,
  metric: 'fcr',
  target: 0.8,
  targetDate: '2027-06-30',
  operational: operational(operationalCount, team),
});

const teamMetrics = (role: string, kind: TeamMetric['kind'], count: number): TeamMetric[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `${role}-${kind}-${i}`,
    role,
    name: `${kind} ${i}`,
    kind,
  }));

const goal = (strategics: StrategicMetric[]): Goal => ({
  id: 'g1',
  name: 'Cut cost',
  kind: 'cost_reduction',
  strategic: strategics,
});
const codes = (goals: Goal[]) =>
  pyramidWarnings(goals).map((w) => `${w.severity}:${w.code}:${w.nodeId}:${w.count}`);

describe(pyramidWarnings.name, () => {
  it('is silent for a tree within every limit, at the limits', () => {
    const team = [
      ...teamMetrics('agent', 'quantitative', 5),
      ...teamMetrics('agent', 'qualitative', 8),
    ];
    expect(codes([goal([strategic('s1', 5, team), strategic('s2', 7)])])).toEqual([]);
  });

  it('warns about more than 2 strategic metrics per goal', () => {
    expect(codes([goal([strategic('s1', 5), strategic('s2', 5), strategic('s3', 5)])])).toEqual([
      'warning:too_many_strategic:g1:3',
    ]);
  });

  it('warns above 7 operational metrics and hints below 5', () => {
    expect(codes([goal([strategic('s1', 8), strategic('s2', 4)])])).toEqual([
      'warning:too_many_operational:s1:8',
      'hint:too_few_operational:s2:4',
    ]);
  });

  it('counts a role across the whole tree: more than 5 quantitative or 8 qualitative', () => {
    const quantitative = teamMetrics('agent', 'quantitative', 6);
    const qualitative = teamMetrics('lead', 'qualitative', 9);
    const tree = goal([
      strategic('s1', 5, [...quantitative.slice(0, 3), ...qualitative]),
      // The same metric listed twice counts once.
      strategic('s2', 5, [...quantitative.slice(2)]),
    ]);
    expect(codes([tree])).toEqual([
      'warning:too_many_quantitative:agent:6',
      'warning:too_many_qualitative:lead:9',
    ]);
  });
});
