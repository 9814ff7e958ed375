import {
  CHANNELS,
  GOAL_KINDS,
  GOAL_NODE_FIELDS,
  GOAL_NODE_LEVELS,
  type GoalFieldError,
  type GoalKindName,
  type GoalNodeLevel,
  TEAM_METRIC_KINDS,
  type TeamMetricKind,
  isChannel,
} from '@journey-atlas/shared/domain';
import { METRICS, METRIC_NAMES, type MetricName } from '@journey-atlas/shared/journey-rules';

/** A node's stored fields, checked and normalised (absent = null). */
export interface GoalNodeValues {
  name: string | null;
  goalKind: GoalKindName | null;
  metric: MetricName | null;
  target: number | null;
  targetDate: string | null;
  role: string | null;
  metricKind: TeamMetricKind | null;
  team: string | null;
  agent: string | null;
  channel: string | null;
  intent: string | null;
}

export interface GoalNodeCreate extends GoalNodeValues {
  level: GoalNodeLevel;
  parentId: string | null;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: GoalFieldError[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_TEXT = 200;
const SCOPE_FIELDS = ['team', 'agent', 'channel', 'intent'] as const;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** The level a node's parent must have; null for goals (roots). */
export function parentLevel(level: GoalNodeLevel): GoalNodeLevel | null {
  const index = GOAL_NODE_LEVELS.indexOf(level);
  return index === 0 ? null : GOAL_NODE_LEVELS[index - 1];
}

function isIsoDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Allowed target values by the metric's unit (rates are fractions, NPS -1..1). */
export function targetRange(metric: MetricName): { min: number; max: number } {
  if (metric === 'nps') return { min: -1, max: 1 };
  if (METRICS[metric].unit === 'ratio') return { min: 0, max: 1 };
  return { min: 0, max: 1e9 };
}

class Reader {
  readonly errors: GoalFieldError[] = [];
  constructor(readonly body: Record<string, unknown>) {}

  fail(field: string, message: string): null {
    this.errors.push({ field, message });
    return null;
  }

  present(field: string): boolean {
    return this.body[field] !== undefined && this.body[field] !== null;
  }

  text(field: string): string | null {
    const raw = this.body[field];
    if (raw === undefined || raw === null) return null;
    if (typeof raw !== 'string') return this.fail(field, 'must be a string');
    const value = raw.trim();
    if (value === '') return this.fail(field, 'must not be empty (leave it out or send null)');
    if (value.length > MAX_TEXT) return this.fail(field, `must be at most ${MAX_TEXT} characters`);
    return value;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[]): T | null {
    const value = this.text(field);
    if (value === null) return null;
    if (!(allowed as readonly string[]).includes(value)) {
      return this.fail(field, `has unknown value "${value}"; allowed: ${allowed.join(', ')}`);
    }
    return value as T;
  }

  /** Reports the field when this level may not have it. */
  forbid(field: string, level: string): void {
    if (this.present(field)) this.fail(field, `is not allowed on a ${level} node`);
  }

  require(field: string, level: string, what: string): void {
    if (!this.present(field)) this.fail(field, `is required for a ${level} node (${what})`);
  }
}

/**
 * Checks a node's editable fields for its level; every error names its field. Goals take a
 * name and kind only; strategic metrics need metric, target and targetDate (SMART);
 * operational metrics need a metric; team metrics need a role, and a metric when
 * quantitative or a name when qualitative.
 */
function readValues(reader: Reader, level: GoalNodeLevel): GoalNodeValues {
  const name = reader.text('name');
  const goalKind = reader.oneOf('goalKind', GOAL_KINDS);
  const metric = reader.oneOf('metric', METRIC_NAMES);
  const role = reader.text('role');
  const metricKind = reader.oneOf('metricKind', TEAM_METRIC_KINDS);
  const scope = Object.fromEntries(
    SCOPE_FIELDS.map((field) => [field, reader.text(field)]),
  ) as Record<(typeof SCOPE_FIELDS)[number], string | null>;
  if (scope.channel !== null && !isChannel(scope.channel)) {
    reader.fail(
      'channel',
      `has unknown channel "${scope.channel}"; allowed: ${CHANNELS.join(', ')}`,
    );
  }

  let target: number | null = null;
  if (reader.present('target')) {
    const value = reader.body['target'];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      reader.fail('target', 'must be a number');
    } else if (metric !== null) {
      const { min, max } = targetRange(metric);
      if (value < min || value > max) {
        const unit = METRICS[metric].unit === 'ratio' ? ' (rates are fractions)' : '';
        reader.fail('target', `must be from ${min} to ${max} for ${metric}${unit}`);
      } else target = value;
    } else target = value;
  }
  const targetDate = reader.text('targetDate');
  if (targetDate !== null && !isIsoDate(targetDate)) {
    reader.fail('targetDate', 'must be a calendar date YYYY-MM-DD');
  }

  if (level === 'goal') {
    reader.require('name', level, 'what the business wants');
    for (const field of ['metric', 'target', 'targetDate', 'role', 'metricKind', ...SCOPE_FIELDS]) {
      reader.forbid(field, level);
    }
  } else {
    reader.forbid('goalKind', level);
  }
  if (level === 'strategic') {
    reader.require('metric', level, `one of ${METRIC_NAMES.join(', ')}`);
    reader.require('target', level, 'the value to reach');
    reader.require('targetDate', level, 'YYYY-MM-DD by when');
  }
  if (level === 'operational') reader.require('metric', level, `one of ${METRIC_NAMES.join(', ')}`);
  if (level !== 'team') {
    reader.forbid('role', level);
    reader.forbid('metricKind', level);
  }
  const kind: TeamMetricKind | null = level === 'team' ? (metricKind ?? 'quantitative') : null;
  if (level === 'team') {
    reader.require('role', level, 'e.g. agent, team lead');
    if (kind === 'quantitative') {
      reader.require('metric', 'quantitative team', `one of ${METRIC_NAMES.join(', ')}`);
    } else {
      reader.require('name', 'qualitative team', 'the competency');
      for (const field of ['metric', 'target']) reader.forbid(field, 'qualitative team');
    }
  }
  if (
    reader.present('target') &&
    !reader.present('metric') &&
    level !== 'goal' &&
    kind !== 'qualitative'
  ) {
    reader.fail('target', 'needs a metric to compare with');
  }
  return {
    name,
    goalKind: level === 'goal' ? (goalKind ?? 'other') : null,
    metric,
    target,
    targetDate,
    role,
    metricKind: kind,
    ...scope,
  };
}

function bodyOf(raw: unknown, reader: (body: Record<string, unknown>) => void): GoalFieldError[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return [{ field: '(body)', message: 'must be a JSON object' }];
  }
  const unknown = Object.keys(raw).filter(
    (key) => !(GOAL_NODE_FIELDS as readonly string[]).includes(key),
  );
  if (unknown.length > 0) {
    return [
      {
        field: unknown[0],
        message: `is not a known field; allowed: ${GOAL_NODE_FIELDS.join(', ')}`,
      },
    ];
  }
  reader(raw as Record<string, unknown>);
  return [];
}

