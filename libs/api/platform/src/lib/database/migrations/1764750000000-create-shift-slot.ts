import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * shift_slot: the channel-shift answers' rollup, in the slot layout (one segment slot per
 * row, see 1764620000000), per journey key by day (`all_keys` and `month` are always
 * false: leaks and opportunities are per intent, and a period's day rows are few). Rows with `from_channel` = `to_channel`
 * = '' count the key's journeys (self-service begun, contained, their costs); the others
 * count the journeys that leaked from `from_channel` (self-service) to `to_channel`
 * (assisted) with their assisted steps' cost. Its staging copy for the recount is made
 * like the others (1764700000000). Workspaces that already have journeys are not `ready`
 * until the rebuild queued here has counted the new table (until then the analytics read
 * the facts).
 */
export class CreateShiftSlot1764750000000 implements MigrationInterface {
  name = 'CreateShiftSlot1764750000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "shift_slot" (
        "workspace_id" uuid NOT NULL,
        "month" boolean NOT NULL,
        "day" date NOT NULL,
        "slot_attr" text NOT NULL,
        "slot_value" text NOT NULL,
        "all_keys" boolean NOT NULL,
        "journey_key" text NOT NULL,
        "from_channel" text NOT NULL,
        "to_channel" text NOT NULL,
        "journeys" bigint NOT NULL,
        "self_service_started" bigint NOT NULL,
        "contained" bigint NOT NULL,
        "assisted_started_cost" numeric NOT NULL,
        "contained_cost" numeric NOT NULL,
        "assisted_cost" numeric NOT NULL,
        "assisted_resolved" bigint NOT NULL,
        CONSTRAINT "PK_shift_slot" PRIMARY KEY ("workspace_id", "slot_attr", "slot_value",
          "all_keys", "month", "journey_key", "day", "from_channel", "to_channel")
      )`);
    await queryRunner.query(
      `CREATE UNLOGGED TABLE "recount_shift_slot" (LIKE "shift_slot" INCLUDING ALL)`,
    );
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
    await queryRunner.query(`DROP TABLE "recount_shift_slot"`);
    await queryRunner.query(`DROP TABLE "shift_slot"`);
  }
}
