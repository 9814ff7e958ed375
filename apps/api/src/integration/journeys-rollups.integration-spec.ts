import { JourneyBuilder, ROLLUP_TABLES } from '@journey-atlas/api/journeys';
import { at, JourneyFixture, type Tp } from '../../test/journey-fixtures';
import { startTestApp } from '../../test/test-app';
import { random, randomHistory } from '../../test/random-touchpoints';
import type { TestApp } from '../../test/test-app';

const SEGMENT = `COALESCE(j.region, '') AS region, COALESCE(j.tier, '') AS tier,
  COALESCE(j.value_band, '') AS value_band, COALESCE(j.special_needs, '') AS special_needs`;
const DAY = `(j.started_at AT TIME ZONE w.time_zone)::date::text AS day`;

/** The rollups as they should be, computed from scratch from the fact tables. */
const EXPECTED_DAILY = `
  SELECT ${DAY}, ${SEGMENT}, j.journey_key, j.first_channel AS channel,
         count(*)::int AS journeys, count(*) FILTER (WHERE j.resolved)::int AS resolved,
         count(*) FILTER (WHERE j.first_assisted_resolved_last)::int AS fcr_journeys,
         count(*) FILTER (WHERE j.assisted_steps > 0)::int AS assisted_journeys,
         count(*) FILTER (WHERE j.contained)::int AS contained,
         sum(j.steps)::float8 AS steps, sum(j.cost)::float8 AS cost,
         sum(j.total_handle)::float8 AS total_handle
    FROM journey j JOIN workspace w ON w.id = j.workspace_id
   WHERE j.workspace_id = $1
   GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7`;
const ACTUAL_DAILY = `
  SELECT day::text, region, tier, value_band, special_needs, journey_key, channel, journeys,
         resolved, fcr_journeys, assisted_journeys, contained, steps::float8, cost::float8,
         total_handle::float8
    FROM journey_daily WHERE workspace_id = $1 AND journeys <> 0
   ORDER BY 1, 2, 3, 4, 5, 6, 7`;
const EXPECTED_TRANSITIONS = `
  SELECT ${DAY}, ${SEGMENT}, j.journey_key, s.step_index - 1 AS step_index,
         p.channel AS from_channel, s.channel AS to_channel, count(*)::int AS transitions
    FROM journey j JOIN workspace w ON w.id = j.workspace_id
    JOIN journey_step s ON s.workspace_id = j.workspace_id AND s.customer_id = j.customer_id
     AND s.journey_id = j.id
    JOIN journey_step p ON p.workspace_id = s.workspace_id AND p.customer_id = s.customer_id
     AND p.journey_id = s.journey_id AND p.step_index = s.step_index - 1
   WHERE j.workspace_id = $1 AND s.step_index BETWEEN 1 AND 7
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9`;
const ACTUAL_TRANSITIONS = `
  SELECT day::text, region, tier, value_band, special_needs, journey_key, step_index,
         from_channel, to_channel, transitions
    FROM journey_transition WHERE workspace_id = $1 AND transitions <> 0
   ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9`;
const EXPECTED_FRICTION = `
  SELECT ${DAY}, ${SEGMENT}, j.journey_key, f.channel, f.type, count(*)::int AS events
    FROM journey j JOIN workspace w ON w.id = j.workspace_id
    JOIN friction_event f ON f.workspace_id = j.workspace_id AND f.customer_id = j.customer_id
     AND f.journey_id = j.id
   WHERE j.workspace_id = $1
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8`;
const ACTUAL_FRICTION = `
  SELECT day::text, region, tier, value_band, special_needs, journey_key, channel, type, events
    FROM friction_daily WHERE workspace_id = $1 AND events <> 0
   ORDER BY 1, 2, 3, 4, 5, 6, 7, 8`;

