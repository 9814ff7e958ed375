/**
 * Full journey build benchmark (issue 4): journeys, steps, friction and rollups rebuilt
 * from every touchpoint of a workspace, timed, with the time per statement shape and
 * EXPLAIN ANALYZE of the heavy statements on one chunk.
 *
 *   NX_DAEMON=false npx nx build api
 *   npx tsx tools/bench/build.ts [--touchpoints 1000000] [--data DIR] [--runs 1]
 *                                [--main dist/apps/api/main.js] [--explain]
 *                                [--pg shared_buffers=1GB ...] [--segments] [--queue-changes]
 *                                [--digests] [--floor]
 *
 * Data: the generator's dataset (`--touchpoints`, seed 42, 2026-07-01 + 120 days)
 * imported once through POST /api/v1/imports into tmp/bench-build-<N>/data and reused by
 * later runs (`--data` starts from another folder, e.g. the one incremental.ts --keep
 * leaves). The API runs with DEMO_DATA=false and JOURNEY_WORKER=false (no incremental
 * drains; rebuild jobs still run). Timed per run: POST /api/v1/journeys/rebuild until the
 * job is done (chunks, rollup recount, ANALYZE), with the CPU seconds of the API and of
 * Postgres and the load average. Postgres logs every statement's duration into
 * tmp/bench-build-<N>/api.log; the bench sums them per statement shape. --explain then
 * runs EXPLAIN (ANALYZE, BUFFERS) of one middle chunk's delete and build, and of the
 * rollup recount, in transactions it rolls back, into tmp/bench-build-<N>/explain.txt.
 *
 * The imported CSV carries no customer segments (the demo data does, and the slot rollups
 * spread every fact over the segment slots a journey has): --segments gives every customer
 * without a region a demo-like segment derived from its id, once. --queue-changes queues
 * every customer in customer_change before each run, as a load with the worker off leaves
 * it. --digests prints after each run an md5 of every rollup table's rows (compare them
 * across builds: a faster recount must count the same).
 *
 * --floor (instead of a rebuild; run it on a built folder): what writing the facts alone
 * costs. Each fact table's rows are copied with INSERT … SELECT into a new table, in a
 * transaction that is rolled back: logged with the table's indexes (as a build writes
 * them), logged with none, unlogged with none. No build can write its facts for less.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateDataset, writeDataset } from '@journey-atlas/generator';
import pg from 'pg';
import { BUILD_JOURNEYS } from '../../libs/api/journeys/src/lib/sql/build-journeys.sql';
import { buildParameters } from '../../libs/api/journeys/src/lib/sql/build-parameters';
import {
  BUILD_MEMORY,
  CHUNK_STARTS,
  DELETE_JOURNEYS,
  FIRST_UUID,
  NEXT_CHUNK_START,
} from '../../libs/api/journeys/src/lib/sql/rebuild.sql';
import {
  BUMP_ROLLUP_VERSION,
  RECOUNT_IN_PLACE,
  RECOUNT_MEMORY,
  RECOUNT_STAGED,
  recountValues,
  ROLLUP_TABLES,
  SELECT_ROLLUP_ATTRIBUTES,
} from '../../libs/api/journeys/src/lib/sql/recount.sql';
import { followImport, uploadFile } from '../importer/src/lib/server';
import { benchDatabase, rebuildJourneys, startBenchApi } from './lib/bench-api';
import { runBench, slowestStatements } from './lib/bench-support';
import { loadAverage, treeCpu } from './lib/process-cpu';

const ROOT = path.resolve(__dirname, '../..');
const { values } = parseArgs({
  options: {
    touchpoints: { type: 'string', default: '1000000' },
    data: { type: 'string' },
    runs: { type: 'string', default: '1' },
    main: { type: 'string' },
    explain: { type: 'boolean', default: false },
    /** Customers per chunk in the EXPLAIN (the builder's default chunk size). */
    chunk: { type: 'string', default: '2000' },
    /** Instead of a rebuild: time each chunk's delete + build (rolled back), EXPLAIN the slowest. */
    chunks: { type: 'boolean', default: false },
    /** Postgres settings for this run, e.g. --pg shared_buffers=1GB (reset at the end). */
    pg: { type: 'string', multiple: true, default: [] },
    segments: { type: 'boolean', default: false },
    'queue-changes': { type: 'boolean', default: false },
    digests: { type: 'boolean', default: false },
    floor: { type: 'boolean', default: false },
  },
});
const size = Number(values.touchpoints);
const dir = path.join(ROOT, 'tmp', `bench-build-${size}`);
const dataDir = path.resolve(values.data ?? path.join(dir, 'data'));
const MAIN = path.resolve(ROOT, values.main ?? 'dist/apps/api/main.js');
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const sec = (ms: number) => Number((ms / 1000).toFixed(2));

