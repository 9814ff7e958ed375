import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Access-strategy overrides (service-level targets and hours per interaction type,
 * segment and channel) live with the journey rules, as JSON lists validated by the API;
 * workspaces without them keep `[]`. Every journey step records the service-level target
 * that applied to it, so the service-level metric and the long_wait friction read the
 * same number. Existing steps get their channel's target, which is what applied before
 * overrides existed.
 *
 * Also: a statement trigger on customer_change NOTIFYs `journey_atlas_customer_changes`
 * (delivered at commit, one per transaction), so the journey worker starts on new
 * touchpoints at once instead of at its next poll.
 */
export class AddAccessOverrides1764500000002 implements MigrationInterface {
  name = 'AddAccessOverrides1764500000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "journey_settings"
        ADD COLUMN "service_level_overrides" jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN "hours_overrides" jsonb NOT NULL DEFAULT '[]',
        ADD CONSTRAINT "CHK_journey_settings_sl_overrides"
          CHECK (jsonb_typeof("service_level_overrides") = 'array'),
        ADD CONSTRAINT "CHK_journey_settings_hours_overrides"
          CHECK (jsonb_typeof("hours_overrides") = 'array')`);
    await queryRunner.query(
      `ALTER TABLE "journey_step" ADD COLUMN "service_level_seconds" integer`,
    );
    await queryRunner.query(`
      UPDATE journey_step s
         SET service_level_seconds = cs.service_level_seconds
        FROM channel_setting cs
       WHERE cs.workspace_id = s.workspace_id AND cs.channel = s.channel
         AND cs.service_level_seconds IS NOT NULL`);
    await queryRunner.query(`
      CREATE FUNCTION "notify_customer_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('journey_atlas_customer_changes', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "TRG_customer_change_notify" AFTER INSERT ON "customer_change"
        FOR EACH STATEMENT EXECUTE FUNCTION "notify_customer_change"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TRG_customer_change_notify" ON "customer_change"`);
    await queryRunner.query(`DROP FUNCTION "notify_customer_change"()`);
    await queryRunner.query(`ALTER TABLE "journey_step" DROP COLUMN "service_level_seconds"`);
    await queryRunner.query(`
      ALTER TABLE "journey_settings"
        DROP COLUMN "service_level_overrides", DROP COLUMN "hours_overrides"`);
  }
}
