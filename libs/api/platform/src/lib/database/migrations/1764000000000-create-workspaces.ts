import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Workspaces and their per-channel settings (cost, service level, hours). */
export class CreateWorkspaces1764000000000 implements MigrationInterface {
  name = 'CreateWorkspaces1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "workspace" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "slug" text NOT NULL,
        "name" text NOT NULL,
        "time_zone" text NOT NULL DEFAULT 'UTC',
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_workspace" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_workspace_slug" UNIQUE ("slug")
      )`);
    await queryRunner.query(`
      CREATE TABLE "channel_setting" (
        "workspace_id" uuid NOT NULL,
        "channel" text NOT NULL,
        "cost_per_contact" numeric(12,4) NOT NULL,
        "service_level_seconds" integer,
        "service_level_share" numeric(5,4),
        "hours" jsonb,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_channel_setting" PRIMARY KEY ("workspace_id", "channel"),
        CONSTRAINT "FK_channel_setting_workspace" FOREIGN KEY ("workspace_id")
          REFERENCES "workspace"("id") ON DELETE CASCADE,
        CONSTRAINT "CHK_channel_setting_channel" CHECK ("channel" IN (
          'phone','ivr','chat','chatbot','email','sms','social','video','field_service',
          'web','app','community','store','kiosk')),
        CONSTRAINT "CHK_channel_setting_cost" CHECK ("cost_per_contact" >= 0),
        CONSTRAINT "CHK_channel_setting_sl" CHECK ("service_level_seconds" IS NULL OR "service_level_seconds" > 0),
        CONSTRAINT "CHK_channel_setting_share" CHECK ("service_level_share" IS NULL OR "service_level_share" BETWEEN 0 AND 1)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "channel_setting"`);
    await queryRunner.query(`DROP TABLE "workspace"`);
  }
}
