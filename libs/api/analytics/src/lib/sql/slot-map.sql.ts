import type { ResolvedFilter } from './filter.sql';
import type { Statement } from './metrics.sql';
import { type DayWindow, slotConditions, slotPeriod } from './slot-rollup.sql';
import { SqlParams } from './sql-params';

/**
 * The journey map (no anchor, direction after, no intent) from map_slot: rows per (step,
 * channel, next channel or '' at the journey's last step) with journeys, resolved ones,
 * friction on this and the next step and the next step's gaps by bucket, summed over the
 * filter's slot and period. Nodes fold into 'other' and links are counted like
 * journeyMapSql does; the same rows come out, but each link carries gap bucket counts
 * instead of a median (slot-map.ts estimates it).
 *
 * Gap buckets (slot-rollups.sql.ts in the journeys lib): 0 under 1 s, k = 1..44 for
 * [2^((k-1)/2), 2^(k/2)) seconds, 45 from 2^22 s (48 days) on.
 */
export const GAP_BUCKETS = 46;

const gapColumns = Array.from({ length: GAP_BUCKETS }, (_, k) => `g${k}`);

export function slotMapSql(
  filter: ResolvedFilter,
  days: DayWindow,
  steps: number,
  minCount: number | null,
): Statement {
  const p = new SqlParams();
  const where = [...slotConditions(filter, p, 'all'), slotPeriod(days, p).where];
  const shown = `${p.add(steps)}::int`;
  where.push(`r.step_index < ${shown}`);
  const minimum = p.add(minCount);
  const sums = (prefix: string) => gapColumns.map((g) => `sum(${prefix}${g}) AS ${g}`).join(', ');
  const gaps = `ARRAY[${gapColumns.map((g) => `${g}::int`).join(', ')}]`;
  const text = `
WITH rows AS (
  SELECT step_index AS pos, channel, next_channel, sum(journeys) AS n, sum(resolved) AS res,
         sum(friction_here) AS fh, sum(friction_here_resolved) AS fhr,
         sum(friction_next) AS fnext, ${sums('r.')}
    FROM map_slot r
   WHERE ${where.join('\n     AND ')}
   GROUP BY 1, 2, 3
  HAVING sum(journeys) <> 0
),
reach AS (SELECT pos, channel, sum(n) AS n FROM rows GROUP BY 1, 2),
minimum AS (
  SELECT COALESCE(${minimum}::int,
                  GREATEST(1, ceil(0.01 * COALESCE(sum(n) FILTER (WHERE pos = 0), 0)))::int) AS m
    FROM reach
),
nodes AS (
  SELECT reach.*, n < m AS is_folded, CASE WHEN n < m THEN 'other' ELSE channel END AS node
    FROM reach CROSS JOIN minimum
),
x AS (
  SELECT rows.*, a.node, b.node AS next_node,
         rows.pos < ${shown} - 1 AND rows.next_channel <> '' AS moves_on
    FROM rows
    JOIN nodes a ON a.pos = rows.pos AND a.channel = rows.channel
    LEFT JOIN nodes b ON b.pos = rows.pos + 1 AND b.channel = rows.next_channel
),
links AS (
  SELECT pos, node, next_node, NULL::boolean AS resolved, sum(n) AS count,
         sum(fnext) AS with_friction, ${sums('')}
    FROM x WHERE moves_on GROUP BY 1, 2, 3
  UNION ALL
  -- Exits: the journey's last step, or the last one shown.
  SELECT pos, node, NULL, true, sum(res), sum(fhr), ${gapColumns.map((g) => `NULL AS ${g}`).join(', ')}
    FROM x WHERE NOT moves_on GROUP BY 1, 2
  UNION ALL
  SELECT pos, node, NULL, false, sum(n - res), sum(fh - fhr), ${gapColumns.map((g) => `NULL AS ${g}`).join(', ')}
    FROM x WHERE NOT moves_on GROUP BY 1, 2
)
SELECT 'link' AS kind, jsonb_build_object(
         'pos', pos, 'node', node, 'next_node', next_node, 'resolved', resolved,
         'count', count::int, 'with_friction', with_friction::int,
         'gaps', CASE WHEN next_node IS NOT NULL THEN ${gaps} END) AS row
  FROM links WHERE count > 0
UNION ALL
SELECT 'totals', jsonb_build_object(
         'journeys', COALESCE((SELECT sum(n) FILTER (WHERE pos = 0) FROM rows), 0)::int,
         'resolved', COALESCE((SELECT sum(res) FILTER (WHERE pos = 0) FROM rows), 0)::int,
         'truncated', COALESCE((SELECT sum(n) FILTER (WHERE pos = ${shown} - 1 AND next_channel <> '')
                                  FROM rows), 0)::int,
         'folded', COALESCE((SELECT sum(n) FILTER (WHERE is_folded) FROM nodes), 0)::int,
         'min_count', (SELECT m FROM minimum))`;
  return { text, values: p.values };
}
