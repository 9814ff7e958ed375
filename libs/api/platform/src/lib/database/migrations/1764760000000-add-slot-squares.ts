import type { MigrationInterface, QueryRunner } from 'typeorm';

const COLUMNS = {
  journey_slot: ['cost_sq', 'steps_sq', 'resolved_assisted_handle_sq'],
  contact_slot: ['ces_sq', 'nps_sq', 'aht_sq', 'wait_sq'],
} as const;

/**
 * Sums of squares in the slot rollups, for segment compare's t-tests on mean metrics
 * (cost to serve, contacts per journey, LCR; CES, NPS, AHT, response time), which read
 * every journey and contact of both groups before. Numeric, so that the incremental
 * builds' subtraction stays exact. The recount's staging copies get the same columns in
 * the same order (1764700000000). Workspaces that already have journeys are not `ready`
 * until the rebuild queued here has counted them (until then the analytics read the facts).
 */
export class AddSlotSquares1764760000000 implements MigrationInterface {
  name = 'AddSlotSquares1764760000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, columns] of Object.entries(COLUMNS)) {
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
    for (const [table, columns] of Object.entries(COLUMNS)) {
      for (const prefix of ['', 'recount_']) {
        await queryRunner.query(
          `ALTER TABLE "${prefix}${table}" ${columns.map((column) => `DROP COLUMN "${column}"`).join(', ')}`,
        );
      }
    }
  }
}
