import type {
  GoalNodeDto,
  GoalNodeStatus,
  GoalTreeNodeDto,
  GoalWarningDto,
  MetricValueDto,
} from '@journey-atlas/shared/domain';
import {
  type Goal,
  METRICS,
  type MetricName,
  type OperationalMetric,
  type StrategicMetric,
  type TeamMetric,
  isMetricName,
  pyramidWarnings,
} from '@journey-atlas/shared/journey-rules';

/** The filters a node's metric is computed with (its own scope; nothing is inherited). */
export interface NodeScope {
  team: string | null;
  agent: string | null;
  channel: string | null;
  intent: string | null;
}

/** One key per distinct scope, so nodes that share a scope share one engine call. */
export function scopeKey(scope: NodeScope): string {
  return JSON.stringify([scope.team, scope.agent, scope.channel, scope.intent]);
}

/** Actual vs target the metric's better way; see GoalNodeStatus. */
export function metricStatus(
  metric: MetricName,
  target: number | null,
  actual: MetricValueDto | null,
): GoalNodeStatus {
  if (actual === null || actual.value === null) return 'no_data';
  if (target === null) return 'no_target';
  const onTrack =
    METRICS[metric].betterWhen === 'higher' ? actual.value >= target : actual.value <= target;
  return onTrack ? 'on_track' : 'off_track';
}

/** A goal is off track when any strategic metric is, on track when all of them are. */
export function goalStatus(children: readonly GoalNodeStatus[]): GoalNodeStatus {
  if (children.length === 0) return 'not_computed';
  if (children.includes('off_track')) return 'off_track';
  if (children.every((status) => status === 'on_track')) return 'on_track';
  return children.includes('no_data') ? 'no_data' : 'no_target';
}

function byCreation(a: GoalNodeDto, b: GoalNodeDto): number {
  return a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? -1 : 1;
}

function childrenOf(nodes: readonly GoalNodeDto[]): Map<string | null, GoalNodeDto[]> {
  const children = new Map<string | null, GoalNodeDto[]>();
  for (const node of [...nodes].sort(byCreation)) {
    const list = children.get(node.parentId) ?? [];
    list.push(node);
    children.set(node.parentId, list);
  }
  return children;
}

/** The stored nodes as the journey-rules pyramid, for its limit checks. */
export function toPyramid(nodes: readonly GoalNodeDto[]): Goal[] {
  const children = childrenOf(nodes);
  const below = (node: GoalNodeDto) => children.get(node.id) ?? [];
  const metricOf = (node: GoalNodeDto): MetricName =>
    isMetricName(node.metric) ? node.metric : 'fcr';
  return (children.get(null) ?? []).map(
    (goal): Goal => ({
      id: goal.id,
      name: goal.name ?? '',
      kind: goal.goalKind ?? 'other',
      strategic: below(goal).map(
        (strategic): StrategicMetric => ({
          id: strategic.id,
          metric: metricOf(strategic),
          target: strategic.target ?? 0,
          targetDate: strategic.targetDate ?? '',
          operational: below(strategic).map(
            (operational): OperationalMetric => ({
              id: operational.id,
              metric: metricOf(operational),
              ...(operational.target === null ? {} : { target: operational.target }),
              team: below(operational).map(
                (team): TeamMetric => ({
                  id: team.id,
                  role: team.role ?? '',
                  name: team.name ?? team.metric ?? '',
                  kind: team.metricKind ?? 'quantitative',
                  ...(isMetricName(team.metric) ? { metric: team.metric } : {}),
                  ...(team.target === null ? {} : { target: team.target }),
                }),
              ),
            }),
          ),
        }),
      ),
    }),
  );
}

/**
 * The stored nodes as a tree with each node's actual value (from `actualOf`), status and
 * the warnings about it; warnings about a role sit on every team metric of that role.
 */
export function buildTree(
  nodes: readonly GoalNodeDto[],
  actualOf: (node: GoalNodeDto) => MetricValueDto | null,
): { goals: GoalTreeNodeDto[]; warnings: GoalWarningDto[] } {
  const warnings: GoalWarningDto[] = pyramidWarnings(toPyramid(nodes));
  const children = childrenOf(nodes);
  const build = (node: GoalNodeDto): GoalTreeNodeDto => {
    const kids = (children.get(node.id) ?? []).map(build);
    const metric = isMetricName(node.metric) ? node.metric : null;
    const definition = metric === null ? null : METRICS[metric];
    const actual = metric === null ? null : actualOf(node);
    const status: GoalNodeStatus =
      node.level === 'goal'
        ? goalStatus(kids.map((kid) => kid.status))
        : metric === null
          ? 'not_computed'
          : metricStatus(metric, node.target, actual);
    const about = node.level === 'team' ? node.role : node.id;
    return {
      ...node,
      label: node.name ?? definition?.label ?? node.metric ?? '',
      unit: definition?.unit ?? null,
      betterWhen: definition?.betterWhen ?? null,
      actual,
      status,
      warnings: warnings.filter((warning) => warning.nodeId === about),
      children: kids,
    };
  };
  return { goals: (children.get(null) ?? []).map(build), warnings };
}
