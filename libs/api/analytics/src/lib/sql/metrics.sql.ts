import {
  CONTACT_ROWS,
  contactConditions,
  journeyConditions,
  type ResolvedFilter,
} from './filter.sql';
import {
  CONTACT_MEASURES,
  type Measure,
  journeyMeasures,
  measureColumns,
} from './metric-measures.sql';
import { type SlotGrouping, isSeries } from './slot-metrics.sql';
import { SqlParams } from './sql-params';

/**
 * The two statements of a metrics answer: journey-grain sums (journeys by start) and
 * contact-grain sums (contacts by occurred_at), each per (current?, group). Rows of the
 * previous window come out with current = false. Merged in TypeScript because groups
 * may be NULL, which a FULL JOIN cannot match.
 */

export interface MetricWindow {
  /** Rows in [lo, hi); either side open when null. */
  lo: Date | null;
  hi: Date | null;
  /** Rows at or after this are the current window; null: all are. */
  currentFrom: Date | null;
}

/**
 * How rows are grouped: FROM-clause fragments (after `journey j`, and after the contact
 * rows) that give `g.grp`, one row per group a journey or contact counts in.
 */
export interface Grouping {
  journey(p: SqlParams, workspaceId: string): string;
  contact(p: SqlParams, workspaceId: string): string;
  /** The journey_daily group expression (text[]), when the rollup carries this grouping. */
  rollup?: string;
  /** The slot rollups' grouping, when they carry it. */
  slot?: SlotGrouping;
}

const NO_GROUP = 'CROSS JOIN LATERAL (SELECT NULL::text AS grp) g';

export const NO_GROUPING: Grouping = {
  journey: () => NO_GROUP,
  contact: () => NO_GROUP,
  rollup: 'ARRAY[NULL::text]',
  slot: 'none',
};

export interface Statement {
  text: string;
  values: unknown[];
}

function period(column: string, window: MetricWindow, p: SqlParams): string[] {
  const conditions: string[] = [];
  if (window.lo) conditions.push(`${column} >= ${p.add(window.lo)}::timestamptz`);
  if (window.hi) conditions.push(`${column} < ${p.add(window.hi)}::timestamptz`);
  return conditions;
}

function current(column: string, window: MetricWindow, p: SqlParams): string {
  return window.currentFrom ? `${column} >= ${p.add(window.currentFrom)}::timestamptz` : 'true';
}

export function journeySumsSql(
  filter: ResolvedFilter,
  window: MetricWindow,
  grouping: Grouping,
  labourCostPerHour: number,
): Statement {
  const p = new SqlParams();
  const where = [...journeyConditions(filter, p), ...period('j.started_at', window, p)];
  const text = `
SELECT is_current, grp, ${measureColumns(journeyMeasures(p.add(labourCostPerHour)))}
  FROM (SELECT j.*, ${current('j.started_at', window, p)} AS is_current,
               rc.journey_id IS NOT NULL AS repeated, g.grp
          FROM journey j
          -- Journeys with a repeat_contact event, as one hash join.
          -- (By journey id alone, as every join to a journey: see filter.sql.ts.)
          LEFT JOIN (SELECT DISTINCT journey_id FROM friction_event
                      WHERE workspace_id = ${p.add(filter.workspaceId)}::uuid
                        AND type = 'repeat_contact') rc
            ON rc.journey_id = j.id
          ${grouping.journey(p, filter.workspaceId)}
         WHERE ${where.join('\n           AND ')}) jr
 GROUP BY is_current, grp`;
  return { text, values: p.values };
}

export function contactSumsSql(
  filter: ResolvedFilter,
  window: MetricWindow,
  grouping: Grouping,
): Statement {
  const p = new SqlParams();
  const where = [...contactConditions(filter, p), ...period('s.occurred_at', window, p)];
  const text = `
SELECT is_current, grp, ${measureColumns(CONTACT_MEASURES)}
  FROM (SELECT s.assisted, s.wait_seconds, s.handle_seconds, s.outcome, s.agent_id,
               -- The target that applied to the step (channel, interaction type, segment).
               t.csat, t.ces, t.nps, s.service_level_seconds AS target,
               ${current('s.occurred_at', window, p)} AS is_current, g.grp
          FROM ${CONTACT_ROWS}
          ${grouping.contact(p, filter.workspaceId)}
         WHERE ${where.join('\n           AND ')}) cr
 GROUP BY is_current, grp`;
  return { text, values: p.values };
}

/**
 * conversations_per_agent alone (a distinct count, which no rollup can hold), for requests
 * whose other sums come from the slot rollups: the same rows as contactSumsSql for the
 * filters the slots serve (no team filter, so no touchpoint columns are needed and the
 * join to touchpoint, the heavy part of the contact sums, is left out).
 */
export function agentSumsSql(
  filter: ResolvedFilter,
  window: MetricWindow,
  grouping: Grouping,
): Statement {
  const p = new SqlParams();
  // Without an intent or segment filter, or a group by key or friction, the steps suffice:
  // the join to every journey was two thirds of it (8.4 s for two months at 10M).
  const byStep =
    filter.intent === null &&
    filter.segment.length === 0 &&
    grouping.slot !== undefined &&
    (grouping.slot === 'none' || isSeries(grouping.slot));
  const where = [
    ...(byStep
      ? [`s.workspace_id = ${p.add(filter.workspaceId)}::uuid`]
      : contactConditions(filter, p)),
    ...period('s.occurred_at', window, p),
  ];
  const measures = { conversations_per_agent: CONTACT_MEASURES.conversations_per_agent };
  const text = `
SELECT is_current, grp, ${measureColumns(measures as Record<string, Measure>)}
  FROM (SELECT s.assisted, s.agent_id, ${current('s.occurred_at', window, p)} AS is_current, g.grp
          FROM journey_step s
          ${byStep ? '' : 'JOIN journey j ON j.workspace_id = s.workspace_id AND j.id = s.journey_id'}
          ${grouping.contact(p, filter.workspaceId)}
         WHERE ${where.join('\n           AND ')}) cr
 GROUP BY is_current, grp`;
  return { text, values: p.values };
}
