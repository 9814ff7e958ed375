import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bulk file imports run as background jobs; the row is the job's state, progress and
 * rejected-rows report, so it outlives the process (a restart marks a running job failed).
 */
export class CreateImportJobs1764300000000 implements MigrationInterface {
  name = 'CreateImportJobs1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "import_job" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL,
        "status" text NOT NULL DEFAULT 'queued',
        "format" text NOT NULL,
        "file_name" text,
        "temp_path" text,
        "mapping" jsonb,
        "detected" jsonb,
        "bytes_total" bigint NOT NULL DEFAULT 0,
        "bytes_read" bigint NOT NULL DEFAULT 0,
        "rows_read" bigint NOT NULL DEFAULT 0,
        "accepted" bigint NOT NULL DEFAULT 0,
        "duplicates" bigint NOT NULL DEFAULT 0,
        "rejected_count" bigint NOT NULL DEFAULT 0,
        "rejected" jsonb NOT NULL,
        "error" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "started_at" timestamptz,
        "finished_at" timestamptz,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_import_job" PRIMARY KEY ("id"),
        CONSTRAINT "FK_import_job_workspace" FOREIGN KEY ("workspace_id")
          REFERENCES "workspace"("id") ON DELETE CASCADE,
        CONSTRAINT "CHK_import_job_status" CHECK ("status" IN ('queued','running','done','failed')),
        CONSTRAINT "CHK_import_job_format" CHECK ("format" IN ('csv','ndjson'))
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_import_job_workspace" ON "import_job" ("workspace_id", "created_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "import_job"`);
  }
}