describe('journey engine: rollups (SQL, real Postgres)', () => {
  let testApp: TestApp;
  let builder: JourneyBuilder;

  beforeAll(async () => {
    testApp = await startTestApp();
    builder = testApp.app.get(JourneyBuilder);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  async function expectRollupsConsistent(fx: JourneyFixture): Promise<void> {
    const w = [fx.workspaceId];
    expect(await fx.db.query(ACTUAL_DAILY, w)).toEqual(await fx.db.query(EXPECTED_DAILY, w));
    expect(await fx.db.query(ACTUAL_TRANSITIONS, w)).toEqual(
      await fx.db.query(EXPECTED_TRANSITIONS, w),
    );
    expect(await fx.db.query(ACTUAL_FRICTION, w)).toEqual(await fx.db.query(EXPECTED_FRICTION, w));
  }

  it('counts transitions of the first 8 steps by day, segment, key and channels', async () => {
    const fx = await JourneyFixture.create(testApp, 'Asia/Tokyo');
    const c = await fx.customer({ region: 'north', tier: 'gold' });
    const channels = ['web', 'phone', 'web', 'phone', 'web', 'phone', 'web', 'phone', 'web'];
    // 20:00 UTC on Monday is already Tuesday in Tokyo.
    await fx.touchpoints(
      c,
      channels.map((channel, i): Tp => ({ ext: `p${i}`, at: at(0, 36_000 + i), channel })),
    );
    await builder.rebuildAll(fx.workspaceId);
    expect(
      await fx.db.query(
        `SELECT day::text, region, tier, value_band, step_index, from_channel, to_channel,
                transitions
           FROM journey_transition WHERE workspace_id = $1 ORDER BY step_index`,
        [fx.workspaceId],
      ),
    ).toEqual(
      [0, 1, 2, 3, 4, 5, 6].map((i) => ({
        day: '2026-11-24',
        region: 'north',
        tier: 'gold',
        value_band: '',
        step_index: i,
        from_channel: channels[i],
        to_channel: channels[i + 1],
        transitions: 1,
      })),
    );
    const [daily] = (await fx.db.query(
      `SELECT journeys, steps::int, assisted_steps::int, channel_switches::int, cost::float8
         FROM journey_daily WHERE workspace_id = $1`,
      [fx.workspaceId],
    )) as unknown[];
    expect(daily).toEqual({
      journeys: 1,
      steps: 9,
      assisted_steps: 4,
      channel_switches: 8,
      cost: 5 * 0.1 + 4 * 8,
    });
  });

  it('stays equal to a recount through full, incremental and merge rebuilds', async () => {
    const fx = await JourneyFixture.create(testApp, 'Europe/Berlin');
    const next = random(42);
    const customers: string[] = [];
    for (let i = 0; i < 6; i++) {
      const c = await fx.customer({ region: i % 2 ? 'north' : 'south' });
      await fx.touchpoints(c, randomHistory(next, `r${i}-`, 25));
      customers.push(c);
    }
    await builder.rebuildAll(fx.workspaceId, { chunkSize: 4 });
    await expectRollupsConsistent(fx);

    const [c0, c1, c2, c3] = customers;
    await fx.touchpoints(c0, randomHistory(next, 'late-', 5));
    await fx.db.query(`UPDATE touchpoint SET customer_id = $2 WHERE customer_id = $1`, [c1, c2]);
    await fx.db.query(
      `INSERT INTO customer_change (workspace_id, customer_id) VALUES ($1, $2), ($1, $3), ($1, $4)`,
      [fx.workspaceId, c0, c1, c2],
    );
    await builder.processChangedCustomers(fx.workspaceId, 2);
    await expectRollupsConsistent(fx);

    await fx.db.query(
      `DELETE FROM touchpoint WHERE customer_id = $1 AND external_id LIKE 'r3-1%'`,
      [c3],
    );
    await builder.rebuildCustomers(fx.workspaceId, [c3]);
    await expectRollupsConsistent(fx);

    const before = await fx.db.query(ACTUAL_DAILY, [fx.workspaceId]);
    await builder.rebuildAll(fx.workspaceId);
    await expectRollupsConsistent(fx);
    expect(await fx.db.query(ACTUAL_DAILY, [fx.workspaceId])).toEqual(before);
    const [{ empty }] = (await fx.db.query(
      `SELECT (SELECT count(*) FROM journey_daily WHERE workspace_id = $1 AND journeys = 0)
            + (SELECT count(*) FROM friction_daily WHERE workspace_id = $1 AND events = 0)
            + (SELECT count(*) FROM journey_transition WHERE workspace_id = $1 AND transitions = 0)
              AS empty`,
      [fx.workspaceId],
    )) as { empty: string }[];
    expect(Number(empty)).toBe(0);
  });

  /** Every rollup table's rows as stored, as text. */
  async function storedRollups(fx: JourneyFixture): Promise<string[]> {
    const rows = (await fx.db.query(
      ROLLUP_TABLES.map(
        (table) => `SELECT '${table} ' || (to_jsonb(r) - 'workspace_id')::text AS row
                      FROM ${table} r WHERE workspace_id = $1`,
      ).join(' UNION ALL '),
      [fx.workspaceId],
    )) as { row: string }[];
    return rows.map((r) => r.row).sort();
  }

  /** Every rollup table's rows with a measure other than 0, numbers as numbers. */
  async function countedRollups(fx: JourneyFixture): Promise<Record<string, string[]>> {
    const counted: Record<string, string[]> = {};
    for (const table of ROLLUP_TABLES) {
      const rows = (await fx.db.query(
        `SELECT to_jsonb(r) - 'workspace_id' AS row FROM ${table} r WHERE workspace_id = $1`,
        [fx.workspaceId],
      )) as { row: Record<string, unknown> }[];
      counted[table] = rows
        .map((r) => r.row)
        .filter((row) =>
          Object.entries(row).some(
            ([column, value]) =>
              column !== 'step_index' && typeof value === 'number' && value !== 0,
          ),
        )
        .map((row) => JSON.stringify(row, Object.keys(row).sort()))
        .sort();
    }
    return counted;
  }

  it('counts only the journeys that changed, and all six rollups still match a recount', async () => {
    const fx = await JourneyFixture.create(testApp, 'America/New_York');
    const next = random(7);
    const customers: string[] = [];
    for (let i = 0; i < 8; i++) {
      const c = await fx.customer({
        region: i % 3 ? 'north' : 'south',
        tier: i % 2 ? 'gold' : undefined,
      });
      await fx.touchpoints(c, randomHistory(next, `u${i}-`, 20));
      customers.push(c);
    }
    // A custom attribute counted in the slots, on most customers.
    await fx.db.query(
      `INSERT INTO journey_settings (workspace_id, rollup_attributes) VALUES ($1, '{ageBand}')
       ON CONFLICT (workspace_id) DO UPDATE SET rollup_attributes = excluded.rollup_attributes`,
      [fx.workspaceId],
    );
    for (const [i, c] of customers.entries()) {
      if (i % 3 === 0) continue;
      await fx.db.query(
        `UPDATE customer SET attributes = jsonb_build_object('ageBand', $2::text) WHERE id = $1`,
        [c, i % 2 ? '18-24' : '65+'],
      );
    }
    await builder.rebuildAll(fx.workspaceId);
    const stored = await storedRollups(fx);
    expect(stored.filter((row) => row.includes('"slot_attr": "ageBand"'))).not.toHaveLength(0);

    // Nothing changed: every journey is as it was, so no rollup row moves.
    await builder.rebuildCustomers(fx.workspaceId, customers);
    expect(await storedRollups(fx)).toEqual(stored);

    // Journeys grow and appear, split and vanish, change segment (built-in and custom) and
    // customer; a stricter
    // rule changes only friction events.
    const [c0, c1, c2, c3, c4, ...others] = customers;
    await fx.touchpoints(c0, randomHistory(next, 'late-', 6));
    await fx.db.query(
      `UPDATE touchpoint SET occurred_at = occurred_at - interval '9 days'
        WHERE customer_id = $1 AND id % 2 = 0`,
      [c1],
    );
    await fx.db.query(
      `UPDATE customer SET region = 'east', attributes = '{"ageBand": "35-44"}' WHERE id = $1`,
      [c2],
    );
    await fx.db.query(`UPDATE touchpoint SET customer_id = $2 WHERE customer_id = $1`, [c3, c4]);
    await fx.db.query(
      `UPDATE journey_settings SET high_effort_at_least = 3, low_csat_at_most = 3
        WHERE workspace_id = $1`,
      [fx.workspaceId],
    );
    await builder.rebuildCustomers(fx.workspaceId, [c0, c1, c2]);
    await builder.rebuildCustomers(fx.workspaceId, [c3, c4]);
    await builder.rebuildCustomers(fx.workspaceId, others);
    const incremental = await countedRollups(fx);
    await builder.rebuildAll(fx.workspaceId);
    expect(incremental).toEqual(await countedRollups(fx));
  });
});
