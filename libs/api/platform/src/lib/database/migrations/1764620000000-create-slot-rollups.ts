import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rollups keyed by ONE segment slot instead of the cross product of segment attributes:
 * each journey (contact, map step) counts once under slot ('*', '') and once under each
 * built-in attribute it has a value for (region, tier, valueBand, specialNeeds), per day
 * and per month (`month` rows start on the 1st) for all keys (`all_keys`, key ''), and
 * per month for each journey key (journey_slot, contact_slot). `friction_type` '' counts everything; a type counts the journeys
 * having it (journey_slot) or the contacts of those journeys (contact_slot).
 * rollup_state holds a version bumped by every statement that changes the rollups (the
 * analytics answer cache key) and whether the slot rollups count every journey (`ready`):
 * workspaces that already had journeys are recounted by the rebuild queued here.
 */
const KEY = `
        "workspace_id" uuid NOT NULL,
        "month" boolean NOT NULL,
        "day" date NOT NULL,
        "slot_attr" text NOT NULL,
        "slot_value" text NOT NULL,
        "all_keys" boolean NOT NULL,
        "journey_key" text NOT NULL,`;
/** Gap buckets per map row: under 1 s, 44 half-doublings from 1 s to 2^22 s, and above. */
const GAP_BUCKETS = 46;
const KEY_COLUMNS = `"workspace_id", "slot_attr", "slot_value", "all_keys", "month", "journey_key", "day"`;

export class CreateSlotRollups1764620000000 implements MigrationInterface {
  name = 'CreateSlotRollups1764620000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "rollup_state" (
        "workspace_id" uuid NOT NULL,
        "version" bigint NOT NULL,
        "ready" boolean NOT NULL,
        CONSTRAINT "PK_rollup_state" PRIMARY KEY ("workspace_id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "journey_slot" (${KEY}
        "friction_type" text NOT NULL,
        "journeys" bigint NOT NULL,
        "resolved" bigint NOT NULL,
        "fcr_journeys" bigint NOT NULL,
        "assisted_journeys" bigint NOT NULL,
        "self_service_started" bigint NOT NULL,
        "contained" bigint NOT NULL,
        "self_service_only" bigint NOT NULL,
        "steps" bigint NOT NULL,
        "cost" numeric NOT NULL,
        "resolved_assisted_handle" numeric NOT NULL,
        "switched_journeys" bigint NOT NULL,
        "repeat_journeys" bigint NOT NULL,
        "friction_events" bigint NOT NULL,
        CONSTRAINT "PK_journey_slot" PRIMARY KEY (${KEY_COLUMNS}, "friction_type")
      )`);
    await queryRunner.query(`
      CREATE TABLE "contact_slot" (${KEY}
        "friction_type" text NOT NULL,
        "contacts" bigint NOT NULL,
        "ces_sum" numeric NOT NULL,
        "ces_n" bigint NOT NULL,
        "csat_good" bigint NOT NULL,
        "csat_n" bigint NOT NULL,
        "nps_sum" bigint NOT NULL,
        "nps_n" bigint NOT NULL,
        "aht_sum" numeric NOT NULL,
        "aht_n" bigint NOT NULL,
        "wait_sum" numeric NOT NULL,
        "wait_n" bigint NOT NULL,
        "sl_met" bigint NOT NULL,
        "sl_n" bigint NOT NULL,
        "transferred" bigint NOT NULL,
        "abandoned" bigint NOT NULL,
        CONSTRAINT "PK_contact_slot" PRIMARY KEY (${KEY_COLUMNS}, "friction_type")
      )`);
    // Steps 0..7 of each journey with the channel of the next step ('' when it is the
    // last), for all keys only (a map narrowed to one key reads the facts). g0..g45 count
    // the gaps to the next step by bucket (GAP_BUCKETS in slot-rollups.sql.ts), for medians.
    await queryRunner.query(`
      CREATE TABLE "map_slot" (${KEY}
        "step_index" integer NOT NULL,
        "channel" text NOT NULL,
        "next_channel" text NOT NULL,
        "journeys" bigint NOT NULL,
        "resolved" bigint NOT NULL,
        "friction_here" bigint NOT NULL,
        "friction_here_resolved" bigint NOT NULL,
        "friction_next" bigint NOT NULL,
        ${Array.from({ length: GAP_BUCKETS }, (_, i) => `"g${i}" integer NOT NULL`).join(',\n        ')},
        CONSTRAINT "PK_map_slot" PRIMARY KEY (${KEY_COLUMNS}, "step_index", "channel", "next_channel")
      )`);
    await queryRunner.query(`
      INSERT INTO rollup_state (workspace_id, version, ready)
      SELECT w.id, 1, NOT EXISTS (SELECT 1 FROM journey j WHERE j.workspace_id = w.id)
        FROM workspace w`);
    await queryRunner.query(`
      INSERT INTO job (workspace_id, kind)
      SELECT workspace_id, 'rebuild_journeys' FROM rollup_state WHERE NOT ready`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['map_slot', 'contact_slot', 'journey_slot', 'rollup_state']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