interface Api {
  url: string;
  db: pg.Client;
  child: ChildProcess;
  stop: () => Promise<void>;
}

async function startApi(): Promise<Api> {
  await mkdir(dataDir, { recursive: true });
  await chmod(dataDir, 0o755);
  const api = await startBenchApi({
    main: MAIN,
    dataDir,
    logFile: path.join(dir, 'api.log'),
    env: { LOG_LEVEL: 'debug', DEMO_DATA: 'false', JOURNEY_WORKER: 'false' },
  });
  const db = await benchDatabase(dataDir, api.pgPort);
  return {
    url: api.url,
    db,
    child: api.child,
    stop: async () => {
      await db.end();
      await api.stop();
    },
  };
}

async function ensureData(api: Api): Promise<void> {
  const { rows } = await api.db.query(`SELECT count(*)::int AS n FROM touchpoint`);
  if (rows[0].n > 0) return;
  const out = path.join(dir, 'csv');
  if (!existsSync(path.join(out, 'ground-truth.json'))) {
    log(`generating ${size} touchpoints in ${out}`);
    const dataset = generateDataset({
      touchpoints: size,
      seed: 42,
      start: new Date('2026-07-01T00:00:00Z'),
      days: 120,
    });
    await writeDataset(dataset, out, 'csv');
  }
  const started = performance.now();
  const file = path.join(out, 'touchpoints.csv');
  const queued = await uploadFile({ url: api.url, file, format: 'csv' }, () => undefined);
  const job = await followImport(api.url, queued, () => undefined);
  log(`imported ${job.progress.accepted} touchpoints in ${sec(performance.now() - started)} s`);
}

async function counts(db: pg.Client): Promise<Record<string, number>> {
  const { rows } = await db.query(`SELECT
    (SELECT count(*)::int FROM touchpoint) AS touchpoints,
    (SELECT count(*)::int FROM customer) AS customers,
    (SELECT count(*)::int FROM journey) AS journeys,
    (SELECT count(*)::int FROM journey_step) AS steps,
    (SELECT count(*)::int FROM friction_event) AS friction_events,
    (SELECT count(*)::int FROM journey_daily) AS journey_daily_rows`);
  return rows[0] as Record<string, number>;
}

/** Demo-like segments (4 regions, 3 tiers, 3 value bands, special needs) from the id. */
async function assignSegments(db: pg.Client): Promise<void> {
  const { rowCount } = await db.query(`
    UPDATE customer SET
      region = (ARRAY['north', 'south', 'east', 'west'])[1 + h % 4],
      tier = (ARRAY['standard', 'silver', 'gold'])[1 + (h / 4) % 3],
      value_band = (ARRAY['low', 'medium', 'high'])[1 + (h / 12) % 3],
      special_needs = CASE WHEN (h / 36) % 10 = 0 THEN 'yes' ELSE 'no' END
      FROM (SELECT id AS cid, abs(hashtext(id::text)) AS h FROM customer) c
     WHERE customer.id = c.cid AND customer.region IS NULL`);
  log(`segments given to ${rowCount} customers`);
}

/** md5 of each rollup table's rows (without the workspace id), in key order. */
async function rollupDigests(db: pg.Client): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  for (const table of ROLLUP_TABLES) {
    const { rows } = await db.query(
      `SELECT count(*)::int AS n, md5(string_agg(row, E'\\n' ORDER BY row)) AS md5
         FROM (SELECT (to_jsonb(r) - 'workspace_id')::text AS row FROM ${table} r) x`,
    );
    digests[table] = `${rows[0].n} rows ${rows[0].md5}`;
  }
  return digests;
}

