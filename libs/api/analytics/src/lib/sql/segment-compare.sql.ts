import { CONTACT_SQUARE_SUMS, JOURNEY_SQUARE_SUMS } from '@journey-atlas/api/platform/sql';
import type { MetricName } from '@journey-atlas/shared/journey-rules';
import { CONTACT_ROWS, type ResolvedFilter, contactConditions, journeyWhere } from './filter.sql';
import type { Statement } from './metrics.sql';
import { type DayWindow, slotConditions, slotPeriod } from './slot-rollup.sql';
import { SqlParams } from './sql-params';

/**
 * What segment compare needs beyond /metrics and /paths: the sums of squares of the
 * averaged values (for Welch's t-test on mean metrics; square-sums.sql.ts); exact counts
 * of given paths are in paths.sql.ts. The sums of the values themselves come from the metrics engine;
 * these statements use the same rows (journeys by start in [from, to), contacts by
 * occurred_at) and filters, from the facts or from the slot rollups.
 */

/** Each sum of squares, as a float8 column of its name. */
function columns(sums: readonly (readonly [string, string])[]): string {
  return sums.map(([column, sum]) => `(${sum})::float8 AS ${column}`).join(',\n       ');
}

/** Σ x² of the journey values (JOURNEY_SQUARE_SUMS) over the filtered journeys. */
export function journeySquaresSql(filter: ResolvedFilter): Statement {
  const p = new SqlParams();
  const text = `
SELECT ${columns(JOURNEY_SQUARE_SUMS)}
  FROM journey j
 WHERE ${journeyWhere(filter, p)}`;
  return { text, values: p.values };
}

/** Σ x² of the contact values (CONTACT_SQUARE_SUMS) over the filtered contacts. */
export function contactSquaresSql(filter: ResolvedFilter): Statement {
  const p = new SqlParams();
  const where = contactConditions(filter, p);
  if (filter.fromAt) where.push(`s.occurred_at >= ${p.add(filter.fromAt)}::timestamptz`);
  if (filter.toAt) where.push(`s.occurred_at < ${p.add(filter.toAt)}::timestamptz`);
  const text = `
SELECT ${columns(CONTACT_SQUARE_SUMS)}
  FROM ${CONTACT_ROWS}
 WHERE ${where.join('\n   AND ')}`;
  return { text, values: p.values };
}

/**
 * Both statements' sums from journey_slot and contact_slot (`days`: slotDays said the
 * slots serve the filter and period; per-key rows are months only).
 */
export function slotSquaresSql(filter: ResolvedFilter, days: DayWindow): Statement {
  const p = new SqlParams();
  const where = [
    ...slotConditions(filter, p, 'all'),
    slotPeriod(days, p).where,
    `r.friction_type = ''`,
  ].join('\n     AND ');
  const sums = (squares: readonly (readonly [string, string])[]) =>
    squares.map(([column]) => `COALESCE(sum(r.${column}), 0)::float8 AS ${column}`).join(', ');
  const text = `
SELECT j.*, c.*
  FROM (SELECT ${sums(JOURNEY_SQUARE_SUMS)} FROM journey_slot r WHERE ${where}) j
 CROSS JOIN (SELECT ${sums(CONTACT_SQUARE_SUMS)} FROM contact_slot r WHERE ${where}) c`;
  return { text, values: p.values };
}

/** The sums of squares above -> Σ x² of each mean metric's averaged value. */
export function metricSquares(
  sums: Record<string, number>,
  labourCostPerHour: number,
): Partial<Record<MetricName, number>> {
  const perSecond = labourCostPerHour / 3600;
  return {
    cost_to_serve: sums['cost_sq'],
    contacts_per_journey: sums['steps_sq'],
    lcr: sums['resolved_assisted_handle_sq'] * perSecond * perSecond,
    ces: sums['ces_sq'],
    nps: sums['nps_sq'],
    aht: sums['aht_sq'],
    response_time: sums['wait_sq'],
  };
}
