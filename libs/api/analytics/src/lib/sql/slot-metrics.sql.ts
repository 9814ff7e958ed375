import type { MetricPeriod } from '@journey-atlas/shared/domain';
import type { ResolvedFilter } from './filter.sql';
import type { Statement } from './metrics.sql';
import { type Measure, measureColumns } from './metric-measures.sql';
import { type DayWindow, slotConditions, slotDayRows, slotPeriod } from './slot-rollup.sql';
import { rollupMeasures } from './rollup-metrics.sql';
import { SqlParams } from './sql-params';

/**
 * Metric sums read from journey_slot (journey grain, by start day) and contact_slot
 * (contact grain, by contact day): the same numerators and denominators as
 * journeySumsSql / contactSumsSql (metric-measures.sql.ts) for the filters the slots
 * serve. conversations_per_agent (a distinct count) comes from agent_slot over whole
 * months, else from the steps (agentSumsSql).
 */

/**
 * What the sums are grouped by: nothing, the journey key, the friction types, or calendar
 * buckets of the rows' local day (a series: day, ISO week or month, as ISO dates).
 */
export type SlotGrouping = 'none' | 'intent' | 'friction' | MetricPeriod;

/** Whether the grouping is a calendar series (day, week or month buckets). */
export const isSeries = (grouping: SlotGrouping): grouping is MetricPeriod =>
  grouping === 'day' || grouping === 'week' || grouping === 'month';

/** The group of a row r: a bucket of a series, a key, a friction type, or none. */
function groupValue(grouping: SlotGrouping, p: SqlParams): string {
  if (isSeries(grouping)) {
    return `to_char(date_trunc(${p.add(grouping)}::text, r.day::timestamp), 'YYYY-MM-DD')`;
  }
  if (grouping === 'intent') return 'r.journey_key';
  return grouping === 'friction' ? 'r.friction_type' : 'NULL::text';
}

const CONTACT_MEASURES: Record<string, Measure> = {
  ces: ['COALESCE(sum(ces_sum), 0)', 'sum(ces_n)'],
  csat: ['sum(csat_good)', 'sum(csat_n)'],
  nps: ['COALESCE(sum(nps_sum), 0)', 'sum(nps_n)'],
  aht: ['COALESCE(sum(aht_sum), 0)', 'sum(aht_n)'],
  response_time: ['COALESCE(sum(wait_sum), 0)', 'sum(wait_n)'],
  service_level: ['sum(sl_met)', 'sum(sl_n)'],
  transfer_rate: ['sum(transferred)', 'sum(contacts)'],
  abandonment_rate: ['sum(abandoned)', 'sum(contacts)'],
};

function slotSums(
  table: 'journey_slot' | 'contact_slot',
  filter: ResolvedFilter,
  days: DayWindow,
  grouping: SlotGrouping,
  measures: (p: SqlParams) => Record<string, Measure>,
): Statement {
  const p = new SqlParams();
  const where = slotConditions(filter, p, grouping === 'intent' ? 'each' : 'all');
  where.push(grouping === 'friction' ? `r.friction_type <> ''` : `r.friction_type = ''`);
  // A month row spans the buckets of a day or week series: those read day rows only.
  const period =
    isSeries(grouping) && grouping !== 'month' ? slotDayRows(days, p) : slotPeriod(days, p);
  where.push(period.where);
  const group = groupValue(grouping, p);
  // Cells whose rows were all subtracted to zero count nothing (the facts have no row).
  const counted = table === 'journey_slot' ? 'sum(journeys)' : 'sum(contacts)';
  const text = `
SELECT is_current, grp, ${measureColumns(measures(p))}
  FROM (SELECT r.*, ${period.current} AS is_current, ${group} AS grp
          FROM ${table} r
         WHERE ${where.join('\n           AND ')}) r
 GROUP BY is_current, grp
HAVING ${counted} <> 0`;
  return { text, values: p.values };
}

export function slotJourneySumsSql(
  filter: ResolvedFilter,
  days: DayWindow,
  grouping: SlotGrouping,
  labourCostPerHour: number,
): Statement {
  return slotSums('journey_slot', filter, days, grouping, (p) =>
    rollupMeasures(p.add(labourCostPerHour)),
  );
}

export function slotContactSumsSql(
  filter: ResolvedFilter,
  days: DayWindow,
  grouping: SlotGrouping,
): Statement {
  return slotSums('contact_slot', filter, days, grouping, () => CONTACT_MEASURES);
}

/** Friction events and journeys per type, from journey_slot (journeys by start day). */
export function slotFrictionCountsSql(filter: ResolvedFilter, days: DayWindow): Statement {
  const p = new SqlParams();
  const where = [...slotConditions(filter, p, 'all'), `r.friction_type <> ''`];
  where.push(slotPeriod(days, p).where);
  const text = `
SELECT r.friction_type AS type, NULL::text AS grp, sum(r.friction_events)::int AS events,
       sum(r.journeys)::int AS journeys
  FROM journey_slot r
 WHERE ${where.join('\n   AND ')}
 GROUP BY 1
HAVING sum(r.journeys) <> 0`;
  return { text, values: p.values };
}

/**
 * conversations_per_agent from agent_slot (contact months, all keys): the assisted
 * contacts with an agent, over the agents that handled any in the window. Only without a
 * group or an intent, over whole months (`days`); agentSumsSql otherwise.
 */
export function slotAgentSumsSql(filter: ResolvedFilter, days: DayWindow): Statement {
  const p = new SqlParams();
  const period = slotPeriod(days, p);
  const where = [...slotConditions(filter, p, 'all'), period.where];
  const text = `
SELECT is_current, NULL::text AS grp,
       sum(contacts)::float8 AS conversations_per_agent_n,
       (count(*) FILTER (WHERE contacts > 0))::float8 AS conversations_per_agent_d
  FROM (SELECT ${period.current} AS is_current, r.agent_id, sum(r.contacts) AS contacts
          FROM agent_slot r
         WHERE ${where.join('\n           AND ')}
         GROUP BY 1, 2) r
 GROUP BY is_current
HAVING sum(contacts) <> 0`;
  return { text, values: p.values };
}
