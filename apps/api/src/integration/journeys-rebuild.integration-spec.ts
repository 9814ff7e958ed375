import { JourneyBuilder, ROLLUP_TABLES } from '@journey-atlas/api/journeys';
import { at, JourneyFixture, type Tp } from '../../test/journey-fixtures';
import { startTestApp, type TestApp } from '../../test/test-app';

/** A small mixed history: two journeys, some friction. */
function history(prefix: string): Tp[] {
  return [
    { ext: `${prefix}1`, at: at(0), channel: 'web' },
    { ext: `${prefix}2`, at: at(0, 60), channel: 'ivr' },
    { ext: `${prefix}3`, at: at(0, 120), channel: 'phone', outcome: 'transferred', agent: 'a' },
    { ext: `${prefix}4`, at: at(1), channel: 'chat', outcome: 'resolved', agent: 'b', wait: 90 },
    { ext: `${prefix}5`, at: at(2), channel: 'email', intent: null, type: 'billing' },
  ];
}

describe('journey engine: rebuilds (SQL, real Postgres)', () => {
  let testApp: TestApp;
  let builder: JourneyBuilder;

  beforeAll(async () => {
    testApp = await startTestApp();
    builder = testApp.app.get(JourneyBuilder);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  async function workspaceWithCustomers(count: number): Promise<[JourneyFixture, string[]]> {
    const fx = await JourneyFixture.create(testApp);
    const customers: string[] = [];
    for (let i = 0; i < count; i++) {
      const c = await fx.customer();
      await fx.touchpoints(c, history(`c${i}-`));
      customers.push(c);
    }
    return [fx, customers];
  }

  it('gives the same state when run twice', async () => {
    const [fx] = await workspaceWithCustomers(3);
    await builder.rebuildAll(fx.workspaceId);
    const first = await fx.snapshot();
    expect(first.filter((row) => row.startsWith('j '))).toHaveLength(6);
    await builder.rebuildAll(fx.workspaceId, { chunkSize: 1 });
    expect(await fx.snapshot()).toEqual(first);
  });

  it('converges after an interrupted rebuild, stale rows included', async () => {
    const [fx, customers] = await workspaceWithCustomers(5);
    await builder.rebuildAll(fx.workspaceId);
    const uninterrupted = await fx.snapshot();

    // Stale state: a touchpoint that is gone, and one that moved to another customer.
    await fx.db.query(`DELETE FROM touchpoint WHERE workspace_id = $1 AND external_id = 'c0-5'`, [
      fx.workspaceId,
    ]);
    await fx.db.query(
      `UPDATE touchpoint SET customer_id = $2 WHERE workspace_id = $1 AND external_id = 'c1-5'`,
      [fx.workspaceId, customers[2]],
    );
    await builder.rebuildAll(fx.workspaceId);
    const changed = await fx.snapshot();
    expect(changed).not.toEqual(uninterrupted);
    // Put the data back, then stop a rebuild after its first chunk of two customers.
    await fx.db.query(
      `UPDATE touchpoint SET customer_id = $2 WHERE workspace_id = $1 AND external_id = 'c1-5'`,
      [fx.workspaceId, customers[1]],
    );
    await fx.touchpoints(customers[0], [history('c0-')[4]]);
    const reports: number[] = [];
    await expect(
      builder.rebuildAll(fx.workspaceId, {
        chunkSize: 2,
        onProgress: ({ done }) => {
          reports.push(done);
          throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    expect(reports).toEqual([2]);
    // Whichever customers the first chunk held, c0 differs (c0-5 is gone or has a new id).
    expect(await fx.snapshot()).not.toEqual(uninterrupted);

    const done: number[] = [];
    await builder.rebuildAll(fx.workspaceId, {
      chunkSize: 2,
      onProgress: ({ done: d }) => void done.push(d),
    });
    expect(done).toEqual([2, 4, 5]);
    // Journey ids are first touchpoint ids; c0-5 was re-inserted with a new row id.
    const normalise = (rows: string[]) =>
      rows.map((row) => row.replace(/"(id|journey_id|touchpoint_id)": \d+/g, '"$1": 0')).sort();
    expect(normalise(await fx.snapshot())).toEqual(normalise(uninterrupted));
  });

  /** Journeys, steps, friction and the three rollups, as sorted text. */
  async function everything(fx: JourneyFixture): Promise<string[]> {
    const rollups = (await fx.db.query(
      `SELECT 'd ' || to_jsonb(r)::text AS row FROM journey_daily r WHERE workspace_id = $1
       UNION ALL SELECT 't ' || to_jsonb(r)::text FROM journey_transition r WHERE workspace_id = $1
       UNION ALL SELECT 'x ' || to_jsonb(r)::text FROM friction_daily r WHERE workspace_id = $1`,
      [fx.workspaceId],
    )) as { row: string }[];
    return [...(await fx.snapshot()), ...rollups.map((r) => r.row).sort()];
  }

  it('builds the same state with parallel chunks as with one connection', async () => {
    const [fx] = await workspaceWithCustomers(7);
    await builder.rebuildAll(fx.workspaceId, { chunkSize: 1, connections: 1 });
    const serial = await everything(fx);
    expect(serial.filter((row) => row.startsWith('j '))).toHaveLength(14);
    await fx.db.query(`DELETE FROM journey WHERE workspace_id = $1`, [fx.workspaceId]);
    const done: number[] = [];
    await builder.rebuildAll(fx.workspaceId, {
      chunkSize: 2,
      connections: 3,
      onProgress: ({ done: d }) => void done.push(d),
    });
    expect(done).toEqual([2, 4, 6, 7]);
    expect(await everything(fx)).toEqual(serial);
  });

  it('converges when parallel rebuilds are interrupted, overlap and meet incremental builds', async () => {
    const [fx, customers] = await workspaceWithCustomers(6);
    await builder.rebuildAll(fx.workspaceId, { connections: 1 });
    const serial = await everything(fx);
    await fx.db.query(`DELETE FROM journey_step WHERE workspace_id = $1`, [fx.workspaceId]);
    await expect(
      builder.rebuildAll(fx.workspaceId, {
        chunkSize: 1,
        connections: 2,
        onProgress: () => {
          throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    expect(await everything(fx)).not.toEqual(serial);
    // Two full rebuilds at once (the second waits for the first) and a queue drain.
    await fx.db.query(
      `INSERT INTO customer_change (workspace_id, customer_id) SELECT $1, unnest($2::uuid[])`,
      [fx.workspaceId, customers],
    );
    await Promise.all([
      builder.rebuildAll(fx.workspaceId, { chunkSize: 1, connections: 3 }),
      builder.rebuildAll(fx.workspaceId, { chunkSize: 2, connections: 2 }),
      builder.processChangedCustomers(fx.workspaceId, 2),
    ]);
    expect(await everything(fx)).toEqual(serial);
  });

  /** Every rollup table's rows and the rollup version, as sorted text. */
  async function rollups(fx: JourneyFixture): Promise<string[]> {
    const rows = (await fx.db.query(
      `${ROLLUP_TABLES.map(
        (table) => `SELECT '${table} ' || to_jsonb(r)::text AS row FROM ${table} r
                     WHERE workspace_id = $1`,
      ).join(' UNION ALL ')}
       UNION ALL SELECT 'version ' || version FROM rollup_state WHERE workspace_id = $1`,
      [fx.workspaceId],
    )) as { row: string }[];
    return rows.map((r) => r.row).sort();
  }

  it('leaves the rollups as they were when the recount stops between its parts, then converges', async () => {
    const [fx, customers] = await workspaceWithCustomers(4);
    await builder.rebuildAll(fx.workspaceId);
    const before = await rollups(fx);
    expect(before.filter((row) => row.startsWith('contact_slot '))).not.toHaveLength(0);

    // A touchpoint moves to another customer; the recount stops after three of its parts.
    await fx.db.query(
      `UPDATE touchpoint SET customer_id = $2 WHERE workspace_id = $1 AND external_id = 'c1-4'`,
      [fx.workspaceId, customers[2]],
    );
    const staged: string[] = [];
    await expect(
      builder.rebuildAll(fx.workspaceId, {
        connections: 2,
        onRecountPart: (table) => {
          staged.push(table);
          if (staged.length === 3) throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    expect(staged.length).toBeGreaterThanOrEqual(3);
    // Journeys are rebuilt; the rollups and their version are untouched, not half replaced.
    expect(await rollups(fx)).toEqual(before);

    await builder.rebuildAll(fx.workspaceId);
    const after = await rollups(fx);
    expect(after).not.toEqual(before);
    // The same counts as a rebuild that was never interrupted, on one connection.
    await builder.rebuildAll(fx.workspaceId, { connections: 1 });
    const version = (rows: string[]) => rows.filter((row) => !row.startsWith('version '));
    expect(version(await rollups(fx))).toEqual(version(after));
    // Nothing is left in the staging copies.
    const [{ staging }] = (await fx.db.query(
      `SELECT ${ROLLUP_TABLES.map(
        (table) => `(SELECT count(*) FROM recount_${table} WHERE workspace_id = $1)`,
      ).join(' + ')} AS staging`,
      [fx.workspaceId],
    )) as { staging: string }[];
    expect(Number(staging)).toBe(0);
  });

  it('rebuilds only the given customers', async () => {
    const [fx, [c1, c2]] = await workspaceWithCustomers(2);
    await builder.rebuildAll(fx.workspaceId);
    const before = await fx.journeyPaths(c2);
    await fx.touchpoints(c1, [{ ext: 'new-1', at: at(1, 60), channel: 'phone' }]);
    await fx.touchpoints(c2, [{ ext: 'new-2', at: at(1, 60), channel: 'phone' }]);
    await builder.rebuildCustomers(fx.workspaceId, [c1]);
    expect(await fx.journeyPaths(c1)).toEqual([
      'router offline: c0-1 c0-2 c0-3 c0-4 new-1',
      'billing: c0-5',
    ]);
    expect(await fx.journeyPaths(c2)).toEqual(before);
    expect(await fx.friction(c1)).toContain('repeat_contact@new-1');
  });

  it('drains customer_change once, even with concurrent workers', async () => {
    const [fx, customers] = await workspaceWithCustomers(6);
    await fx.db.query(
      `INSERT INTO customer_change (workspace_id, customer_id) SELECT $1, unnest($2::uuid[])`,
      [fx.workspaceId, customers],
    );
    const counts = await Promise.all([
      builder.processChangedCustomers(fx.workspaceId, 1),
      builder.processChangedCustomers(fx.workspaceId, 1),
      builder.processChangedCustomers(fx.workspaceId, 1),
    ]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(6);
    const [{ left }] = (await fx.db.query(
      `SELECT count(*)::int AS left FROM customer_change WHERE workspace_id = $1`,
      [fx.workspaceId],
    )) as { left: number }[];
    expect(left).toBe(0);
    expect(await fx.journeyPaths()).toHaveLength(12);
  });

  it('rebuilds both sides of a merge from the change queue', async () => {
    const [fx, [c1, c2]] = await workspaceWithCustomers(2);
    await builder.rebuildAll(fx.workspaceId);
    // Stitching moves the loser's touchpoints and queues both customers.
    await fx.db.query(`UPDATE touchpoint SET customer_id = $2 WHERE customer_id = $1`, [c2, c1]);
    await fx.db.query(
      `INSERT INTO customer_change (workspace_id, customer_id) VALUES ($1, $2), ($1, $3)`,
      [fx.workspaceId, c1, c2],
    );
    expect(await builder.processChangedCustomers(fx.workspaceId)).toBe(2);
    expect(await fx.journeyPaths(c2)).toEqual([]);
    expect(await fx.journeyPaths(c1)).toEqual([
      'router offline: c0-1 c1-1 c0-2 c1-2 c0-3 c1-3 c0-4 c1-4',
      'billing: c0-5 c1-5',
    ]);
  });
});
