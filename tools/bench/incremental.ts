/**
 * Incremental journey build benchmark (issue 4): with an existing dataset loaded and its
 * journeys built, POST 10,000 new touchpoints and measure the time until the journey
 * worker has rebuilt the affected customers' journeys, steps, friction and rollups.
 *
 *   NX_DAEMON=false flock /tmp/ja-build.lock npx nx build api
 *   npx tsx tools/bench/incremental.ts [--touchpoints 200000] [--batch 10000] [--runs 5]
 *                                      [--main dist/apps/api/main.js] [--log-ms 20] [--keep]
 *
 * Base: the generator's dataset (`--touchpoints`, seed 42, 2026-07-01 + 120 days) imported
 * through POST /api/v1/imports into a fresh API (own data folder and ports, DEMO_DATA=false,
 * journey worker on as in `npm start`), then a full rebuild. Each run: `--batch` touchpoints
 * of the same persons (same seed, so the same identifiers) in the 20 days after the base
 * window, with fresh ids: they stitch to existing customers and extend or add journeys.
 * Timed per run: POST /api/v1/touchpoints (JSON, validated and stitched, changes queued)
 * and from then until the change queue is empty (the worker deletes a customer's queue row
 * in the transaction that rebuilds it, rollup deltas included) and every new touchpoint
 * is a journey step, each with the CPU seconds of the API process and of Postgres (the
 * worker wakes on the first committed batch, so part of the build counts in the POST's
 * CPU). Postgres logs statements over `--log-ms` into tmp/bench-incremental-<N>/api.log;
 * the slowest statement shapes of the measured runs are printed at the end.
 */
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateDataset, writeDataset } from '@journey-atlas/generator';
import type { ImportJobDto, IngestResultDto, Touchpoint } from '@journey-atlas/shared/domain';
import pg from 'pg';
import { followImport, uploadFile } from '../importer/src/lib/server';
import { benchDatabase, rebuildJourneys, startBenchApi } from './lib/bench-api';
import { runBench, slowestStatements } from './lib/bench-support';
import { loadAverage, treeCpu } from './lib/process-cpu';

const ROOT = path.resolve(__dirname, '../..');

const { values } = parseArgs({
  options: {
    touchpoints: { type: 'string', default: '200000' },
    batch: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '5' },
    main: { type: 'string' },
    'log-ms': { type: 'string', default: '20' },
    keep: { type: 'boolean', default: false },
    /** Start on the data folder a previous --keep run left (base loaded, journeys built). */
    reuse: { type: 'boolean', default: false },
    /**
     * `off` drops the change-notification trigger so the worker finds new changes only at
     * its next poll (1 s), `on` puts it back: to compare the two on one data folder.
     */
    notify: { type: 'string' },
  },
});
const size = Number(values.touchpoints);
const batch = Number(values.batch);
const runs = Number(values.runs);
const dir = path.join(ROOT, 'tmp', `bench-incremental-${size}`);
const MAIN = path.resolve(ROOT, values.main ?? 'dist/apps/api/main.js');
const BASE_START = new Date('2026-07-01T00:00:00Z');
const BASE_DAYS = 120;

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Api {
  url: string;
  db: pg.Client;
  /** CPU seconds so far of the API process and of Postgres (its process tree). */
  cpu: () => { api: number; postgres: number };
  stop: () => Promise<void>;
}

async function startApi(): Promise<Api> {
  const dataDir = path.join(dir, 'data');
  if (!values.reuse) await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  await chmod(dataDir, 0o755);
  const api = await startBenchApi({
    main: MAIN,
    dataDir,
    logFile: path.join(dir, 'api.log'),
    env: {
      // Postgres' own log lines (statement durations) reach the API log at debug.
      LOG_LEVEL: 'debug',
      DEMO_DATA: 'false',
      JOURNEY_WORKER: 'true',
    },
  });
  const db = await benchDatabase(dataDir, api.pgPort);
  return {
    url: api.url,
    db,
    cpu: () => treeCpu(api.child.pid ?? 0),
    stop: async () => {
      await db.end();
      await api.stop();
    },
  };
}