/** `POST /api/v1/goals` body -> a node to insert (the parent's existence is checked later). */
export function checkGoalNodeCreate(raw: unknown): Checked<GoalNodeCreate> {
  let result: Checked<GoalNodeCreate> | null = null;
  const errors = bodyOf(raw, (body) => {
    const reader = new Reader(body);
    const level = reader.oneOf('level', GOAL_NODE_LEVELS);
    if (level === null) {
      if (!reader.present('level'))
        reader.fail('level', `is required; allowed: ${GOAL_NODE_LEVELS.join(', ')}`);
      result = { ok: false, errors: reader.errors };
      return;
    }
    const parentId = reader.text('parentId');
    const above = parentLevel(level);
    if (above === null) reader.forbid('parentId', level);
    else if (parentId === null && !reader.present('parentId')) {
      reader.fail('parentId', `is required for a ${level} node (the id of a ${above} node)`);
    } else if (parentId !== null && !isUuid(parentId)) reader.fail('parentId', 'must be a UUID');
    const values = readValues(reader, level);
    result =
      reader.errors.length > 0
        ? { ok: false, errors: reader.errors }
        : { ok: true, value: { level, parentId: above === null ? null : parentId, ...values } };
  });
  return errors.length > 0 ? { ok: false, errors } : (result as unknown as Checked<GoalNodeCreate>);
}

/** `PUT /api/v1/goals/:id` body for a node of `level`: replaces every editable field. */
export function checkGoalNodeUpdate(raw: unknown, level: GoalNodeLevel): Checked<GoalNodeValues> {
  let result: Checked<GoalNodeValues> | null = null;
  const errors = bodyOf(raw, (body) => {
    const reader = new Reader(body);
    if (reader.present('level') && body['level'] !== level) {
      reader.fail('level', `cannot be changed (the node is a ${level} node)`);
    }
    if (body['parentId'] !== undefined) {
      reader.fail(
        'parentId',
        'cannot be changed; delete the node and create it under the new parent',
      );
    }
    const values = readValues(reader, level);
    result =
      reader.errors.length > 0 ? { ok: false, errors: reader.errors } : { ok: true, value: values };
  });
  return errors.length > 0 ? { ok: false, errors } : (result as unknown as Checked<GoalNodeValues>);
}