async function measure(api: Api, run: number) {
  if (values['queue-changes']) {
    await api.db.query(`INSERT INTO customer_change (workspace_id, customer_id)
                        SELECT workspace_id, id FROM customer ON CONFLICT DO NOTHING`);
  }
  const logStart = (await readFile(path.join(dir, 'api.log'), 'utf8')).length;
  const cpuBefore = treeCpu(api.child.pid ?? 0);
  const loadBefore = loadAverage();
  const started = performance.now();
  await rebuildJourneys(api.url);
  const wallMs = performance.now() - started;
  const cpuAfter = treeCpu(api.child.pid ?? 0);
  await sleep(300); // the last duration lines reach the log
  const text = (await readFile(path.join(dir, 'api.log'), 'utf8')).slice(logStart);
  const result = {
    run,
    wallSeconds: sec(wallMs),
    apiCpuSeconds: Number((cpuAfter.api - cpuBefore.api).toFixed(1)),
    postgresCpuSeconds: Number((cpuAfter.postgres - cpuBefore.postgres).toFixed(1)),
    loadAverage: `${loadBefore} -> ${loadAverage()}`,
    statements: slowestStatements(text, { keyChars: 70, top: 16, decimals: 2 }),
    rollups: values.digests ? await rollupDigests(api.db) : undefined,
  };
  console.log(JSON.stringify(result, null, 2));
}

/** EXPLAIN (ANALYZE, BUFFERS) of a middle chunk and of the recount, rolled back. */
async function explain(db: pg.Client): Promise<void> {
  const [{ id: workspaceId }] = (await db.query(`SELECT id FROM workspace WHERE slug = 'default'`))
    .rows as { id: string }[];
  const { rows: middle } = await db.query(
    `SELECT id FROM customer WHERE workspace_id = $1 ORDER BY id
      OFFSET (SELECT count(*) / 2 FROM customer WHERE workspace_id = $1) LIMIT 1`,
    [workspaceId],
  );
  const from = middle[0].id as string;
  const { rows: next } = await db.query(NEXT_CHUNK_START, [workspaceId, from, values.chunk]);
  const range = [from, (next[0]?.id as string | undefined) ?? null];
  const plans: string[] = [];
  const plan = async (title: string, sql: string, parameters: unknown[]) => {
    const { rows } = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, parameters);
    plans.push(`== ${title}\n${rows.map((row) => row['QUERY PLAN'] as string).join('\n')}`);
  };
  await db.query('BEGIN');
  try {
    await db.query(BUILD_MEMORY);
    await plan('DELETE_JOURNEYS.range', DELETE_JOURNEYS.range, [workspaceId, ...range]);
    await plan('BUILD_JOURNEYS.range', BUILD_JOURNEYS.range, buildParameters(workspaceId, range));
  } finally {
    await db.query('ROLLBACK');
  }
  await db.query('BEGIN');
  try {
    // Every part counted in place, one after another (the rebuild runs the staged parts on
    // other connections at the same time, then copies their rows).
    await db.query(RECOUNT_MEMORY, [workspaceId]);
    const [{ rollup_attributes: attributes }] = (
      await db.query<{ rollup_attributes: string[] }>(SELECT_ROLLUP_ATTRIBUTES, [workspaceId])
    ).rows;
    for (const part of [...RECOUNT_STAGED, ...RECOUNT_IN_PLACE]) {
      for (const [i, statement] of part.inPlace.entries()) {
        await plan(
          `recount ${part.table} [${i}]`,
          statement.sql,
          recountValues(statement, workspaceId, attributes),
        );
      }
    }
    await plan('BUMP_ROLLUP_VERSION', BUMP_ROLLUP_VERSION, [workspaceId, attributes]);
  } finally {
    await db.query('ROLLBACK');
  }
  await writeFile(path.join(dir, 'explain.txt'), plans.join('\n\n'));
  log(`plans of chunk ${range.join(' .. ')} (${values.chunk} customers) in ${dir}/explain.txt`);
}

const FACT_TABLES = ['journey_step', 'journey', 'friction_event'] as const;

