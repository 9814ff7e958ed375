import { type ResolvedFilter, journeyWhere } from './filter.sql';
import type { Statement } from './metrics.sql';
import { SqlParams } from './sql-params';

/** Journey columns of a summary; expects alias j. */
const SUMMARY_COLUMNS = `j.customer_id, j.id::text AS journey_id, j.journey_key, j.started_at,
       j.ended_at, j.channel_path, j.outcome, j.resolved, j.cost::float8 AS journey_cost,
       j.duration_seconds,
       ARRAY(SELECT DISTINCT f.type FROM friction_event f
              WHERE f.workspace_id = j.workspace_id AND f.customer_id = j.customer_id
                AND f.journey_id = j.id ORDER BY 1) AS journey_friction`;

export interface JourneySummaryRow {
  customer_id: string;
  journey_id: string;
  journey_key: string;
  started_at: Date;
  ended_at: Date;
  channel_path: string[];
  outcome: string | null;
  resolved: boolean;
  journey_cost: number;
  duration_seconds: number;
  journey_friction: string[];
}

export interface JourneyStepRow extends JourneySummaryRow {
  step_index: number;
  touchpoint_id: string;
  external_id: string;
  occurred_at: Date;
  channel: string;
  direction: string;
  assisted: boolean;
  step_outcome: string | null;
  agent_id: string | null;
  team: string | null;
  wait_seconds: number | null;
  handle_seconds: number | null;
  step_cost: number;
  step_friction: string[];
}

/** $1 workspace, $2 customer id: the customer the id ends up as after merges, if any. */
export const SURVIVING_CUSTOMER = `
WITH RECURSIVE chain AS (
  SELECT id, merged_into_id, 0 AS depth FROM customer WHERE workspace_id = $1 AND id = $2
  UNION ALL
  SELECT c.id, c.merged_into_id, chain.depth + 1
    FROM customer c JOIN chain ON c.id = chain.merged_into_id
   WHERE chain.depth < 100
)
SELECT id FROM chain WHERE merged_into_id IS NULL LIMIT 1`;

/** $1 workspace, $2 customer: every step of every journey, with friction per step. */
export const CUSTOMER_STEPS = `
SELECT ${SUMMARY_COLUMNS},
       s.step_index, s.touchpoint_id::text AS touchpoint_id, t.external_id, s.occurred_at,
       s.channel, s.direction, s.assisted, s.outcome AS step_outcome, s.agent_id, t.team,
       s.wait_seconds, s.handle_seconds, s.cost::float8 AS step_cost,
       ARRAY(SELECT f.type FROM friction_event f
              WHERE f.workspace_id = s.workspace_id AND f.customer_id = s.customer_id
                AND f.journey_id = s.journey_id AND f.step_index = s.step_index
              ORDER BY 1) AS step_friction
  FROM journey j
  JOIN journey_step s ON s.workspace_id = j.workspace_id AND s.customer_id = j.customer_id
                     AND s.journey_id = j.id
  JOIN touchpoint t ON t.id = s.touchpoint_id
 WHERE j.workspace_id = $1 AND j.customer_id = $2
 ORDER BY j.started_at, j.id, s.step_index`;

export interface SampleRequest {
  friction: string | null;
  path: string[] | null;
  /** Channel at a 0-based step position (a Sankey flow or step box). */
  steps: { position: number; channel: string }[];
  resolved: boolean | null;
  limit: number;
}

/** Filtered journeys for a drill-down, newest first. */
export function journeySampleSql(filter: ResolvedFilter, request: SampleRequest): Statement {
  const p = new SqlParams();
  const where = [journeyWhere(filter, p)];
  if (request.friction !== null) {
    where.push(`EXISTS (SELECT 1 FROM friction_event f
                 WHERE f.workspace_id = j.workspace_id AND f.customer_id = j.customer_id
                   AND f.journey_id = j.id AND f.type = ${p.add(request.friction)})`);
  }
  if (request.path !== null) where.push(`j.channel_path = ${p.add(request.path)}::text[]`);
  for (const { position, channel } of request.steps) {
    where.push(`j.channel_path[${p.add(position + 1)}::int] = ${p.add(channel)}`);
  }
  if (request.resolved !== null) where.push(`j.resolved = ${p.add(request.resolved)}::boolean`);
  const text = `
SELECT ${SUMMARY_COLUMNS}
  FROM journey j
 WHERE ${where.join('\n   AND ')}
 ORDER BY j.started_at DESC, j.customer_id, j.id
 LIMIT ${p.add(request.limit)}::int`;
  return { text, values: p.values };
}
