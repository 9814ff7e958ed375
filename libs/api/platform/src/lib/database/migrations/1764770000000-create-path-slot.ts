import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * path_slot: the top paths' rollup, in the slot layout (one segment slot per row, see
 * 1764620000000): journeys per full channel path (`path`, the journey's channel_path) by
 * month for all keys only (`month` always true, `all_keys` always true, `day` the 1st):
 * there are tens of thousands of distinct paths a month, so day or per-key rows would be
 * millions. Its staging copy for the recount is made like the others (1764700000000).
 * Workspaces that already have journeys are not `ready` until the rebuild queued here has
 * counted the new table (until then the analytics read the facts).
 */
export class CreatePathSlot1764770000000 implements MigrationInterface {
  name = 'CreatePathSlot1764770000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "path_slot" (
        "workspace_id" uuid NOT NULL,
        "month" boolean NOT NULL,
        "day" date NOT NULL,
        "slot_attr" text NOT NULL,
        "slot_value" text NOT NULL,
        "all_keys" boolean NOT NULL,
        "journey_key" text NOT NULL,
        "path" text[] NOT NULL,
        "journeys" bigint NOT NULL,
        "resolved" bigint NOT NULL,
        "cost" numeric NOT NULL,
        "duration_seconds" numeric NOT NULL,
        CONSTRAINT "PK_path_slot" PRIMARY KEY ("workspace_id", "slot_attr", "slot_value",
          "all_keys", "month", "journey_key", "day", "path")
      )`);
    await queryRunner.query(
      `CREATE UNLOGGED TABLE "recount_path_slot" (LIKE "path_slot" INCLUDING ALL)`,
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
    await queryRunner.query(`DROP TABLE "recount_path_slot"`);
    await queryRunner.query(`DROP TABLE "path_slot"`);
  }
}
