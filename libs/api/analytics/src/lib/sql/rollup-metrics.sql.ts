import { BUILT_IN_SEGMENT_ATTRIBUTES } from '@journey-atlas/shared/domain';
import type { GroupDimension } from '../filters/group-by';
import type { ResolvedFilter } from './filter.sql';
import type { MetricWindow, Statement } from './metrics.sql';
import type { Measure } from './metric-measures.sql';
import { measureColumns } from './metric-measures.sql';
import { SqlParams } from './sql-params';

/**
 * Journey-grain metric sums read from journey_daily (alias r) instead of the journey
 * table. The rollup is keyed by start day (workspace time zone) x segment x journey key
 * x first channel, so it serves only requests whose period bounds are local midnights,
 * whose filters are intent and built-in segment attributes, and whose groups are intent
 * or a built-in segment attribute. '' in the rollup stands for an unset attribute.
 */

const ROLLUP_SEGMENT_COLUMNS: Readonly<Record<string, string>> = {
  region: 'r.region',
  tier: 'r.tier',
  valueBand: 'r.value_band',
  specialNeeds: 'r.special_needs',
};

const isBuiltIn = (attribute: string) =>
  (BUILT_IN_SEGMENT_ATTRIBUTES as readonly string[]).includes(attribute);

export function rollupServesFilter(filter: ResolvedFilter): boolean {
  return (
    filter.channel === null &&
    filter.team === null &&
    filter.agent === null &&
    filter.segment.every((condition) => isBuiltIn(condition.attribute))
  );
}

/** The rollup's group expression (text[]) for a dimension it carries; null otherwise. */
export function rollupGroupValues(dimension: GroupDimension | null): string | null {
  if (dimension === null) return 'ARRAY[NULL::text]';
  if (dimension.kind === 'intent') return 'ARRAY[r.journey_key]';
  if (dimension.kind === 'segment' && isBuiltIn(dimension.attribute)) {
    return `ARRAY[NULLIF(${ROLLUP_SEGMENT_COLUMNS[dimension.attribute]}, '')]`;
  }
  return null;
}

/** Journey-grain measures over rollup rows with journey_daily's columns (journey_slot has them too). */
export function rollupMeasures(labour: string): Record<string, Measure> {
  return {
    fcr: ['sum(fcr_journeys)', 'sum(assisted_journeys)'],
    containment: ['sum(contained)', 'sum(self_service_started)'],
    self_service_share: ['sum(self_service_only)', 'sum(journeys)'],
    lcr: [`COALESCE(sum(resolved_assisted_handle), 0) * ${labour}::float8 / 3600`, 'sum(resolved)'],
    cost_to_serve: ['COALESCE(sum(cost), 0)', 'sum(journeys)'],
    contacts_per_journey: ['COALESCE(sum(steps), 0)', 'sum(journeys)'],
    repeat_contact_rate: ['sum(repeat_journeys)', 'sum(journeys)'],
    channel_switch_rate: ['sum(switched_journeys)', 'sum(journeys)'],
  };
}

/** $1 instants, $2 time zone: whether every instant is a local midnight. */
export const ALIGNED_TO_DAYS = `
SELECT COALESCE(bool_and(x = date_trunc('day', x AT TIME ZONE $2::text) AT TIME ZONE $2::text), true)
         AS aligned
  FROM unnest($1::timestamptz[]) AS x`;

export function rollupJourneySumsSql(
  filter: ResolvedFilter,
  window: MetricWindow,
  groupValues: string,
  labourCostPerHour: number,
): Statement {
  const p = new SqlParams();
  // Added on first use: an unused placeholder has no type and fails the statement.
  let tz: string | undefined;
  const day = (at: Date) => {
    tz ??= `${p.add(filter.timeZone)}::text`;
    return `(${p.add(at)}::timestamptz AT TIME ZONE ${tz})::date`;
  };
  const where = [`r.workspace_id = ${p.add(filter.workspaceId)}::uuid`];
  if (filter.intent !== null) where.push(`r.journey_key = ${p.add(filter.intent)}`);
  for (const { attribute, values } of filter.segment) {
    where.push(`${ROLLUP_SEGMENT_COLUMNS[attribute]} = ANY(${p.add(values)}::text[])`);
  }
  if (window.lo) where.push(`r.day >= ${day(window.lo)}`);
  if (window.hi) where.push(`r.day < ${day(window.hi)}`);
  const current = window.currentFrom ? `r.day >= ${day(window.currentFrom)}` : 'true';
  const text = `
SELECT is_current, grp, ${measureColumns(rollupMeasures(p.add(labourCostPerHour)))}
  FROM (SELECT r.*, ${current} AS is_current, ${groupValues} AS grps
          FROM journey_daily r
         WHERE ${where.join('\n           AND ')}) rr
 CROSS JOIN LATERAL unnest(rr.grps) AS g(grp)
 GROUP BY is_current, grp`;
  return { text, values: p.values };
}
