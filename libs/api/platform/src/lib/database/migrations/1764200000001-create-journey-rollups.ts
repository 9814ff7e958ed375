import type { MigrationInterface, QueryRunner } from 'typeorm';

const DIMENSIONS = `
        "workspace_id" uuid NOT NULL,
        "day" date NOT NULL,
        "region" text NOT NULL,
        "tier" text NOT NULL,
        "value_band" text NOT NULL,
        "special_needs" text NOT NULL,
        "journey_key" text NOT NULL,`;
const DIMENSION_KEY = `"workspace_id", "day", "region", "tier", "value_band", "special_needs", "journey_key"`;

/**
 * Rollups the analytics read instead of the fact tables: per journey start day (workspace
 * time zone) x segment x journey key, journey measures by first channel, step i -> i+1
 * channel transitions of the first 8 steps, and friction events by channel and type.
 * '' stands for an unset segment attribute (key columns cannot be null). Sums are numeric
 * because the engine keeps them by adding and subtracting deltas.
 */
export class CreateJourneyRollups1764200000001 implements MigrationInterface {
  name = 'CreateJourneyRollups1764200000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "journey_daily" (${DIMENSIONS}
        "channel" text NOT NULL,
        "journeys" integer NOT NULL,
        "resolved" integer NOT NULL,
        "fcr_journeys" integer NOT NULL,
        "assisted_journeys" integer NOT NULL,
        "self_service_started" integer NOT NULL,
        "contained" integer NOT NULL,
        "self_service_only" integer NOT NULL,
        "steps" bigint NOT NULL,
        "assisted_steps" bigint NOT NULL,
        "channel_switches" bigint NOT NULL,
        "cost" numeric NOT NULL,
        "total_wait" numeric NOT NULL,
        "total_handle" numeric NOT NULL,
        "assisted_handle" numeric NOT NULL,
        "resolved_assisted_handle" numeric NOT NULL,
        "duration_seconds" numeric NOT NULL,
        CONSTRAINT "PK_journey_daily" PRIMARY KEY (${DIMENSION_KEY}, "channel")
      )`);
    await queryRunner.query(`
      CREATE TABLE "journey_transition" (${DIMENSIONS}
        "step_index" integer NOT NULL,
        "from_channel" text NOT NULL,
        "to_channel" text NOT NULL,
        "transitions" integer NOT NULL,
        CONSTRAINT "PK_journey_transition" PRIMARY KEY (${DIMENSION_KEY}, "step_index", "from_channel", "to_channel")
      )`);
    await queryRunner.query(`
      CREATE TABLE "friction_daily" (${DIMENSIONS}
        "channel" text NOT NULL,
        "type" text NOT NULL,
        "events" integer NOT NULL,
        CONSTRAINT "PK_friction_daily" PRIMARY KEY (${DIMENSION_KEY}, "channel", "type")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "friction_daily"`);
    await queryRunner.query(`DROP TABLE "journey_transition"`);
    await queryRunner.query(`DROP TABLE "journey_daily"`);
  }
}
