/** Access overrides (service level, hours) as SQL fragments of BUILD_JOURNEYS. */

/**
 * An override's conditions and rank from its JSON `value` and 1-based list position
 * `ord`: specificity (channel, interactionType and each segment attribute count one)
 * first, then the later position. Same precedence as shared/domain access-overrides.ts.
 */
export function overrideColumns(o: string): string {
  return `${o}.value ->> 'channel' AS channel,
         ${o}.value ->> 'interactionType' AS interaction_type,
         COALESCE(${o}.value -> 'segment', '{}') AS segment,
         ((CASE WHEN ${o}.value ? 'channel' THEN 1 ELSE 0 END)
          + (CASE WHEN ${o}.value ? 'interactionType' THEN 1 ELSE 0 END)
          + (SELECT count(*) FROM jsonb_object_keys(COALESCE(${o}.value -> 'segment', '{}'))))
           * 100000 + ${o}.ord AS rank`;
}

/**
 * The best-ranked override of `relation` that matches touchpoint t of customer cu. A
 * segment condition holds when the customer's attribute (built-in column, else the custom
 * attribute as text) equals the value.
 */
export function winning(relation: string, columns: string): string {
  return `
      SELECT o.rank, ${columns}
        FROM ${relation} o
       WHERE (o.channel IS NULL OR o.channel = t.channel)
         AND (o.interaction_type IS NULL OR o.interaction_type = t.interaction_type)
         AND NOT EXISTS (
               SELECT 1 FROM jsonb_each_text(o.segment) AS want(attribute, value)
                WHERE want.value IS DISTINCT FROM CASE want.attribute
                        WHEN 'region' THEN cu.region
                        WHEN 'tier' THEN cu.tier
                        WHEN 'valueBand' THEN cu.value_band
                        WHEN 'specialNeeds' THEN cu.special_needs
                        ELSE cu.attributes ->> want.attribute END)
       ORDER BY o.rank DESC
       LIMIT 1`;
}
