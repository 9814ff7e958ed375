/**
 * $1 workspace. The journey rules (created with defaults by ENSURE_SETTINGS first), and the
 * custom attributes the rollups count now.
 */
export const SELECT_JOURNEY_RULES = `
  SELECT journey_window_seconds, journey_key, low_csat_at_most, high_effort_at_least,
         negative_sentiment_below, max_agents_per_journey, service_level_overrides,
         hours_overrides, rollup_attributes,
         COALESCE((SELECT slot_attributes FROM rollup_state WHERE workspace_id = $1), '{}')
           AS rollup_attributes_counted
    FROM journey_settings
   WHERE workspace_id = $1`;

/**
 * $1 workspace, $2 the custom attributes the rollups should count. Until the rebuild this
 * queues has recounted them, the slots are read only for attributes in both lists (builds
 * from now on count the new list; the old ones stop being counted), or the new list when
 * the workspace has no journeys yet; the version bump drops cached answers.
 */
export const UPDATE_ROLLUP_ATTRIBUTES = `
  WITH settings AS (
    UPDATE journey_settings SET rollup_attributes = $2::text[], updated_at = now()
     WHERE workspace_id = $1)
  UPDATE rollup_state
     SET slot_attributes =
           CASE WHEN NOT EXISTS (SELECT 1 FROM journey WHERE workspace_id = $1) THEN $2::text[]
                ELSE ARRAY(SELECT a FROM unnest(slot_attributes) a WHERE a = ANY($2::text[])) END,
         version = version + 1
   WHERE workspace_id = $1`;

/** $1 workspace, $2..$7 new values or null to keep: window, key, low CSAT, high effort, sentiment, agents. */
export const UPDATE_JOURNEY_RULES = `
  UPDATE journey_settings
     SET journey_window_seconds   = COALESCE($2, journey_window_seconds),
         journey_key              = COALESCE($3, journey_key),
         low_csat_at_most         = COALESCE($4, low_csat_at_most),
         high_effort_at_least     = COALESCE($5, high_effort_at_least),
         negative_sentiment_below = COALESCE($6, negative_sentiment_below),
         max_agents_per_journey   = COALESCE($7, max_agents_per_journey),
         updated_at = now()
   WHERE workspace_id = $1`;

/**
 * $1 workspace, $2 service-level overrides (jsonb array) or null to keep, $3 hours
 * overrides or null to keep. Each list is replaced as a whole.
 */
export const UPDATE_ACCESS_OVERRIDES = `
  UPDATE journey_settings
     SET service_level_overrides = COALESCE($2::jsonb, service_level_overrides),
         hours_overrides         = COALESCE($3::jsonb, hours_overrides),
         updated_at = now()
   WHERE workspace_id = $1`;

/** $1 workspace, $2 IANA time zone. */
export const UPDATE_TIME_ZONE = `UPDATE workspace SET time_zone = $2 WHERE id = $1`;

/**
 * $1 workspace, $2 channel, then (given?, value) pairs: cost, service-level seconds,
 * service-level share, hours. Nullable settings need the flag: null is a value there.
 */
export const UPDATE_CHANNEL_SETTING = `
  UPDATE channel_setting
     SET cost_per_contact      = CASE WHEN $3 THEN $4::numeric ELSE cost_per_contact END,
         service_level_seconds = CASE WHEN $5 THEN $6::integer ELSE service_level_seconds END,
         service_level_share   = CASE WHEN $7 THEN $8::numeric ELSE service_level_share END,
         hours                 = CASE WHEN $9 THEN $10::jsonb ELSE hours END,
         updated_at = now()
   WHERE workspace_id = $1 AND channel = $2`;
