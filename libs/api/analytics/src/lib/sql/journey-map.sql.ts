import { type ResolvedFilter, journeyWhere } from './filter.sql';
import { SqlParams } from './sql-params';
import type { Statement } from './metrics.sql';

/**
 * Step-wise channel flows of the filtered journeys, one row per (step, node, next node
 * or exit). Every shown step of every journey is in exactly one row, so node counts are
 * sums of their outgoing links and every journey reaches exactly one exit (totals are
 * exact). Nodes with fewer than the minimum journeys at their step fold into `other`
 * before links are counted, so medians are over the folded flows.
 *
 * Window of steps per journey (pos = step_index - base):
 * - no anchor: steps 0 .. steps-1, base 0;
 * - anchor channel: its first step a; after: a .. a+steps-1, before: a-steps+1 .. a; base a;
 * - no anchor channel (an intent anchor only narrows the journeys): after as above,
 *   before: the last steps, base = the last step.
 */

export type MapDirection = 'before' | 'after';

export interface MapRequest {
  steps: number;
  /** null: 1% of the journeys, at least 1. */
  minCount: number | null;
  anchorChannel: string | null;
  anchorIntent: string | null;
  direction: MapDirection;
}

export interface MapLinkRow {
  pos: number;
  node: string;
  /** null: the journey leaves the map here (exit). */
  next_node: string | null;
  /** Set on exit rows only. */
  resolved: boolean | null;
  count: number;
  with_friction: number;
  median_gap: number | null;
}

export interface MapTotalsRow {
  journeys: number;
  resolved: number;
  truncated: number;
  folded: number;
  min_count: number;
}

function anchorIndex(request: MapRequest, p: SqlParams): string {
  if (request.anchorChannel !== null) {
    return `(SELECT min(s.step_index) FROM journey_step s
              WHERE s.workspace_id = j.workspace_id AND s.customer_id = j.customer_id
                AND s.journey_id = j.id AND s.channel = ${p.add(request.anchorChannel)})`;
  }
  // Without a channel the anchor is the journey's start (after) or its last step (before).
  return request.direction === 'before' ? 'j.steps - 1' : '0';
}

export function journeyMapSql(filter: ResolvedFilter, request: MapRequest): Statement {
  const p = new SqlParams();
  const where = [journeyWhere(filter, p)];
  if (request.anchorIntent !== null) where.push(`j.journey_key = ${p.add(request.anchorIntent)}`);
  const span = `${p.add(request.steps)}::int - 1`;
  const before = request.direction === 'before';
  const text = `
WITH anchored AS (
  SELECT j.workspace_id, j.customer_id, j.id, j.resolved, j.steps AS n,
         ${anchorIndex(request, p)} AS a
    FROM journey j
   WHERE ${where.join(' AND ')}
),
jr AS (
  SELECT anchored.*,
         ${before ? `GREATEST(0, a - ${span})` : 'a'} AS lo,
         ${before ? 'a' : `LEAST(n - 1, a + ${span})`} AS hi
    FROM anchored WHERE a IS NOT NULL
),
st AS (
  SELECT jr.customer_id, jr.id, jr.resolved, s.step_index - jr.a AS pos, s.channel,
         s.gap_seconds,
         EXISTS (SELECT 1 FROM friction_event f
                  WHERE f.workspace_id = s.workspace_id AND f.customer_id = s.customer_id
                    AND f.journey_id = s.journey_id AND f.step_index = s.step_index)
           AS has_friction
    FROM jr
    -- By journey id alone (see filter.sql.ts): with customer_id the estimate drops to one
    -- row and every later step of the plan becomes a nested loop.
    JOIN journey_step s ON s.workspace_id = jr.workspace_id AND s.journey_id = jr.id
                       AND s.step_index BETWEEN jr.lo AND jr.hi
),
minimum AS (
  SELECT COALESCE(${p.add(request.minCount)}::int,
                  GREATEST(1, ceil(0.01 * count(*))::int)) AS m
    FROM jr
),
raw AS (SELECT pos, channel, count(*) AS n FROM st GROUP BY pos, channel),
folded AS (
  SELECT st.*, raw.n < minimum.m AS is_folded,
         CASE WHEN raw.n < minimum.m THEN 'other' ELSE st.channel END AS node
    FROM st JOIN raw USING (pos, channel) CROSS JOIN minimum
),
seq AS (
  SELECT folded.*, lead(node) OVER w AS next_node, lead(gap_seconds) OVER w AS next_gap,
         lead(has_friction) OVER w AS next_friction
    FROM folded
  WINDOW w AS (PARTITION BY customer_id, id ORDER BY pos)
),
links AS (
  SELECT pos, node, next_node, CASE WHEN next_node IS NULL THEN resolved END AS resolved,
         count(*)::int AS count,
         count(*) FILTER (WHERE COALESCE(next_friction, has_friction))::int AS with_friction,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY next_gap) AS median_gap
    FROM seq
   GROUP BY 1, 2, 3, 4
)
SELECT 'link' AS kind, to_jsonb(links) AS row FROM links
UNION ALL
SELECT 'totals', jsonb_build_object(
         'journeys', (SELECT count(*) FROM jr),
         'resolved', (SELECT count(*) FILTER (WHERE resolved) FROM jr),
         'truncated', (SELECT count(*) FILTER (WHERE lo > 0 OR hi < n - 1) FROM jr),
         'folded', (SELECT count(*) FILTER (WHERE is_folded) FROM folded),
         'min_count', (SELECT m FROM minimum))`;
  return { text, values: p.values };
}
