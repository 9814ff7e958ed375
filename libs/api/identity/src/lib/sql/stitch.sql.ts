/**
 * Set-based identity stitching for one batch, inside the caller's transaction. $1 is
 * the workspace id unless noted. Temporary tables (st_*) live until the transaction ends.
 *
 * Graph: a node ("grp") is an existing customer ('c:<uuid>') or a new identifier
 * ('n:<kind>:<hash>'). Identifiers that co-occur on a touchpoint join their nodes,
 * unless the identifier is blocked (cap or split).
 */

/** Serialises identity changes per workspace: batches, splits and upserts never interleave. */
export const LOCK_WORKSPACE_IDENTITY = `SELECT pg_advisory_xact_lock(hashtext('identity:' || $1::text))`;

/** $1..$7: parallel arrays, one entry per (touchpoint, identifier): ord, position, source, external id, kind, HMAC hex, masked. */
export const STAGE_IDENTIFIERS = `
  CREATE TEMP TABLE st_ident ON COMMIT DROP AS
  SELECT s.ord, s.pos, s.source, s.external_id, s.kind, decode(s.key_hex, 'hex') AS key_hash, s.masked
    FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
         AS s(ord, pos, source, external_id, kind, key_hex, masked)`;

/** The same table, empty, for a caller that fills it with COPY (columns in this order). */
export const STAGED_IDENTIFIERS_TABLE = `
  CREATE TEMP TABLE st_ident (ord int NOT NULL, pos int NOT NULL, source text NOT NULL,
                              external_id text NOT NULL, kind text NOT NULL,
                              key_hash bytea NOT NULL, masked text NOT NULL) ON COMMIT DROP`;

export const STAGE_NODES = `
  CREATE TEMP TABLE st_node ON COMMIT DROP AS
  SELECT b.kind, b.key_hash, b.masked, ci.id AS identifier_id, ci.customer_id,
         ci.merge_block, coalesce(ci.linked_customers, 0) AS linked,
         CASE WHEN ci.id IS NULL THEN 'n:' || b.kind || ':' || encode(b.key_hash, 'hex')
              ELSE 'c:' || ci.customer_id::text END AS grp,
         0 AS new_links, false AS newly_blocked
    -- Distinct identifiers first (a customer's identifiers repeat across the batch; the
    -- same key always has the same masked form), then the lookups.
    FROM (SELECT DISTINCT ON (kind, key_hash) kind, key_hash, masked FROM st_ident) b
    -- One unique-index probe per distinct identifier (LIMIT 1 keeps the planner from turning
    -- it into a join that hashes the workspace's whole identifier table on every batch).
    LEFT JOIN LATERAL (
      SELECT x.id, x.customer_id, x.merge_block, x.linked_customers
        FROM customer_identifier x
       WHERE x.workspace_id = $1 AND x.kind = b.kind AND x.key_hash = b.key_hash
       LIMIT 1) ci ON true`;

/**
 * Temp tables are never auto-analysed; without statistics Postgres guesses their size and
 * picks nested loops that go quadratic on big (bulk-import) batches. The plans need row
 * counts and rough distributions (e.g. that `new_links > 0` is rare, so UPDATE_KNOWN_IDENTIFIERS
 * probes the index instead of scanning every identifier): a small sample does (statistics
 * target 10 = 3,000 rows instead of every row of a 20,000-row batch). Every column stays
 * analysed.
 */
export const STAGED_STATISTICS_TARGET = `SET LOCAL default_statistics_target = 10`;
export const ANALYZE_STAGED_NODES = `ANALYZE st_ident, st_node`;
export const ANALYZE_STAGED_GRAPH = `ANALYZE st_edge, st_label`;

/**
 * Counts, per identifier, the distinct nodes it would join; one that would take its
 * total of linked customers over the workspace cap is blocked instead of merging.
 */
