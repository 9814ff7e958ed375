import type { MigrationInterface, QueryRunner } from 'typeorm';

const ROLLUP_TABLES = [
  'journey_daily',
  'journey_transition',
  'friction_daily',
  'journey_slot',
  'contact_slot',
  'map_slot',
];

/**
 * Staging copies of the rollup tables for the full rebuild's recount (recount.sql.ts): the
 * tables counted on a second connection go into `recount_<table>` and are copied over in
 * the transaction that holds the workspace lock (every rollup table has a copy, so which
 * ones are staged can change without a migration). Same columns in the same order and the
 * same key (LIKE … INCLUDING ALL): a migration that changes a rollup table must change its
 * copy too. Unlogged: nothing in them outlives a recount, and a crash empties them.
 */
export class CreateRollupRecountStaging1764700000000 implements MigrationInterface {
  name = 'CreateRollupRecountStaging1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ROLLUP_TABLES) {
      await queryRunner.query(
        `CREATE UNLOGGED TABLE "recount_${table}" (LIKE "${table}" INCLUDING ALL)`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ROLLUP_TABLES) await queryRunner.query(`DROP TABLE "recount_${table}"`);
  }
}
