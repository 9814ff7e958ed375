import path from 'node:path';

/** The questions tools/bench/analytics.ts asks both the API and DuckDB. */
export type DuckdbQuestion = 'journey-map' | 'metrics' | 'friction';

/** DuckDB over the raw files: identity from identities.ndjson, segments from customers.ndjson. */
export function duckdbQuestions(
  filesDir: string,
  segment: { attr: string; value: string },
): Record<DuckdbQuestion, string> {
  const file = (name: string) => `'${path.join(filesDir, name)}'`;
  const assisted = `('phone','chat','email','sms','social','video','field_service','store')`;
  // Custom attributes (names as the API validates them) are fields of `attributes`.
  const segmentColumn =
    {
      region: 'region',
      tier: 'tier',
      valueBand: 'valueBand',
      specialNeeds: 'specialNeeds',
    }[segment.attr] ?? `attributes."${segment.attr}"`;
  const base = `
    WITH ids AS (
      SELECT person, r[1] AS kind, r[2] AS value
      FROM (SELECT person, unnest(raw) AS r FROM read_json(${file('identities.ndjson')}))
    ),
    seg AS (
      SELECT DISTINCT i.person FROM read_json(${file('customers.ndjson')}) c
      JOIN ids i ON i.kind = split_part(c.identifier, ':', 1)
                AND i.value = substr(c.identifier, strpos(c.identifier, ':') + 1)
      WHERE c.${segmentColumn} = '${segment.value.replace(/'/g, "''")}'
    ),
    tp AS (SELECT * FROM read_csv(${file('touchpoints.csv')}, header = true, all_varchar = false)),
    tp_ids AS (
      SELECT source, id, 'accountId' AS kind, CAST(account_id AS VARCHAR) AS value FROM tp WHERE account_id IS NOT NULL
      UNION ALL SELECT source, id, 'email', email FROM tp WHERE email IS NOT NULL
      UNION ALL SELECT source, id, 'phone', CAST(phone AS VARCHAR) FROM tp WHERE phone IS NOT NULL
      UNION ALL SELECT source, id, 'socialHandle', social_handle FROM tp WHERE social_handle IS NOT NULL
      UNION ALL SELECT source, id, 'deviceId', CAST(device_id AS VARCHAR) FROM tp WHERE device_id IS NOT NULL
    ),
    tp_person AS (
      SELECT t.source, t.id, min(i.person) AS person FROM tp_ids t JOIN ids i USING (kind, value) GROUP BY ALL
    ),
    facts AS (
      SELECT tp.*, p.person, coalesce(tp.intent, tp.interactionType) AS jkey,
             tp.channel IN ${assisted} AS assisted
      FROM tp JOIN tp_person p USING (source, id) WHERE p.person IN (SELECT person FROM seg)
    ),
    breaks AS (
      SELECT *, CASE WHEN occurredAt - lag(occurredAt) OVER w <= INTERVAL 7 DAY THEN 0 ELSE 1 END AS starts
      FROM facts WINDOW w AS (PARTITION BY person, jkey ORDER BY occurredAt, id)
    ),
    journeyed AS (
      SELECT *, sum(starts) OVER (PARTITION BY person, jkey ORDER BY occurredAt, id) AS jn FROM breaks
    ),
    steps AS (
      SELECT *, row_number() OVER j AS step,
             lag(channel) OVER j AS previous_channel,
             lead(channel) OVER j AS next_channel
      FROM journeyed WINDOW j AS (PARTITION BY person, jkey, jn ORDER BY occurredAt, id)
    ),
    journeys AS (
      SELECT person, jkey, jn, count(*) AS steps,
             arg_max(outcome, step) FILTER (WHERE outcome IS NOT NULL) AS outcome,
             arg_min(assisted, step) = false AS began_self_service,
             bool_or(assisted) AS any_assisted,
             min(step) FILTER (WHERE assisted) AS first_assisted_step,
             count(DISTINCT agentId) AS agents
      FROM steps GROUP BY ALL
    )`;
  return {
    'journey-map': `${base}
      SELECT step, channel, coalesce(s.next_channel, CASE WHEN j.outcome = 'resolved' THEN 'resolved' ELSE 'unresolved' END) AS target,
             count(*) AS n
      FROM steps s JOIN journeys j USING (person, jkey, jn)
      WHERE step <= 5 GROUP BY ALL ORDER BY step, n DESC`,
    metrics: `${base},
    first_assisted AS (
      SELECT s.person, s.jkey, s.jn, s.outcome = 'resolved' AND s.step = j.steps AS resolved_first
      FROM steps s JOIN journeys j USING (person, jkey, jn) WHERE s.step = j.first_assisted_step
    )
      SELECT count(*) AS journeys,
             avg(CASE WHEN f.resolved_first THEN 1 ELSE 0 END) FILTER (WHERE j.any_assisted) AS fcr,
             avg(CASE WHEN NOT j.any_assisted THEN 1 ELSE 0 END) FILTER (WHERE j.began_self_service) AS containment,
             avg(CASE WHEN NOT j.any_assisted THEN 1 ELSE 0 END) AS self_service_share,
             (SELECT avg(CASE WHEN csat >= 4 THEN 1 ELSE 0 END) FROM steps WHERE csat IS NOT NULL) AS csat,
             (SELECT avg(ces) FROM steps WHERE ces IS NOT NULL) AS ces,
             (SELECT sum(coalesce(cost, 0)) FROM steps) / count(*) AS cost_to_serve
      FROM journeys j LEFT JOIN first_assisted f USING (person, jkey, jn)`,
    friction: `${base}
      SELECT 'repeat_contact' AS type, count(*) AS n FROM (
        SELECT assisted AND direction = 'inbound'
               AND count(*) FILTER (WHERE assisted) OVER (PARTITION BY person, jkey, jn ORDER BY step
                 ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) > 0 AS hit FROM steps) WHERE hit
      UNION ALL SELECT 'transfer', count(*) FROM steps WHERE outcome = 'transferred'
      UNION ALL SELECT 'ivr_misroute', count(*) FROM steps WHERE outcome = 'transferred' AND previous_channel = 'ivr'
      UNION ALL SELECT 'abandonment', count(*) FROM steps WHERE outcome = 'abandoned'
      UNION ALL SELECT 'long_wait', count(*) FROM steps WHERE waitSeconds > CASE channel
          WHEN 'phone' THEN 20 WHEN 'video' THEN 30 WHEN 'chat' THEN 60 WHEN 'sms' THEN 3600
          WHEN 'social' THEN 3600 WHEN 'email' THEN 86400 END
      UNION ALL SELECT 'low_csat', count(*) FROM steps WHERE csat <= 2
      UNION ALL SELECT 'high_effort', count(*) FROM steps WHERE ces >= 5
      UNION ALL SELECT 'negative_social', count(*) FROM steps WHERE channel = 'social' AND sentiment < -0.3
      UNION ALL SELECT 'failed_containment', count(*) FROM steps s JOIN journeys j USING (person, jkey, jn)
          WHERE j.began_self_service AND s.step = j.first_assisted_step
      UNION ALL SELECT 'many_handoffs', count(*) FROM journeys WHERE agents > 2
      ORDER BY n DESC`,
  };
}
