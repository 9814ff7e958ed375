import type { MetricPeriod } from '@journey-atlas/shared/domain';
import type { GroupDimension } from '../filters/group-by';
import { contactGroupValue, journeyGroupJoin } from './filter.sql';
import type { Grouping } from './metrics.sql';
import { rollupGroupValues } from './rollup-metrics.sql';

const one = (expression: string) => `CROSS JOIN LATERAL (SELECT ${expression} AS grp) g`;

export function dimensionGrouping(dimension: GroupDimension): Grouping {
  return {
    journey: (p, workspaceId) => journeyGroupJoin(dimension, p, workspaceId),
    contact: (p) => one(contactGroupValue(dimension, p)),
    rollup: rollupGroupValues(dimension) ?? undefined,
    ...(dimension.kind === 'intent' ? { slot: 'intent' as const } : {}),
  };
}

/** Calendar buckets (day, ISO week, month) in the workspace time zone, as ISO dates. */
export function periodGrouping(period: MetricPeriod, timeZone: string): Grouping {
  const bucket =
    (column: string): Grouping['contact'] =>
    (p) =>
      one(
        `to_char(date_trunc(${p.add(period)}::text, ${column} AT TIME ZONE ${p.add(timeZone)}::text), 'YYYY-MM-DD')`,
      );
  return { journey: bucket('j.started_at'), contact: bucket('s.occurred_at'), slot: period };
}

/**
 * One row per friction type the journey (or the contact's journey) has; journeys without
 * friction drop out. "Without" a type is the overall sums minus these.
 */
export const FRICTION_TYPE_GROUPING: Grouping = {
  journey: (p, workspaceId) => frictionJoin(p.add(workspaceId)),
  contact: (p, workspaceId) => frictionJoin(p.add(workspaceId)),
  slot: 'friction',
};

/**
 * A journey's id is its first touchpoint's id, unique in the workspace, so the join needs
 * no customer_id: with it, Postgres multiplies the two columns' selectivities, expects
 * one row and picks a nested loop that goes quadratic (6 s on 12k touchpoints).
 */
function frictionJoin(workspace: string): string {
  return `JOIN (SELECT DISTINCT journey_id, type AS grp FROM friction_event
                 WHERE workspace_id = ${workspace}::uuid) g
            ON g.journey_id = j.id`;
}