/** Seconds to copy each fact table's rows into a new table, three ways, rolled back. */
async function writeFloor(db: pg.Client): Promise<void> {
  const ways = {
    'logged, with its indexes': (table: string) =>
      `CREATE TABLE floor_copy (LIKE ${table} INCLUDING ALL)`,
    'logged, no index': (table: string) => `CREATE TABLE floor_copy (LIKE ${table})`,
    'unlogged, no index': (table: string) => `CREATE UNLOGGED TABLE floor_copy (LIKE ${table})`,
  };
  const result: Record<string, Record<string, number>> = {};
  for (const [way, create] of Object.entries(ways)) {
    result[way] = {};
    for (const table of FACT_TABLES) {
      await db.query('BEGIN');
      try {
        await db.query(create(table));
        const started = performance.now();
        await db.query(`INSERT INTO floor_copy SELECT * FROM ${table}`);
        result[way][table] = sec(performance.now() - started);
      } finally {
        await db.query('ROLLBACK');
      }
    }
    log(`${way}: ${JSON.stringify(result[way])}`);
  }
  console.log(JSON.stringify({ floorSeconds: result }, null, 2));
}

/** Each chunk's delete + build in a rolled-back transaction; the slowest is explained. */
async function scanChunks(db: pg.Client): Promise<void> {
  const [{ id: workspaceId }] = (await db.query(`SELECT id FROM workspace WHERE slug = 'default'`))
    .rows as { id: string }[];
  const { rows } = await db.query(CHUNK_STARTS, [workspaceId, values.chunk]);
  const starts = rows.map((row) => row.id as string);
  const bounds = [FIRST_UUID, ...starts].map((from, i) => [from, starts[i] ?? null]);
  const times: { range: (string | null)[]; ms: number }[] = [];
  const run = async (range: (string | null)[], prefix = '') => {
    await db.query('BEGIN');
    try {
      await db.query(BUILD_MEMORY);
      await db.query(DELETE_JOURNEYS.range, [workspaceId, ...range]);
      const started = performance.now();
      const result = await db.query(
        `${prefix}${BUILD_JOURNEYS.range}`,
        buildParameters(workspaceId, range),
      );
      return { ms: performance.now() - started, result };
    } finally {
      await db.query('ROLLBACK');
    }
  };
  for (const range of bounds) times.push({ range, ms: (await run(range)).ms });
  times.sort((a, b) => b.ms - a.ms);
  log(
    `slowest chunks: ${times
      .slice(0, 8)
      .map((t) => Math.round(t.ms))
      .join(', ')} ms; median ${Math.round(times[times.length >> 1].ms)} ms`,
  );
  const { result } = await run(times[0].range, 'EXPLAIN (ANALYZE, BUFFERS) ');
  const text = result.rows.map((row) => row['QUERY PLAN'] as string).join('\n');
  await writeFile(path.join(dir, 'explain-slowest.txt'), `${times[0].range.join(' .. ')}\n${text}`);
  log(`plan of the slowest chunk in ${dir}/explain-slowest.txt`);
}

async function main(): Promise<void> {
  if (!existsSync(MAIN)) throw new Error('Build first: NX_DAEMON=false npx nx build api');
  await mkdir(dir, { recursive: true });
  let api = await startApi();
  const settings = values.pg.map((setting) => setting.split('='));
  if (settings.length > 0) {
    // Server settings (shared_buffers) need a restart; ALTER SYSTEM keeps them until reset.
    for (const [name, value] of settings) {
      await api.db.query(
        `ALTER SYSTEM SET ${pg.escapeIdentifier(name)} = ${pg.escapeLiteral(value)}`,
      );
    }
    await api.stop();
    api = await startApi();
  }
  try {
    await ensureData(api);
    if (values.segments) await assignSegments(api.db);
    log(JSON.stringify(await counts(api.db)));
    await api.db.query(`ALTER SYSTEM SET log_min_duration_statement = 0`);
    await api.db.query(`ALTER SYSTEM SET log_parameter_max_length = 0`);
    await api.db.query(`SELECT pg_reload_conf()`);
    if (values.floor) await writeFloor(api.db);
    else if (values.chunks) await scanChunks(api.db);
    else for (let run = 0; run < Number(values.runs); run++) await measure(api, run);
    log(JSON.stringify(await counts(api.db)));
    await api.db.query(`ALTER SYSTEM RESET log_min_duration_statement`);
    await api.db.query(`SELECT pg_reload_conf()`);
    if (values.explain) await explain(api.db);
    for (const [name] of settings)
      await api.db.query(`ALTER SYSTEM RESET ${pg.escapeIdentifier(name)}`);
  } finally {
    await api.stop();
  }
}

runBench(main);