async function postJson<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function loadBase(api: Api): Promise<string> {
  const out = path.join(dir, 'csv');
  const file = path.join(out, 'touchpoints.csv');
  if (!existsSync(path.join(out, 'ground-truth.json'))) {
    log(`generating ${size} touchpoints in ${out}`);
    await writeDataset(
      generateDataset({ touchpoints: size, seed: 42, start: BASE_START, days: BASE_DAYS }),
      out,
      'csv',
    );
  }
  const started = performance.now();
  const queued = await uploadFile({ url: api.url, file, format: 'csv' }, () => undefined);
  const job: ImportJobDto = await followImport(api.url, queued, () => undefined);
  log(`imported ${job.progress.accepted} touchpoints in ${sec(performance.now() - started)} s`);
  const rebuildStarted = performance.now();
  await rebuildJourneys(api.url);
  await waitUntilDrained(api);
  log(`full rebuild (and change queue drained) in ${sec(performance.now() - rebuildStarted)} s`);
  const [{ id }] = (await api.db.query(`SELECT id FROM workspace WHERE slug = 'default'`)).rows;
  return id as string;
}

/** The change queue is empty; `jobs`: and no job waits or runs (a migration may queue one). */
async function waitUntilDrained(api: Api, jobs = false): Promise<void> {
  for (;;) {
    const { rows } = await api.db.query(
      `SELECT ((SELECT count(*) FROM customer_change)
             + (SELECT count(*) FROM job WHERE $1 AND status IN ('queued', 'running')))::int AS n`,
      [jobs],
    );
    if (rows[0].n === 0) return;
    await sleep(25);
  }
}

/**
 * `batch` touchpoints per run from the persons of the base, after its window, with fresh
 * ids; `skip` leaves out those a previous invocation (--reuse) already posted.
 */
function* increments(skip: number): Generator<Touchpoint[]> {
  const later = generateDataset({
    customers: 10_000_000,
    seed: 42,
    start: new Date(BASE_START.getTime() + (BASE_DAYS + 1) * 86_400_000),
    days: 20,
  }).touchpoints();
  for (let i = 0; i < skip; i++) later.next();
  for (let n = skip; ; ) {
    const rows: Touchpoint[] = [];
    while (rows.length < batch) {
      const next = later.next();
      if (next.done) throw new Error('the generator ran out of persons');
      rows.push({ ...next.value, id: `inc-${n++}-${next.value.id}` });
    }
    yield rows;
  }
}

const sec = (ms: number) => (ms / 1000).toFixed(2);

interface RunResult {
  run: number;
  accepted: number;
  newCustomers: number;
  customersRebuilt: number;
  postMs: number;
  buildAfterPostMs: number;
  totalMs: number;
  /** CPU seconds of the API process and of Postgres during the POST and during the build. */
  postCpu: { api: number; postgres: number };
  buildCpu: { api: number; postgres: number };
  loadAverage: string;
}

const cpuUsed = (
  from: { api: number; postgres: number },
  to: { api: number; postgres: number },
) => ({
  api: Number((to.api - from.api).toFixed(2)),
  postgres: Number((to.postgres - from.postgres).toFixed(2)),
});

