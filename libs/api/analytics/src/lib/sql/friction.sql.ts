import { type ResolvedFilter, journeyWhere } from './filter.sql';
import type { Statement } from './metrics.sql';
import { SqlParams } from './sql-params';

export type FrictionDimension = 'channel' | 'intent' | 'queue' | 'agent';

/** Whitelisted expressions of an event's group: its own channel, journey key, touchpoint queue or agent. */
const GROUP_EXPRESSIONS: Readonly<Record<FrictionDimension, string>> = {
  channel: 'f.channel',
  intent: 'j.journey_key',
  queue: 't.queue',
  agent: 't.agent_id',
};

export interface FrictionCountRow {
  type: string;
  grp: string | null;
  events: number;
  journeys: number;
}

/**
 * Friction events of the filtered journeys (journeys by start, like every analytics
 * route): events and distinct journeys per type, and per group when one is given.
 */
export function frictionCountsSql(
  filter: ResolvedFilter,
  groupBy: FrictionDimension | null,
): Statement {
  const p = new SqlParams();
  const group = groupBy === null ? 'NULL::text' : GROUP_EXPRESSIONS[groupBy];
  const text = `
SELECT f.type, ${group} AS grp, count(*)::int AS events,
       count(DISTINCT (f.customer_id, f.journey_id))::int AS journeys
  FROM friction_event f
  JOIN journey j ON j.workspace_id = f.workspace_id AND j.id = f.journey_id
  JOIN touchpoint t ON t.id = f.touchpoint_id
 WHERE ${journeyWhere(filter, p)}
 GROUP BY 1, 2`;
  return { text, values: p.values };
}
