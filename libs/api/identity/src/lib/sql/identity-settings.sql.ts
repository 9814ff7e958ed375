/** $1 workspace id, $2 a fresh random secret (used only when the row is new). */
export const ENSURE_IDENTITY_SETTINGS = `
  INSERT INTO identity_settings (workspace_id, hmac_secret) VALUES ($1, $2)
  ON CONFLICT (workspace_id) DO NOTHING`;

export const SELECT_IDENTITY_SETTINGS = `
  SELECT hmac_secret, default_country, identifier_cap
    FROM identity_settings WHERE workspace_id = $1`;