async function measure(api: Api, workspaceId: string, run: number, rows: Touchpoint[]) {
  const customersBefore = Number(
    (await api.db.query(`SELECT count(*) FROM customer WHERE workspace_id = $1`, [workspaceId]))
      .rows[0].count,
  );
  const cpuStart = api.cpu();
  const started = performance.now();
  const result = await postJson<IngestResultDto>(`${api.url}/api/v1/touchpoints`, {
    touchpoints: rows,
  });
  const posted = performance.now();
  const cpuPosted = api.cpu();
  await waitUntilDrained(api);
  const built = performance.now();
  const cpuBuilt = api.cpu();
  const { rows: check } = await api.db.query(
    `SELECT count(*)::int AS missing, count(DISTINCT t.customer_id)::int AS customers
       FROM touchpoint t
      WHERE t.workspace_id = $1 AND t.external_id = ANY($2::text[])
        AND NOT EXISTS (SELECT 1 FROM journey_step s
                         WHERE s.workspace_id = t.workspace_id AND s.customer_id = t.customer_id
                           AND s.touchpoint_id = t.id)`,
    [workspaceId, rows.map((row) => row.id)],
  );
  if (check[0].missing > 0) throw new Error(`${check[0].missing} new touchpoints have no step`);
  const { rows: touched } = await api.db.query(
    `SELECT count(DISTINCT customer_id)::int AS n FROM touchpoint
      WHERE workspace_id = $1 AND external_id = ANY($2::text[])`,
    [workspaceId, rows.map((row) => row.id)],
  );
  const customersAfter = Number(
    (await api.db.query(`SELECT count(*) FROM customer WHERE workspace_id = $1`, [workspaceId]))
      .rows[0].count,
  );
  const outcome: RunResult = {
    run,
    accepted: result.accepted,
    newCustomers: customersAfter - customersBefore,
    customersRebuilt: touched[0].n,
    postMs: Math.round(posted - started),
    buildAfterPostMs: Math.round(built - posted),
    totalMs: Math.round(built - started),
    postCpu: cpuUsed(cpuStart, cpuPosted),
    buildCpu: cpuUsed(cpuPosted, cpuBuilt),
    loadAverage: loadAverage(),
  };
  log(JSON.stringify(outcome));
  return outcome;
}

/** Total time per statement shape in the API's log after `from` bytes. */
async function slowStatements(from: number): Promise<string[]> {
  const text = (await readFile(path.join(dir, 'api.log'), 'utf8').catch(() => '')).slice(from);
  return slowestStatements(text, { keyChars: 110, top: 10, decimals: 2 });
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

async function main(): Promise<void> {
  if (!existsSync(MAIN)) throw new Error('Build first: NX_DAEMON=false npx nx build api');
  await mkdir(dir, { recursive: true });
  const api = await startApi();
  try {
    const loaded = values.reuse
      ? ((await api.db.query(`SELECT id FROM workspace WHERE slug = 'default'`)).rows[0]?.id as
          | string
          | undefined)
      : undefined;
    const workspaceId = loaded ?? (await loadBase(api));
    const { rows: posted } = await api.db.query(
      `SELECT count(*)::int AS n FROM touchpoint WHERE workspace_id = $1 AND external_id LIKE 'inc-%'`,
      [workspaceId],
    );
    await api.db.query(
      `ALTER SYSTEM SET log_min_duration_statement = '${Number(values['log-ms'])}ms'`,
    );
    await api.db.query(`ALTER SYSTEM SET log_parameter_max_length = 0`);
    await api.db.query(`SELECT pg_reload_conf()`);
    await sleep(500);
    await waitUntilDrained(api, true);
    const logStart = (await readFile(path.join(dir, 'api.log'), 'utf8')).length;
    const source = increments(posted[0].n);
    const results: RunResult[] = [];
    for (let run = 0; run < runs; run++) {
      const rows = source.next().value as Touchpoint[];
      results.push(await measure(api, workspaceId, run, rows));
      await sleep(1500); // let the worker go back to its idle poll, as between real posts
    }
    const load = loadAverage();
    console.log(
      JSON.stringify(
        {
          baseTouchpoints: size,
          batch,
          notify: values.notify ?? 'as migrated',
          loadAverage: load,
          runs: results,
          median: {
            postMs: median(results.map((r) => r.postMs)),
            buildAfterPostMs: median(results.map((r) => r.buildAfterPostMs)),
            totalMs: median(results.map((r) => r.totalMs)),
          },
        },
        null,
        2,
      ),
    );
    console.log(
      [
        `statements over ${values['log-ms']} ms during the runs:`,
        ...(await slowStatements(logStart)),
      ].join('\n'),
    );
  } finally {
    await api.stop();
    if (!values.keep) await rm(path.join(dir, 'data'), { recursive: true, force: true });
  }
}

runBench(main);