export const APPLY_CAP = `
  WITH touch AS (
    SELECT i.ord, n.kind, n.key_hash, n.grp
      FROM st_ident i JOIN st_node n USING (kind, key_hash)
     WHERE n.merge_block IS NULL),
  reach AS (
    SELECT x.kind, x.key_hash, count(DISTINCT y.grp)::int - 1 AS new_links
      FROM touch x JOIN touch y ON y.ord = x.ord
     GROUP BY x.kind, x.key_hash),
  cap AS (
    SELECT coalesce((SELECT identifier_cap FROM identity_settings WHERE workspace_id = $1), 50) AS cap)
  UPDATE st_node n
     SET new_links = r.new_links,
         merge_block = CASE WHEN n.linked + r.new_links > cap.cap THEN 'cap' END,
         newly_blocked = n.linked + r.new_links > cap.cap
    FROM reach r, cap
   WHERE n.kind = r.kind AND n.key_hash = r.key_hash AND r.new_links > 0`;

/** Star edges per touchpoint (every node to the touchpoint's smallest), both directions. */
export const STAGE_EDGES = `
  CREATE TEMP TABLE st_edge ON COMMIT DROP AS
  WITH star AS (
    SELECT DISTINCT n.grp AS a, min(n.grp) OVER (PARTITION BY i.ord) AS b
      FROM st_ident i JOIN st_node n USING (kind, key_hash)
     WHERE n.merge_block IS NULL)
  SELECT a, b FROM star WHERE a <> b
  UNION
  SELECT b, a FROM star WHERE a <> b`;

export const STAGE_LABELS = `
  CREATE TEMP TABLE st_label ON COMMIT DROP AS
  SELECT DISTINCT grp, grp AS label,
         CASE WHEN identifier_id IS NOT NULL THEN customer_id END AS customer_id
    FROM st_node`;

/** One round of min-label propagation; repeated until it changes nothing. */
export const PROPAGATE_LABELS = `
  UPDATE st_label l SET label = m.label
    FROM (SELECT e.a AS grp, min(l2.label) AS label
            FROM st_edge e JOIN st_label l2 ON l2.grp = e.b
           GROUP BY e.a) m
   WHERE l.grp = m.grp AND m.label < l.label`;

/** Each component's customer: the oldest existing one, or a new one. */
export const STAGE_COMPONENTS = `
  CREATE TEMP TABLE st_comp ON COMMIT DROP AS
  SELECT l.label,
         coalesce((array_agg(c.id ORDER BY c.created_at, c.id) FILTER (WHERE c.id IS NOT NULL))[1],
                  gen_random_uuid()) AS survivor,
         bool_and(c.id IS NULL) AS is_new
    FROM st_label l LEFT JOIN customer c ON c.id = l.customer_id
   GROUP BY l.label`;

export const INSERT_NEW_CUSTOMERS = `
  INSERT INTO customer (id, workspace_id, attributes)
  SELECT survivor, $1, '{}'::jsonb FROM st_comp WHERE is_new`;

export const STAGE_MERGES = `
  CREATE TEMP TABLE st_merge ON COMMIT DROP AS
  SELECT l.customer_id AS loser, c.survivor
    FROM st_label l JOIN st_comp c USING (label)
   WHERE l.customer_id IS NOT NULL AND l.customer_id <> c.survivor`;

/**
 * History first (it lists what the loser brought), naming the first touchpoint of the
 * batch that carried one of the loser's identifiers next to another customer's.
 */
export const RECORD_MERGES = `
  WITH cause AS (
    SELECT DISTINCT ON (m.loser) m.loser, i.source, i.external_id, n.identifier_id
      FROM st_merge m
      JOIN st_node n ON n.grp = 'c:' || m.loser::text AND n.merge_block IS NULL
      JOIN st_ident i ON i.kind = n.kind AND i.key_hash = n.key_hash
     WHERE EXISTS (SELECT 1 FROM st_ident j JOIN st_node n2 USING (kind, key_hash)
                    WHERE j.ord = i.ord AND n2.merge_block IS NULL AND n2.grp <> n.grp)
     ORDER BY m.loser, i.ord)
  INSERT INTO identity_history (workspace_id, customer_id, other_customer_id, action,
                                touchpoint_source, touchpoint_external_id, identifier_id,
                                moved_identifier_ids, moved_touchpoints)
  SELECT $1, m.survivor, m.loser, 'merge', cause.source, cause.external_id, cause.identifier_id,
         coalesce((SELECT array_agg(ci.id ORDER BY ci.id) FROM customer_identifier ci
                    WHERE ci.workspace_id = $1 AND ci.customer_id = m.loser), '{}'),
         (SELECT count(*) FROM touchpoint t WHERE t.workspace_id = $1 AND t.customer_id = m.loser)
    FROM st_merge m LEFT JOIN cause ON cause.loser = m.loser`;

