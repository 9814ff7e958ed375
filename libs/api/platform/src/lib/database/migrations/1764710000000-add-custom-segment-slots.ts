import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Custom segment attributes in the slot rollups.
 * - `journey.segment_attributes`: the customer's custom attributes as of the journey's
 *   build, like the built-in region/tier/... columns, so filters and rollups read the
 *   journey and never the customer. Backfilled from the customers here.
 * - `journey_settings.rollup_attributes`: which custom attributes the slot rollups count
 *   (a workspace setting, at most three: each one adds a slot per journey, step and
 *   contact).
 * - `rollup_state.slot_attributes`: the custom attributes the rollups do count for every
 *   journey right now (set by the full recount; a settings change keeps only those in both
 *   the old and the new list until the rebuild it queues has recounted).
 * No rollup row changes shape (slot_attr / slot_value hold custom ones too), and no
 * workspace counts a custom attribute until its settings name one.
 *
 * map_slot also counts the steps after the 8th, all as step 8 (the flow graph sums every
 * step): workspaces with such journeys are not `ready` until the rebuild queued here has
 * recounted them (until then the analytics read the facts).
 */
export class AddCustomSegmentSlots1764710000000 implements MigrationInterface {
  name = 'AddCustomSegmentSlots1764710000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "journey" ADD "segment_attributes" jsonb NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(`
      UPDATE "journey" j SET "segment_attributes" = c."attributes"
        FROM "customer" c
       WHERE c."id" = j."customer_id" AND c."attributes" <> '{}'::jsonb`);
    await queryRunner.query(
      `ALTER TABLE "journey_settings" ADD "rollup_attributes" text[] NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `ALTER TABLE "rollup_state" ADD "slot_attributes" text[] NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(`
      WITH flipped AS (
        UPDATE "rollup_state" r SET "ready" = false, "version" = r."version" + 1
         WHERE r."ready" AND EXISTS (SELECT 1 FROM "journey" j
                                      WHERE j."workspace_id" = r."workspace_id" AND j."steps" > 8)
        RETURNING r."workspace_id")
      INSERT INTO "job" ("workspace_id", "kind")
      SELECT "workspace_id", 'rebuild_journeys' FROM flipped`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rollup_state" DROP COLUMN "slot_attributes"`);
    await queryRunner.query(`ALTER TABLE "journey_settings" DROP COLUMN "rollup_attributes"`);
    await queryRunner.query(`ALTER TABLE "journey" DROP COLUMN "segment_attributes"`);
  }
}
