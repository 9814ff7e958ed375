import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Remembers the demo dataset loaded into a workspace on first start: its seed and window
 * (so an interrupted load resumes with the same data) and whether it completed.
 */
export class CreateDemoDataset1764250000000 implements MigrationInterface {
  name = 'CreateDemoDataset1764250000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "demo_dataset" (
        "workspace_id" uuid NOT NULL,
        "seed" integer NOT NULL,
        "customers" integer NOT NULL,
        "window_start" timestamptz NOT NULL,
        "days" integer NOT NULL,
        "touchpoints" integer NOT NULL DEFAULT 0,
        "started_at" timestamptz NOT NULL DEFAULT now(),
        "completed_at" timestamptz,
        CONSTRAINT "PK_demo_dataset" PRIMARY KEY ("workspace_id"),
        CONSTRAINT "FK_demo_dataset_workspace" FOREIGN KEY ("workspace_id")
          REFERENCES "workspace"("id") ON DELETE CASCADE
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "demo_dataset"`);
  }
}
