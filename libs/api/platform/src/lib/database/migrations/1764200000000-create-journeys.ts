import type { MigrationInterface, QueryRunner } from 'typeorm';

const FRICTION_TYPES = [
  'repeat_contact',
  'failed_containment',
  'escalation',
  'transfer',
  'ivr_misroute',
  'long_wait',
  'abandonment',
  'out_of_hours',
  'low_csat',
  'high_effort',
  'negative_social',
  'many_handoffs',
];

/**
 * The journey engine's tables: per-workspace journey rules, journeys, their steps and
 * friction events (rebuilt by set-based SQL; every row keyed by workspace and customer so
 * the tables can be hash-distributed by customer), and the Postgres-backed job queue.
 * A journey's id is the id of its first touchpoint: unique, and stable across rebuilds.
 * No foreign keys on the fact tables: the engine deletes and re-inserts them in bulk.
 */
export class CreateJourneys1764200000000 implements MigrationInterface {
  name = 'CreateJourneys1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "journey_settings" (
        "workspace_id" uuid NOT NULL,
        "journey_window_seconds" integer NOT NULL DEFAULT 604800,
        "journey_key" text NOT NULL DEFAULT 'intent_or_interaction_type',
        "low_csat_at_most" smallint NOT NULL DEFAULT 2,
        "high_effort_at_least" smallint NOT NULL DEFAULT 5,
        "negative_sentiment_below" real NOT NULL DEFAULT -0.3,
        "max_agents_per_journey" integer NOT NULL DEFAULT 2,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_journey_settings" PRIMARY KEY ("workspace_id"),
        CONSTRAINT "FK_journey_settings_workspace" FOREIGN KEY ("workspace_id")
          REFERENCES "workspace"("id") ON DELETE CASCADE,
        CONSTRAINT "CHK_journey_settings_window" CHECK ("journey_window_seconds" > 0),
        CONSTRAINT "CHK_journey_settings_key" CHECK ("journey_key" IN (
          'intent_or_interaction_type','interaction_type')),
        CONSTRAINT "CHK_journey_settings_agents" CHECK ("max_agents_per_journey" >= 1)
      )`);
    await queryRunner.query(`
      CREATE TABLE "journey" (
        "workspace_id" uuid NOT NULL,
        "customer_id" uuid NOT NULL,
        "id" bigint NOT NULL,
        "journey_key" text NOT NULL,
        "interaction_type" text NOT NULL,
        "started_at" timestamptz NOT NULL,
        "ended_at" timestamptz NOT NULL,
        "duration_seconds" double precision NOT NULL,
        "steps" integer NOT NULL,
        "channel_path" text[] NOT NULL,
        "channel_switches" integer NOT NULL,
        "outcome" text,
        "resolved" boolean NOT NULL,
        "first_channel" text NOT NULL,
        "resolving_channel" text,
        "began_in_self_service" boolean NOT NULL,
        "contained" boolean NOT NULL,
        "assisted_steps" integer NOT NULL,
        "first_assisted_resolved_last" boolean NOT NULL,
        "distinct_agents" integer NOT NULL,
        "total_wait" double precision NOT NULL,
        "total_handle" double precision NOT NULL,
        "assisted_handle" double precision NOT NULL,
        "cost" numeric(14,4) NOT NULL,
        "region" text,
        "tier" text,
        "value_band" text,
        "special_needs" text,
        CONSTRAINT "PK_journey" PRIMARY KEY ("workspace_id", "customer_id", "id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_journey_started" ON "journey" ("workspace_id", "started_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "journey_step" (
        "workspace_id" uuid NOT NULL,
        "customer_id" uuid NOT NULL,
        "journey_id" bigint NOT NULL,
        "step_index" integer NOT NULL,
        "touchpoint_id" bigint NOT NULL,
        "channel" text NOT NULL,
        "direction" text NOT NULL,
        "assisted" boolean NOT NULL,
        "occurred_at" timestamptz NOT NULL,
        "gap_seconds" double precision,
        "outcome" text,
        "agent_id" text,
        "wait_seconds" double precision,
        "handle_seconds" double precision,
        "cost" numeric(12,4) NOT NULL,
        CONSTRAINT "PK_journey_step" PRIMARY KEY ("workspace_id", "customer_id", "journey_id", "step_index")
      )`);
    await queryRunner.query(`
      CREATE TABLE "friction_event" (
        "workspace_id" uuid NOT NULL,
        "customer_id" uuid NOT NULL,
        "journey_id" bigint NOT NULL,
        "step_index" integer NOT NULL,
        "type" text NOT NULL,
        "touchpoint_id" bigint NOT NULL,
        "channel" text NOT NULL,
        "occurred_at" timestamptz NOT NULL,
        "rule" text NOT NULL,
        "hurts_metric" text[] NOT NULL,
        CONSTRAINT "PK_friction_event" PRIMARY KEY ("workspace_id", "customer_id", "journey_id", "step_index", "type"),
        CONSTRAINT "CHK_friction_event_type" CHECK ("type" IN (${FRICTION_TYPES.map((t) => `'${t}'`).join(',')}))
      )`);
    await queryRunner.query(`
      CREATE TABLE "job" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "status" text NOT NULL DEFAULT 'queued',
        "progress" integer NOT NULL DEFAULT 0,
        "total" integer,
        "error" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "started_at" timestamptz,
        "heartbeat_at" timestamptz,
        "finished_at" timestamptz,
        CONSTRAINT "PK_job" PRIMARY KEY ("id"),
        CONSTRAINT "FK_job_workspace" FOREIGN KEY ("workspace_id")
          REFERENCES "workspace"("id") ON DELETE CASCADE,
        CONSTRAINT "CHK_job_kind" CHECK ("kind" IN ('rebuild_journeys')),
        CONSTRAINT "CHK_job_status" CHECK ("status" IN ('queued','running','done','failed'))
      )`);
    // Workers only ever look for open jobs; the partial index stays tiny.
    await queryRunner.query(
      `CREATE INDEX "IDX_job_open" ON "job" ("created_at") WHERE "status" IN ('queued','running')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "job"`);
    await queryRunner.query(`DROP TABLE "friction_event"`);
    await queryRunner.query(`DROP TABLE "journey_step"`);
    await queryRunner.query(`DROP TABLE "journey"`);
    await queryRunner.query(`DROP TABLE "journey_settings"`);
  }
}
