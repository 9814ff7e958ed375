import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * journey_daily gains the journey counts behind the channel-switch and repeat-contact
 * rates (journeys with a channel switch, journeys with a repeat_contact event), so the
 * analytics can answer every journey-grain metric from the rollup. Existing rows are
 * counted from the fact tables once, as a full rebuild would.
 */
export class AddJourneyDailyFlags1764400000000 implements MigrationInterface {
  name = 'AddJourneyDailyFlags1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "journey_daily"
        ADD COLUMN "switched_journeys" integer NOT NULL DEFAULT 0,
        ADD COLUMN "repeat_journeys" integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`
      UPDATE journey_daily r
         SET switched_journeys = x.switched, repeat_journeys = x.repeated
        FROM (SELECT j.workspace_id, (j.started_at AT TIME ZONE w.time_zone)::date AS day,
                     COALESCE(j.region, '') AS region, COALESCE(j.tier, '') AS tier,
                     COALESCE(j.value_band, '') AS value_band,
                     COALESCE(j.special_needs, '') AS special_needs, j.journey_key,
                     j.first_channel AS channel,
                     count(*) FILTER (WHERE j.channel_switches > 0)::int AS switched,
                     count(rf.journey_id)::int AS repeated
                FROM journey j
                JOIN workspace w ON w.id = j.workspace_id
                LEFT JOIN (SELECT DISTINCT workspace_id, customer_id, journey_id
                             FROM friction_event WHERE type = 'repeat_contact') rf
                  ON rf.workspace_id = j.workspace_id AND rf.customer_id = j.customer_id
                 AND rf.journey_id = j.id
               GROUP BY 1, 2, 3, 4, 5, 6, 7, 8) x
       WHERE r.workspace_id = x.workspace_id AND r.day = x.day AND r.region = x.region
         AND r.tier = x.tier AND r.value_band = x.value_band
         AND r.special_needs = x.special_needs AND r.journey_key = x.journey_key
         AND r.channel = x.channel`);
    await queryRunner.query(`
      ALTER TABLE "journey_daily"
        ALTER COLUMN "switched_journeys" DROP DEFAULT,
        ALTER COLUMN "repeat_journeys" DROP DEFAULT`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "journey_daily" DROP COLUMN "switched_journeys", DROP COLUMN "repeat_journeys"`);
  }
}
