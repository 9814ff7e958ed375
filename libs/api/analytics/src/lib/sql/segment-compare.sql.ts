import type { MetricName } from '@journey-atlas/shared/journey-rules';
import { CONTACT_ROWS, type ResolvedFilter, contactConditions, journeyWhere } from './filter.sql';
import type { Statement } from './metrics.sql';
import { SqlParams } from './sql-params';

/**
 * What segment compare needs beyond /metrics and /paths: the sums of squares of the
 * averaged values (for Welch's t-test on mean metrics) and exact counts of given paths.
 * The sums of the values themselves come from the metrics engine; these statements use
 * the same rows (journeys by start in [from, to), contacts by occurred_at) and filters.
 */

/** Σ x² of each mean metric's averaged value, over the rows its denominator counts. */
const JOURNEY_SQUARES = (labour: string): Partial<Record<MetricName, string>> => ({
  cost_to_serve: 'sum(j.cost::float8 ^ 2)',
  contacts_per_journey: 'sum(j.steps::float8 ^ 2)',
  lcr: `sum((COALESCE(j.assisted_handle, 0) * ${labour}::float8 / 3600) ^ 2) FILTER (WHERE j.resolved)`,
});

const CONTACT_SQUARES: Partial<Record<MetricName, string>> = {
  ces: 'sum(t.ces::float8 ^ 2)',
  // Each response counts +1 (promoter), -1 (detractor) or 0: its square is 1 or 0.
  nps: 'count(*) FILTER (WHERE t.nps >= 9 OR t.nps <= 6)',
  aht: 'sum(s.handle_seconds::float8 ^ 2) FILTER (WHERE s.assisted)',
  response_time: 'sum(s.wait_seconds::float8 ^ 2)',
};

/** Metric names whose second moments these statements give. */
export const MEAN_METRICS: readonly MetricName[] = [
  ...(Object.keys(JOURNEY_SQUARES('0')) as MetricName[]),
  ...(Object.keys(CONTACT_SQUARES) as MetricName[]),
];

function columns(squares: Partial<Record<MetricName, string>>): string {
  return Object.entries(squares)
    .map(([name, sum]) => `COALESCE((${sum})::float8, 0) AS ${name}_sq`)
    .join(',\n       ');
}

export function journeySquaresSql(filter: ResolvedFilter, labourCostPerHour: number): Statement {
  const p = new SqlParams();
  const squares = columns(JOURNEY_SQUARES(p.add(labourCostPerHour)));
  const text = `
SELECT ${squares}
  FROM journey j
 WHERE ${journeyWhere(filter, p)}`;
  return { text, values: p.values };
}

export function contactSquaresSql(filter: ResolvedFilter): Statement {
  const p = new SqlParams();
  const where = contactConditions(filter, p);
  if (filter.fromAt) where.push(`s.occurred_at >= ${p.add(filter.fromAt)}::timestamptz`);
  if (filter.toAt) where.push(`s.occurred_at < ${p.add(filter.toAt)}::timestamptz`);
  const text = `
SELECT ${columns(CONTACT_SQUARES)}
  FROM ${CONTACT_ROWS}
 WHERE ${where.join('\n   AND ')}`;
  return { text, values: p.values };
}

/** Separator of a path's channels in `pathCountsSql` keys (no channel name contains it). */
export const PATH_KEY_SEPARATOR = '>';

/** Journeys of the filter per given full channel path, keyed `phone>chat`. */
export function pathCountsSql(filter: ResolvedFilter, pathKeys: readonly string[]): Statement {
  const p = new SqlParams();
  const separator = p.add(PATH_KEY_SEPARATOR);
  const text = `
SELECT array_to_string(j.channel_path, ${separator}::text) AS key, count(*)::int AS count
  FROM journey j
 WHERE ${journeyWhere(filter, p)}
   AND array_to_string(j.channel_path, ${separator}::text) = ANY(${p.add(pathKeys)}::text[])
 GROUP BY 1`;
  return { text, values: p.values };
}
