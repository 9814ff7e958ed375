import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The slot rollups' key (1764620000000): one segment slot per row, by day or month. */
const KEY = `
        "workspace_id" uuid NOT NULL,
        "month" boolean NOT NULL,
        "day" date NOT NULL,
        "slot_attr" text NOT NULL,
        "slot_value" text NOT NULL,
        "all_keys" boolean NOT NULL,
        "journey_key" text NOT NULL,`;
const KEY_COLUMNS = `"workspace_id", "slot_attr", "slot_value", "all_keys", "month", "journey_key", "day"`;

const SQUARES = {
  journey_slot: ['cost_sq', 'steps_sq', 'resolved_assisted_handle_sq'],
  contact_slot: ['ces_sq', 'nps_sq', 'aht_sq', 'wait_sq'],
} as const;

/**
 * Slot rollups for the answers that still read every journey:
 * - `shift_slot` (channel shifts): per journey key by day only (`all_keys` and `month`
 *   always false: leaks and opportunities are per intent, and a period's day rows are
 *   few). Rows with `from_channel` = `to_channel` = '' count the key's journeys
 *   (self-service begun, contained, their costs); the others the journeys that leaked from
 *   `from_channel` (self-service) to `to_channel` (assisted), with their assisted steps' cost.
 * - `path_slot` (top paths, segment compare's paths): journeys per full channel path
 *   (`path`, the journey's channel_path) by month for all keys only (`month` and
 *   `all_keys` always true, `day` the 1st): tens of thousands of distinct paths a month,
 *   so day or per-key rows would be millions.
 * - `agent_slot` (conversations_per_agent): the assisted contacts each agent handled, by
 *   contact month for all keys only (`month` and `all_keys` always true): the distinct
 *   agents of whole months are the agents with contacts, without reading every step.
 * - Sums of squares in journey_slot and contact_slot, for segment compare's t-tests on
 *   mean metrics. Numeric, so that the incremental builds' subtraction stays exact.
 * Each table gets its staging copy for the recount, and the copies the new columns, in the
 * same order (1764700000000). Workspaces that already have journeys are not `ready` until
 * the rebuild queued here has counted them (until then the analytics read the facts).
 */
export class AddShiftPathSlots1764750000000 implements MigrationInterface {
  name = 'AddShiftPathSlots1764750000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "shift_slot" (${KEY}
        "from_channel" text NOT NULL,
        "to_channel" text NOT NULL,
        "journeys" bigint NOT NULL,
        "self_service_started" bigint NOT NULL,
        "contained" bigint NOT NULL,
        "assisted_started_cost" numeric NOT NULL,
        "contained_cost" numeric NOT NULL,
        "assisted_cost" numeric NOT NULL,
        "assisted_resolved" bigint NOT NULL,
        CONSTRAINT "PK_shift_slot" PRIMARY KEY (${KEY_COLUMNS}, "from_channel", "to_channel")
      )`);
    await queryRunner.query(`
      CREATE TABLE "path_slot" (${KEY}
        "path" text[] NOT NULL,
        "journeys" bigint NOT NULL,
        "resolved" bigint NOT NULL,
        "cost" numeric NOT NULL,
        "duration_seconds" numeric NOT NULL,
        CONSTRAINT "PK_path_slot" PRIMARY KEY (${KEY_COLUMNS}, "path")
      )`);
    await queryRunner.query(`
      CREATE TABLE "agent_slot" (${KEY}
        "agent_id" text NOT NULL,
        "contacts" bigint NOT NULL,
        CONSTRAINT "PK_agent_slot" PRIMARY KEY (${KEY_COLUMNS}, "agent_id")
      )`);
    for (const table of ['shift_slot', 'path_slot', 'agent_slot']) {
      await queryRunner.query(
        `CREATE UNLOGGED TABLE "recount_${table}" (LIKE "${table}" INCLUDING ALL)`,
      );
    }
    for (const [table, columns] of Object.entries(SQUARES)) {
      for (const prefix of ['', 'recount_']) {
        await queryRunner.query(
          `ALTER TABLE "${prefix}${table}" ${columns
            .map((column) => `ADD "${column}" numeric NOT NULL DEFAULT 0`)
            .join(', ')}`,
        );
      }
    }
    await queryRunner.query(`
      WITH flipped AS (
        UPDATE "rollup_state" r SET "ready" = false, "version" = r."version" + 1
         WHERE r."ready" AND EXISTS (SELECT 1 FROM "journey" j
                                      WHERE j."workspace_id" = r."workspace_id")
        RETURNING r."workspace_id")
      INSERT INTO "job" ("workspace_id", "kind")
      SELECT "workspace_id", 'rebuild_journeys' FROM flipped`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, columns] of Object.entries(SQUARES)) {
      for (const prefix of ['', 'recount_']) {
        await queryRunner.query(
          `ALTER TABLE "${prefix}${table}" ${columns.map((column) => `DROP COLUMN "${column}"`).join(', ')}`,
        );
      }
    }
    for (const table of ['agent_slot', 'path_slot', 'shift_slot']) {
      await queryRunner.query(`DROP TABLE "recount_${table}"`);
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
