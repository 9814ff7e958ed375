import { analyticsTransaction } from '@journey-atlas/api/analytics';
import { DemoDataService } from '@journey-atlas/api/demo-data';
import { JourneyBuilder } from '@journey-atlas/api/journeys';
import { ClientClosedRequestException, runWithRequestSignal } from '@journey-atlas/api/platform';
import { WorkspacesService } from '@journey-atlas/api/workspaces';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { type TestApp, startTestApp } from '../../test/test-app';

const WORKSPACE = 'cancel-reads';
const NOW = new Date('2026-11-25T12:00:00Z');

/**
 * A read whose client has gone stops in Postgres instead of running to its end: the map
 * request below waits on a table lock the test holds, so it can only end early by being
 * cancelled.
 */
describe('analytics: reads stop when their client goes away', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  /** Looks at the backends from outside the app's pool, which the tests fill. */
  let probe: Client;

  beforeAll(async () => {
    testApp = await startTestApp();
    dataSource = testApp.app.get(DataSource);
    probe = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await probe.connect();
    const { id } = await testApp.app
      .get(WorkspacesService)
      .ensureWorkspace(WORKSPACE, 'Cancelled reads');
    await testApp.app.get(DemoDataService).load({ customers: 60, workspace: WORKSPACE, now: NOW });
    await testApp.app.get(JourneyBuilder).rebuildAll(id);
  }, 300_000);

  afterAll(async () => {
    await probe?.end();
    await testApp?.close();
  });

  /** Backends running a statement that contains `text` (not this lookup itself). */
  async function running(text: string): Promise<number[]> {
    const { rows } = await probe.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity
        WHERE state = 'active' AND query LIKE '%' || $1 || '%' AND pid <> pg_backend_pid()`,
      [text],
    );
    return rows.map((row) => row.pid);
  }

  /** The backend waiting for a lock on map_slot (the map's read), or null. */
  async function waitingOnMapSlot(): Promise<number | null> {
    const { rows } = await probe.query<{ pid: number }>(
      `SELECT pid FROM pg_locks WHERE relation = 'map_slot'::regclass AND NOT granted`,
    );
    return rows[0]?.pid ?? null;
  }

  async function until<T>(what: string, probe: () => Promise<T | null>): Promise<T> {
    for (let attempt = 0; attempt < 200; attempt++) {
      const value = await probe();
      if (value !== null) return value;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`gave up waiting for ${what}`);
  }

  it('cancels the statement of a transaction whose signal aborts, and the pool goes on', async () => {
    const controller = new AbortController();
    const sleeping = runWithRequestSignal(controller.signal, () =>
      analyticsTransaction(dataSource, (manager) => manager.query('SELECT pg_sleep(600)')),
    );
    const settled = sleeping.then(
      () => 'resolved',
      (error: unknown) => error,
    );
    await until('the sleep to run', async () =>
      (await running('pg_sleep(600)')).length ? true : null,
    );
    controller.abort();
    expect(await settled).toBeInstanceOf(ClientClosedRequestException);
    expect(await running('pg_sleep(600)')).toEqual([]);
    const [{ ok }] = await analyticsTransaction(dataSource, (manager) =>
      manager.query('SELECT 1 AS ok'),
    );
    expect(ok).toBe(1);
  });

  it('cancels when every pooled connection is held by a transaction being cancelled', async () => {
    // The pool's size (data-source-options.ts): cancels must not wait for a pooled connection.
    const poolSize = 10;
    const controller = new AbortController();
    const sleeping = Array.from({ length: poolSize }, () =>
      runWithRequestSignal(controller.signal, () =>
        analyticsTransaction(dataSource, (manager) => manager.query('SELECT pg_sleep(600)')),
      ).then(
        () => 'resolved',
        (error: unknown) => error,
      ),
    );
    await until('the sleeps to hold the pool', async () =>
      (await running('pg_sleep(600)')).length === poolSize ? true : null,
    );
    controller.abort();
    for (const settled of await Promise.all(sleeping)) {
      expect(settled).toBeInstanceOf(ClientClosedRequestException);
    }
    expect(await running('pg_sleep(600)')).toEqual([]);
  });

  it('cancels a journey map whose HTTP client disconnects while it waits', async () => {
    const lock = dataSource.createQueryRunner();
    await lock.connect();
    await lock.startTransaction();
    try {
      await lock.query('LOCK TABLE map_slot IN ACCESS EXCLUSIVE MODE');
      const client = new AbortController();
      const request = fetch(`${testApp.baseUrl}/api/v1/journey-map?workspace=${WORKSPACE}`, {
        signal: client.signal,
      }).catch((error: unknown) => error);
      const blocked = await until('the map to wait on the lock', waitingOnMapSlot);
      client.abort();
      expect(await request).toMatchObject({ name: 'AbortError' });
      // Gone while the lock is still held: cancelled, not finished.
      await until('the waiting map query to be cancelled', async () =>
        (await waitingOnMapSlot()) === blocked ? null : true,
      );
    } finally {
      await lock.rollbackTransaction();
      await lock.release();
    }
    const answer = await fetch(`${testApp.baseUrl}/api/v1/journey-map?workspace=${WORKSPACE}`);
    expect(answer.status).toBe(200);
    expect(
      ((await answer.json()) as { totals: { journeys: number } }).totals.journeys,
    ).toBeGreaterThan(0);
  });
});
