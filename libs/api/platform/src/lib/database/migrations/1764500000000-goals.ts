import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The metrics pyramid (DESIGN.md): one tree per business goal, goal -> strategic ->
 * operational -> team/individual metric. One row per node; deleting a node deletes its
 * subtree (FK cascade to the parent), deleting a workspace deletes its pyramid.
 */
export class Goals1764500000000 implements MigrationInterface {
  name = 'Goals1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "goal_node" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL,
        "parent_id" uuid,
        "level" text NOT NULL,
        "name" text,
        "goal_kind" text,
        "metric" text,
        "target" double precision,
        "target_date" date,
        "role" text,
        "metric_kind" text,
        "team" text,
        "agent" text,
        "channel" text,
        "intent" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_goal_node" PRIMARY KEY ("id"),
        CONSTRAINT "FK_goal_node_workspace" FOREIGN KEY ("workspace_id")
          REFERENCES "workspace"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_goal_node_parent" FOREIGN KEY ("parent_id")
          REFERENCES "goal_node"("id") ON DELETE CASCADE,
        CONSTRAINT "CHK_goal_node_level" CHECK ("level" IN ('goal','strategic','operational','team')),
        CONSTRAINT "CHK_goal_node_root" CHECK (("level" = 'goal') = ("parent_id" IS NULL)),
        CONSTRAINT "CHK_goal_node_metric_kind" CHECK ("metric_kind" IS NULL OR "metric_kind" IN ('quantitative','qualitative'))
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_goal_node_workspace" ON "goal_node" ("workspace_id", "parent_id")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_goal_node_parent" ON "goal_node" ("parent_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "goal_node"`);
  }
}
