import type { GoalKindName } from '@journey-atlas/shared/domain';
import type { MetricName } from './metric-catalogue';

/** Gartner metrics pyramid (DESIGN.md "Metrics pyramid"); the kinds are GOAL_KINDS of the domain lib. */
export type GoalKind = GoalKindName;

export interface TeamMetric {
  id: string;
  /** The role whose scorecard holds it, e.g. "agent", "team lead". */
  role: string;
  name: string;
  kind: 'quantitative' | 'qualitative';
  /** Set for quantitative metrics computed by the engine. */
  metric?: MetricName;
  target?: number;
}

export interface OperationalMetric {
  id: string;
  metric: MetricName;
  target?: number;
  team: TeamMetric[];
}

export interface StrategicMetric {
  id: string;
  metric: MetricName;
  target: number;
  /** ISO date by which the target should be met (SMART). */
  targetDate: string;
  operational: OperationalMetric[];
}

export interface Goal {
  id: string;
  name: string;
  kind: GoalKind;
  strategic: StrategicMetric[];
}

export const PYRAMID_LIMITS = {
  maxStrategicPerGoal: 2,
  minOperationalPerStrategic: 5,
  maxOperationalPerStrategic: 7,
  maxQuantitativePerRole: 5,
  maxQualitativePerRole: 8,
} as const;

export type PyramidWarningCode =
  | 'too_many_strategic'
  | 'too_few_operational'
  | 'too_many_operational'
  | 'too_many_quantitative'
  | 'too_many_qualitative';

export interface PyramidWarning {
  code: PyramidWarningCode;
  /** `warning` breaks a DESIGN.md limit; `hint` is the softer "5 to 7" lower bound. */
  severity: 'warning' | 'hint';
  /** The goal, strategic metric or role the warning is about. */
  nodeId: string;
  count: number;
  limit: number;
  message: string;
}

/**
 * Limits per level. A role's scorecard is every distinct team metric (by id) with that
 * role anywhere in the tree, because one role serves many operational metrics.
 */
export function pyramidWarnings(goals: readonly Goal[]): PyramidWarning[] {
  const warnings: PyramidWarning[] = [];
  const warn = (
    code: PyramidWarningCode,
    nodeId: string,
    count: number,
    limit: number,
    message: string,
    severity: PyramidWarning['severity'] = 'warning',
  ) => warnings.push({ code, severity, nodeId, count, limit, message });
  const roles = new Map<string, Map<string, TeamMetric>>();

  for (const goal of goals) {
    if (goal.strategic.length > PYRAMID_LIMITS.maxStrategicPerGoal) {
      warn(
        'too_many_strategic',
        goal.id,
        goal.strategic.length,
        PYRAMID_LIMITS.maxStrategicPerGoal,
        `Goal "${goal.name}" has ${goal.strategic.length} strategic metrics; at most ${PYRAMID_LIMITS.maxStrategicPerGoal}.`,
      );
    }
    for (const strategic of goal.strategic) {
      const count = strategic.operational.length;
      if (count > PYRAMID_LIMITS.maxOperationalPerStrategic) {
        warn(
          'too_many_operational',
          strategic.id,
          count,
          PYRAMID_LIMITS.maxOperationalPerStrategic,
          `Strategic metric ${strategic.metric} has ${count} operational metrics; at most ${PYRAMID_LIMITS.maxOperationalPerStrategic}.`,
        );
      } else if (count < PYRAMID_LIMITS.minOperationalPerStrategic) {
        warn(
          'too_few_operational',
          strategic.id,
          count,
          PYRAMID_LIMITS.minOperationalPerStrategic,
          `Strategic metric ${strategic.metric} has ${count} operational metrics; 5 to 7 are advised.`,
          'hint',
        );
      }
      for (const team of strategic.operational.flatMap((operational) => operational.team)) {
        const scorecard = roles.get(team.role) ?? new Map<string, TeamMetric>();
        scorecard.set(team.id, team);
        roles.set(team.role, scorecard);
      }
    }
  }
  for (const [role, scorecard] of roles) {
    const metrics = [...scorecard.values()];
    const quantitative = metrics.filter((metric) => metric.kind === 'quantitative').length;
    const qualitative = metrics.length - quantitative;
    if (quantitative > PYRAMID_LIMITS.maxQuantitativePerRole) {
      warn(
        'too_many_quantitative',
        role,
        quantitative,
        PYRAMID_LIMITS.maxQuantitativePerRole,
        `Role "${role}" has ${quantitative} quantitative metrics; at most ${PYRAMID_LIMITS.maxQuantitativePerRole}.`,
      );
    }
    if (qualitative > PYRAMID_LIMITS.maxQualitativePerRole) {
      warn(
        'too_many_qualitative',
        role,
        qualitative,
        PYRAMID_LIMITS.maxQualitativePerRole,
        `Role "${role}" has ${qualitative} qualitative competencies; at most ${PYRAMID_LIMITS.maxQualitativePerRole}.`,
      );
    }
  }
  return warnings;
}
