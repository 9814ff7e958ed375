import { customAttributeText } from '@journey-atlas/api/platform';
import type { AnalyticsQuery } from '../filters/analytics-query';
import type { GroupDimension } from '../filters/group-by';
import type { SqlParams } from './sql-params';

/**
 * SQL fragments for the common filters, with the semantics of shared/journey-rules
 * (README "Filter and group by"): a journey passes a channel / team / agent filter when
 * any of its steps has that value; intent is the journey key; segment attributes are the
 * customer's. A contact is judged on its own channel, team and agent, on its journey's
 * key and on its customer's segment. Aliases: j journey, s journey_step, t touchpoint.
 *
 * Joins to a journey use its id alone: a journey's id is its first touchpoint's id, unique
 * in the workspace. Adding customer_id changes no result but makes Postgres multiply two
 * selectivities, expect one row and choose nested loops that go quadratic on real data.
 */

/** The filter with the workspace resolved and the period as instants. */
export interface ResolvedFilter extends AnalyticsQuery {
  workspaceId: string;
  timeZone: string;
  fromAt: Date | null;
  toAt: Date | null;
  /** Start of the same-length window before [from, to); null unless both are given. */
  previousFromAt: Date | null;
}

const SEGMENT_COLUMNS: Readonly<Record<string, string>> = {
  region: 'region',
  tier: 'tier',
  valueBand: 'value_band',
  specialNeeds: 'special_needs',
};

const SAME_JOURNEY = `s.workspace_id = j.workspace_id AND s.customer_id = j.customer_id
           AND s.journey_id = j.id`;

/**
 * A segment attribute of journey j's customer, as of the journey's build: built-ins have
 * their columns, custom ones are in j.segment_attributes (text, numbers and booleans, like
 * segmentValue and the slot rollups).
 */
export function segmentExpression(attribute: string, p: SqlParams): string {
  const column = SEGMENT_COLUMNS[attribute];
  if (column) return `j.${column}`;
  return customAttributeText('j.segment_attributes', `${p.add(attribute)}::text`);
}

function stepsHave(condition: string): string {
  return `EXISTS (SELECT 1 FROM journey_step s JOIN touchpoint t ON t.id = s.touchpoint_id
           WHERE ${SAME_JOURNEY} AND ${condition})`;
}

/** Journey conditions other than the period (callers choose the period column). */
export function journeyConditions(filter: ResolvedFilter, p: SqlParams): string[] {
  const conditions = [`j.workspace_id = ${p.add(filter.workspaceId)}::uuid`];
  if (filter.intent !== null) conditions.push(`j.journey_key = ${p.add(filter.intent)}`);
  // The journey's channel_path holds every step's channel: no lookup of its steps.
  if (filter.channel !== null) {
    conditions.push(`${p.add(filter.channel)}::text = ANY(j.channel_path)`);
  }
  if (filter.team !== null) conditions.push(stepsHave(`t.team = ${p.add(filter.team)}`));
  if (filter.agent !== null) {
    conditions.push(
      `EXISTS (SELECT 1 FROM journey_step s WHERE ${SAME_JOURNEY} AND s.agent_id = ${p.add(filter.agent)})`,
    );
  }
  for (const { attribute, values } of filter.segment) {
    conditions.push(`${segmentExpression(attribute, p)} = ANY(${p.add(values)}::text[])`);
  }
  return conditions;
}

/** The journeys of the filter that started in [fromAt, toAt). */
export function journeyWhere(filter: ResolvedFilter, p: SqlParams): string {
  const conditions = journeyConditions(filter, p);
  if (filter.fromAt) conditions.push(`j.started_at >= ${p.add(filter.fromAt)}::timestamptz`);
  if (filter.toAt) conditions.push(`j.started_at < ${p.add(filter.toAt)}::timestamptz`);
  return conditions.join('\n     AND ');
}

/** Contact conditions other than the period; rows are s JOIN t JOIN j. */
export function contactConditions(filter: ResolvedFilter, p: SqlParams): string[] {
  const conditions = [`j.workspace_id = ${p.add(filter.workspaceId)}::uuid`];
  if (filter.intent !== null) conditions.push(`j.journey_key = ${p.add(filter.intent)}`);
  if (filter.channel !== null) conditions.push(`s.channel = ${p.add(filter.channel)}`);
  if (filter.team !== null) conditions.push(`t.team = ${p.add(filter.team)}`);
  if (filter.agent !== null) conditions.push(`s.agent_id = ${p.add(filter.agent)}`);
  for (const { attribute, values } of filter.segment) {
    conditions.push(`${segmentExpression(attribute, p)} = ANY(${p.add(values)}::text[])`);
  }
  return conditions;
}

const STEP_VALUES: Readonly<Record<'channel' | 'team' | 'agent' | 'queue', string>> = {
  channel: 's.channel',
  team: 't.team',
  agent: 's.agent_id',
  queue: 't.queue',
};

/**
 * FROM-clause fragment after `journey j` giving `g.grp`, one row per group the journey
 * counts under: every distinct non-null value of its steps for channel, team, agent and
 * queue (one NULL row when none: the LEFT JOIN), its key for intent, its customer's
 * attribute for a segment. Channels come from the journey's own channel_path; the others
 * from a hash join over the workspace's steps, not a lookup per journey.
 */
export function journeyGroupJoin(
  dimension: GroupDimension,
  p: SqlParams,
  workspaceId: string,
): string {
  if (dimension.kind === 'intent') return 'CROSS JOIN LATERAL (SELECT j.journey_key AS grp) g';
  // Every step's channel is in the journey's channel_path (never empty): no join to steps.
  if (dimension.kind === 'channel') {
    return 'CROSS JOIN LATERAL (SELECT DISTINCT unnest(j.channel_path) AS grp) g';
  }
  if (dimension.kind === 'segment') {
    return `CROSS JOIN LATERAL (SELECT ${segmentExpression(dimension.attribute, p)} AS grp) g`;
  }
  const value = STEP_VALUES[dimension.kind];
  const touchpoint = value.startsWith('t.') ? 'JOIN touchpoint t ON t.id = s.touchpoint_id' : '';
  return `LEFT JOIN (SELECT DISTINCT s.journey_id, ${value} AS grp
                FROM journey_step s ${touchpoint}
               WHERE s.workspace_id = ${p.add(workspaceId)}::uuid AND ${value} IS NOT NULL) g
         ON g.journey_id = j.id`;
}

/** A contact's own value on a dimension (rows s JOIN t JOIN j). */
export function contactGroupValue(dimension: GroupDimension, p: SqlParams): string {
  switch (dimension.kind) {
    case 'channel':
      return 's.channel';
    case 'team':
      return 't.team';
    case 'agent':
      return 's.agent_id';
    case 'queue':
      return 't.queue';
    case 'intent':
      return 'j.journey_key';
    case 'segment':
      return segmentExpression(dimension.attribute, p);
  }
}

/** Rows s JOIN t JOIN j: every contact with its journey. */
export const CONTACT_ROWS = `journey_step s
  JOIN touchpoint t ON t.id = s.touchpoint_id
  JOIN journey j ON j.workspace_id = s.workspace_id AND j.id = s.journey_id`;
