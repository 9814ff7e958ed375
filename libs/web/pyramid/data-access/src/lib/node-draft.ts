import {
  CHANNELS,
  GOAL_KINDS,
  type GoalKindName,
  type GoalNodeDto,
  type GoalNodeInput,
  type GoalNodeLevel,
  type GoalNodeUpdate,
  type TeamMetricKind,
} from '@journey-atlas/shared/domain';
import { METRICS, METRIC_NAMES, isMetricName } from '@journey-atlas/shared/journey-rules';

/** The node form as typed: every field a string, rates in percent. */
export interface NodeDraft {
  level: GoalNodeLevel;
  parentId: string | null;
  name: string;
  goalKind: GoalKindName;
  metric: string;
  /** For rate metrics in percent (80 = 0.8), else in the metric's unit. */
  target: string;
  targetDate: string;
  role: string;
  metricKind: TeamMetricKind;
  team: string;
  agent: string;
  channel: string;
  intent: string;
}

export const LEVEL_LABELS: Record<GoalNodeLevel, string> = {
  goal: 'Business goal',
  strategic: 'Strategic metric',
  operational: 'Operational metric',
  team: 'Team / individual metric',
};

export const GOAL_KIND_LABELS: Record<GoalKindName, string> = {
  growth: 'Growth (cross/upsell)',
  retention: 'Retention and loyalty',
  cost_reduction: 'Cost reduction',
  other: 'Other',
};

/** The level a node's children have; null below team metrics. */
export function childLevel(level: GoalNodeLevel): GoalNodeLevel | null {
  const next: Record<GoalNodeLevel, GoalNodeLevel | null> = {
    goal: 'strategic',
    strategic: 'operational',
    operational: 'team',
    team: null,
  };
  return next[level];
}

export const METRIC_CHOICES = METRIC_NAMES.map((name) => ({ name, label: METRICS[name].label }));
export const CHANNEL_CHOICES = CHANNELS;
export const GOAL_KIND_CHOICES = GOAL_KINDS;

/** Whether the target of this metric is typed in percent. */
export function targetInPercent(metric: string): boolean {
  return isMetricName(metric) && METRICS[metric].unit === 'ratio';
}

/** The unit the target field asks for, as a short hint. */
export function targetHint(metric: string): string {
  if (!isMetricName(metric)) return 'pick a metric first';
  const unit = METRICS[metric].unit;
  const better = METRICS[metric].betterWhen === 'higher' ? 'higher is better' : 'lower is better';
  const words: Record<string, string> = {
    ratio: metric === 'nps' ? '% (-100 to 100)' : '% (0 to 100)',
    seconds: 'seconds',
    usd: 'USD',
    score: 'score',
    count: 'count',
  };
  return `${words[unit]}, ${better}`;
}

export function emptyDraft(level: GoalNodeLevel, parentId: string | null): NodeDraft {
  return {
    level,
    parentId,
    name: '',
    goalKind: 'cost_reduction',
    metric: level === 'goal' ? '' : 'fcr',
    target: '',
    targetDate: '',
    role: level === 'team' ? 'agent' : '',
    metricKind: 'quantitative',
    team: '',
    agent: '',
    channel: '',
    intent: '',
  };
}

function percentText(value: number): string {
  return String(Number((value * 100).toFixed(6)));
}

export function draftFromNode(node: GoalNodeDto): NodeDraft {
  const metric = node.metric ?? '';
  return {
    level: node.level,
    parentId: node.parentId,
    name: node.name ?? '',
    goalKind: node.goalKind ?? 'other',
    metric,
    target:
      node.target === null
        ? ''
        : targetInPercent(metric)
          ? percentText(node.target)
          : String(node.target),
    targetDate: node.targetDate ?? '',
    role: node.role ?? '',
    metricKind: node.metricKind ?? 'quantitative',
    team: node.team ?? '',
    agent: node.agent ?? '',
    channel: node.channel ?? '',
    intent: node.intent ?? '',
  };
}

const text = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/**
 * The fields the draft's level takes, as the API wants them (rates back to fractions).
 * A target that is not a number is sent as typed, so the API names the field.
 */
export function draftFields(draft: NodeDraft): GoalNodeUpdate {
  const body: GoalNodeUpdate = {};
  const metricBased = draft.level !== 'team' || draft.metricKind === 'quantitative';
  if (draft.level === 'goal') {
    body.name = text(draft.name);
    body.goalKind = draft.goalKind;
    return body;
  }
  if (text(draft.name) !== null) body.name = text(draft.name);
  if (metricBased) {
    body.metric = text(draft.metric);
    const target = text(draft.target);
    if (target !== null) {
      const number = Number(target);
      body.target = Number.isFinite(number)
        ? targetInPercent(draft.metric)
          ? Number((number / 100).toFixed(10))
          : number
        : (target as unknown as number);
    }
  }
  if (text(draft.targetDate) !== null) body.targetDate = text(draft.targetDate);
  if (draft.level === 'team') {
    body.role = text(draft.role);
    body.metricKind = draft.metricKind;
  }
  for (const field of ['team', 'agent', 'channel', 'intent'] as const) {
    if (text(draft[field]) !== null) body[field] = text(draft[field]);
  }
  return body;
}

/** `POST /api/v1/goals` body for a new node. */
export function createBody(draft: NodeDraft): GoalNodeInput {
  return {
    level: draft.level,
    ...(draft.parentId === null ? {} : { parentId: draft.parentId }),
    ...draftFields(draft),
  };
}
