/**
 * Request and response shapes of the metrics pyramid API (`/api/v1/goals`, DESIGN.md
 * "Metrics pyramid"), shared with the web app. Metric names are plain strings here: the
 * catalogue lives in shared/journey-rules, which depends on this library.
 */
import type { MetricValueDto } from './analytics';

/** The four levels of the pyramid, top down; each node's parent is one level up. */
export const GOAL_NODE_LEVELS = ['goal', 'strategic', 'operational', 'team'] as const;
export type GoalNodeLevel = (typeof GOAL_NODE_LEVELS)[number];

/** Business goals (DESIGN.md): growth through cross/upsell, retention/loyalty, cost reduction. */
export const GOAL_KINDS = ['growth', 'retention', 'cost_reduction', 'other'] as const;
export type GoalKindName = (typeof GOAL_KINDS)[number];

/** A team/individual metric is a number from the engine or a qualitative competency. */
export const TEAM_METRIC_KINDS = ['quantitative', 'qualitative'] as const;
export type TeamMetricKind = (typeof TEAM_METRIC_KINDS)[number];

/** Every field a node can carry; which ones a level takes is checked by the API. */
export const GOAL_NODE_FIELDS = [
  'level',
  'parentId',
  'name',
  'goalKind',
  'metric',
  'target',
  'targetDate',
  'role',
  'metricKind',
  'team',
  'agent',
  'channel',
  'intent',
] as const;

/**
 * `POST /api/v1/goals` body. goal: name (+ goalKind). strategic: parentId of a goal,
 * metric, target, targetDate (SMART). operational: parentId of a strategic metric, metric
 * (+ target, targetDate). team: parentId of an operational metric, role, metricKind
 * (quantitative needs metric; qualitative needs name). team/agent/channel/intent scope
 * the metric (not for goals); agent makes it an individual metric.
 */
export interface GoalNodeInput {
  level: GoalNodeLevel;
  parentId?: string | null;
  name?: string | null;
  goalKind?: GoalKindName | null;
  metric?: string | null;
  target?: number | null;
  /** ISO date (YYYY-MM-DD) by which the target should be met. */
  targetDate?: string | null;
  role?: string | null;
  metricKind?: TeamMetricKind | null;
  team?: string | null;
  agent?: string | null;
  channel?: string | null;
  intent?: string | null;
}

/** `PUT /api/v1/goals/:id` body: every editable field (level and parent never change). */
export type GoalNodeUpdate = Omit<GoalNodeInput, 'level' | 'parentId'>;

/** A stored node, as `GET /api/v1/goals` lists it. */
export interface GoalNodeDto {
  id: string;
  level: GoalNodeLevel;
  parentId: string | null;
  name: string | null;
  goalKind: GoalKindName | null;
  metric: string | null;
  target: number | null;
  targetDate: string | null;
  role: string | null;
  metricKind: TeamMetricKind | null;
  team: string | null;
  agent: string | null;
  channel: string | null;
  intent: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface GoalNodeListDto {
  workspace: string;
  nodes: GoalNodeDto[];
}

/**
 * on_track / off_track: actual vs target the metric's better way (higher: actual >= target,
 * lower: actual <= target). A goal is off track when any strategic metric is, on track when
 * all of them are. no_target: nothing to compare with. no_data: no journeys or contacts
 * in the period. not_computed: goals without strategic metrics, qualitative competencies.
 */
export type GoalNodeStatus = 'on_track' | 'off_track' | 'no_target' | 'no_data' | 'not_computed';

export interface GoalWarningDto {
  code: string;
  /** `warning` breaks a DESIGN.md limit; `hint` is the softer "5 to 7" lower bound. */
  severity: 'warning' | 'hint';
  /** The goal or strategic metric id, or the role name, the warning is about. */
  nodeId: string;
  count: number;
  limit: number;
  message: string;
}

export interface GoalTreeNodeDto extends GoalNodeDto {
  /** The node's name, else the metric's label. */
  label: string;
  unit: string | null;
  betterWhen: 'higher' | 'lower' | null;
  /** The metric for the period and the one before, with the node's own scope; null if none. */
  actual: MetricValueDto | null;
  status: GoalNodeStatus;
  warnings: GoalWarningDto[];
  children: GoalTreeNodeDto[];
}

/** `GET /api/v1/goals/tree`. */
export interface GoalTreeDto {
  workspace: string;
  /** The period of `actual`: [from, to); null bounds when the workspace has no journeys. */
  from: string | null;
  to: string | null;
  previousFrom: string | null;
  previousTo: string | null;
  goals: GoalTreeNodeDto[];
  /** Every limit the tree breaks (also on the nodes they are about). */
  warnings: GoalWarningDto[];
}

export interface GoalFieldError {
  field: string;
  message: string;
}