export const MOVE_MERGED_IDENTIFIERS = `
  UPDATE customer_identifier ci SET customer_id = m.survivor
    FROM st_merge m WHERE ci.workspace_id = $1 AND ci.customer_id = m.loser`;

export const MOVE_MERGED_TOUCHPOINTS = `
  UPDATE touchpoint t SET customer_id = m.survivor
    FROM st_merge m WHERE t.workspace_id = $1 AND t.customer_id = m.loser`;

/** The survivor keeps its segments and fills the gaps from the absorbed customer. */
export const MERGE_CUSTOMER_ROWS = `
  WITH fill AS (
    UPDATE customer s
       SET region = coalesce(s.region, l.region), tier = coalesce(s.tier, l.tier),
           value_band = coalesce(s.value_band, l.value_band),
           special_needs = coalesce(s.special_needs, l.special_needs),
           attributes = l.attributes || s.attributes, updated_at = now()
      FROM st_merge m JOIN customer l ON l.id = m.loser
     WHERE s.workspace_id = $1 AND s.id = m.survivor)
  UPDATE customer l SET merged_into_id = m.survivor, updated_at = now()
    FROM st_merge m WHERE l.workspace_id = $1 AND l.id = m.loser`;

export const UPDATE_KNOWN_IDENTIFIERS = `
  UPDATE customer_identifier ci
     SET linked_customers = ci.linked_customers + n.new_links,
         merge_block = coalesce(ci.merge_block, n.merge_block),
         blocked_at = CASE WHEN n.newly_blocked THEN now() ELSE ci.blocked_at END
    FROM st_node n
   WHERE ci.id = n.identifier_id AND (n.new_links > 0 OR n.newly_blocked)`;

export const INSERT_NEW_IDENTIFIERS = `
  WITH ins AS (
    INSERT INTO customer_identifier (workspace_id, customer_id, kind, key_hash, masked,
                                     merge_block, blocked_at, linked_customers)
    SELECT $1, c.survivor, n.kind, n.key_hash, n.masked, n.merge_block,
           CASE WHEN n.newly_blocked THEN now() END, n.new_links
      FROM st_node n JOIN st_label l USING (grp) JOIN st_comp c USING (label)
     WHERE n.identifier_id IS NULL
    RETURNING id, kind, key_hash)
  UPDATE st_node n SET identifier_id = ins.id
    FROM ins WHERE n.kind = ins.kind AND n.key_hash = ins.key_hash`;

/** Per touchpoint: its customer (decided by unblocked identifiers first) and identifier ids. */
export const RESOLVED_TOUCHPOINTS = `
  SELECT i.ord,
         (array_agg(c.survivor ORDER BY n.merge_block IS NOT NULL, i.pos))[1] AS customer_id,
         array_agg(n.identifier_id ORDER BY i.pos) AS identifier_ids
    FROM st_ident i
    JOIN st_node n USING (kind, key_hash)
    JOIN st_label l USING (grp)
    JOIN st_comp c USING (label)
   GROUP BY i.ord`;

export const MERGED_CUSTOMERS = `SELECT loser, survivor FROM st_merge`;

/** $2: customer ids. The journey engine rebuilds these and deletes the rows. */
export const MARK_CUSTOMERS_CHANGED = `
  INSERT INTO customer_change (workspace_id, customer_id)
  SELECT $1, id FROM unnest($2::uuid[]) AS id
  ON CONFLICT (workspace_id, customer_id) DO UPDATE SET changed_at = now()`;
