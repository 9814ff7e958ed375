/**
 * Analytics read-path benchmark (issue 5): journey-map, metrics and friction answered by the
 * built API under load (autocannon, 10 concurrent clients, one segment filter per request,
 * rotating over every value of the built-in segment attributes and of the custom ones the
 * rollups count, or of `--attrs` only), and the same three questions asked of DuckDB straight
 * over the raw files, the way an analyst would without Journey Atlas.
 *
 *   NX_DAEMON=false npx nx run-many -t build -p api web
 *   npx tsx tools/bench/analytics.ts [--customers 235000] [--seconds 10] [--connections 10]
 *                                    [--duckdb-runs 3] [--skip-duckdb] [--fresh] [--main FILE]
 *                                    [--cache-mb 0] [--dir DIR] [--attrs ageBand,...]
 *                                    [--rollup-attrs ageBand,...]
 *
 * The dataset is the app's own demo dataset (generator seed 42, 120 days, ~4.3 touchpoints per
 * customer: 235,000 customers ≈ 1M touchpoints), loaded by the API through the ingestion path
 * into tmp/bench-analytics-<customers>/data (kept and reused; --fresh reloads it). The full
 * journey build (POST /api/v1/journeys/rebuild) is timed on first load. DuckDB reads the same
 * dataset written by the generator as CSV + NDJSON into tmp/bench-analytics-<customers>/files.
 * --dir uses another bench folder (e.g. a prepared 10M one: DIR/data, DIR/files).
 * --cache-mb is the API's answer cache (ANALYTICS_CACHE_MB): 0 (default) measures the cold
 * path every time; with a cache the 12 rotating requests are answered from memory after
 * the warm-up round. When the slot rollups are not counted yet (a database from before
 * migration 1764620000000 gets a rebuild job queued), the bench waits for that job and
 * reports its time.
 */
import { existsSync } from 'node:fs';
import { chmod, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { generateDataset, writeDataset } from '@journey-atlas/generator';
import type pg from 'pg';
import { benchDatabase, rebuildJourneys, startBenchApi } from './lib/bench-api';
import { runBench } from './lib/bench-support';
import { duckdbQuestions } from './lib/duckdb-questions';
import { measureCpu } from './lib/process-cpu';

// autocannon ships no types; the part used here is small.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (
  options: Record<string, unknown>,
) => AutocannonInstance;
interface AutocannonInstance extends PromiseLike<AutocannonResult> {
  on(
    event: 'response',
    listener: (client: unknown, status: number, bytes: number, ms: number) => void,
  ): void;
}
interface AutocannonResult {
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
}

const ROOT = path.resolve(__dirname, '../..');

const { values } = parseArgs({
  options: {
    customers: { type: 'string', default: '235000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    'duckdb-runs': { type: 'string', default: '3' },
    'skip-duckdb': { type: 'boolean', default: false },
    'cache-mb': { type: 'string', default: '0' },
    dir: { type: 'string' },
    /** Only these segment attributes' filters (comma-separated), e.g. ageBand. */
    attrs: { type: 'string' },
    /** Custom attributes the rollups should count (PUT /api/v1/settings, then its rebuild). */
    'rollup-attrs': { type: 'string' },
    fresh: { type: 'boolean', default: false },
    /** Another build of the API to measure (default dist/apps/api/main.js). */
    main: { type: 'string' },
  },
});
const MAIN = path.resolve(ROOT, values.main ?? 'dist/apps/api/main.js');
const customers = Number(values.customers);
const dir = path.resolve(ROOT, values.dir ?? path.join('tmp', `bench-analytics-${customers}`));
const dataDir = path.join(dir, 'data');
const filesDir = path.join(dir, 'files');
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

interface Api {
  url: string;
  pid: number;
  db: pg.Client;
  stop(): Promise<void>;
}

/** The built API on the bench's data folder; the demo loads there on first start. */
async function startApi(firstLoad: boolean): Promise<Api> {
  await mkdir(dataDir, { recursive: true });
  for (let folder = dataDir; folder !== path.dirname(folder); folder = path.dirname(folder)) {
    if (folder.startsWith(ROOT)) await chmod(folder, 0o755);
  }
  const api = await startBenchApi({
    main: MAIN,
    dataDir,
    logFile: path.join(dir, 'api.log'),
    env: {
      LOG_LEVEL: 'info',
      // A loaded folder keeps its dataset (the demo's size limit does not apply to it).
      DEMO_DATA: String(firstLoad),
      ...(firstLoad ? { DEMO_CUSTOMERS: String(customers) } : {}),
      ANALYTICS_CACHE_MB: values['cache-mb'],
      // The full build below is one timed rebuild, not incremental work during the load.
      JOURNEY_WORKER: 'false',
    },
  });
  const db = await benchDatabase(dataDir, api.pgPort);
  return {
    url: api.url,
    pid: api.child.pid ?? 0,
    db,
    stop: async () => {
      await db.end();
      await api.stop();
    },
  };
}

async function waitForDemo(api: Api): Promise<{ touchpoints: number; seconds: number }> {
  const started = performance.now();
  for (let last = 0; ; ) {
    const { rows } = await api.db.query(
      'SELECT touchpoints, completed_at FROM demo_dataset LIMIT 1',
    );
    if (rows[0]?.completed_at) {
      return { touchpoints: rows[0].touchpoints, seconds: (performance.now() - started) / 1000 };
    }
    if (performance.now() - last > 15_000) {
      last = performance.now();
      const count = await api.db.query('SELECT count(*)::int AS n FROM touchpoint');
      log(`demo load: ${count.rows[0].n} touchpoints so far`);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

async function fullBuild(api: Api): Promise<Record<string, number>> {
  const started = performance.now();
  await rebuildJourneys(api.url);
  const seconds = (performance.now() - started) / 1000;
  const counts = await api.db.query(
    `SELECT (SELECT count(*) FROM touchpoint)::int AS touchpoints,
            (SELECT count(*) FROM journey)::int AS journeys,
            (SELECT count(*) FROM friction_event)::int AS friction_events`,
  );
  return { seconds: +seconds.toFixed(1), ...counts.rows[0] };
}

/**
 * Makes the rollups count these custom attributes (comma-separated; '' for none) through
 * PUT /api/v1/settings, and waits for the rebuild that queues; its seconds, or null when the
 * settings already named them.
 */
async function countRollupAttributes(api: Api, names: string): Promise<number | null> {
  const rollupAttributes = names.split(',').filter((name) => name !== '');
  const response = await fetch(`${api.url}/api/v1/settings`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ rollupAttributes }),
  });
  const answer = (await response.json()) as { rebuild?: { jobId: string } | null };
  if (!response.ok) throw new Error(`PUT /api/v1/settings: ${JSON.stringify(answer)}`);
  if (!answer.rebuild) return null;
  log(`counting ${names || 'no custom attributes'} in the rollups: full rebuild ...`);
  return openJobs(api);
}

/** Waits for queued or running rebuild jobs (the slot rollups' first count); seconds. */
async function openJobs(api: Api): Promise<number | null> {
  const started = performance.now();
  let waited = false;
  for (;;) {
    const { rows } = await api.db.query(
      `SELECT count(*)::int AS n FROM job WHERE status IN ('queued', 'running')`,
    );
    if (rows[0].n === 0) break;
    waited = true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return waited ? +((performance.now() - started) / 1000).toFixed(1) : null;
}

/**
 * Every value of every built-in segment attribute and of the custom ones the rollups count
 * (journey_settings.rollup_attributes), as `segment.<attr>=<value>` filters; only the
 * attributes `--attrs` names when given.
 */
async function segmentFilters(api: Api): Promise<string[]> {
  const { rows } = await api.db.query(`
    SELECT DISTINCT attr, value FROM customer,
      LATERAL (VALUES ('region', region), ('tier', tier), ('valueBand', value_band),
                      ('specialNeeds', special_needs)) AS a(attr, value)
    WHERE value IS NOT NULL
    UNION
    SELECT DISTINCT a.attr, c.attributes ->> a.attr
      FROM customer c,
           unnest((SELECT rollup_attributes FROM journey_settings s JOIN workspace w
                      ON w.id = s.workspace_id WHERE w.slug = 'default')) AS a(attr)
     WHERE c.attributes ->> a.attr IS NOT NULL
    ORDER BY 1, 2`);
  const only = values.attrs?.split(',');
  return rows
    .filter((row) => !only || only.includes(row.attr))
    .map((row) => `segment.${row.attr}=${encodeURIComponent(row.value)}`);
}

const QUESTIONS = {
  'journey-map': (filter: string) => `/api/v1/journey-map?steps=5&${filter}`,
  metrics: (filter: string) =>
    `/api/v1/metrics?names=fcr,containment,self_service_share,csat,ces,service_level,cost_to_serve&${filter}`,
  friction: (filter: string) => `/api/v1/friction?${filter}`,
} as const;
type Question = keyof typeof QUESTIONS;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function load(api: Api, question: Question, filters: string[]) {
  const requests = filters.map((filter) => ({ method: 'GET', path: QUESTIONS[question](filter) }));
  // Warm the plans and caches the way a running server would be.
  for (const request of requests) {
    await fetch(`${api.url}${request.path}`, { signal: AbortSignal.timeout(600_000) });
  }
  const latencies: number[] = [];
  const instance = autocannon({
    url: api.url,
    connections: Number(values.connections),
    duration: Number(values.seconds),
    // Slow answers count as slow, not as errors that leave queries running behind them.
    timeout: 300,
    requests,
  });
  instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  const { result, ...cpu } = await measureCpu(api.pid, async () => {
    return await instance;
  });
  latencies.sort((a, b) => a - b);
  if (latencies.length === 0) latencies.push(Number.NaN);
  return {
    requests: result.requests.total,
    perSecond: +result.requests.average.toFixed(1),
    p50: +percentile(latencies, 50).toFixed(1),
    p95: +percentile(latencies, 95).toFixed(1),
    p99: +percentile(latencies, 99).toFixed(1),
    non2xx: result.non2xx,
    errors: result.errors,
    ...cpu,
    cpuMsPerRequest: +(
      ((cpu.apiCpuSeconds + cpu.postgresCpuSeconds) * 1000) /
      Math.max(1, result.requests.total)
    ).toFixed(1),
  };
}

async function duckdbTimes(segments: { attr: string; value: string }[]) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const runs = Number(values['duckdb-runs']);
  const results: Record<string, { medianMs: number; journeys?: number }> = {};
  for (const question of Object.keys(QUESTIONS) as Question[]) {
    const times: number[] = [];
    let journeys: number | undefined;
    for (let run = 0; run < runs; run++) {
      const segment = segments[run % segments.length];
      const started = performance.now();
      const reader = await connection.runAndReadAll(duckdbQuestions(filesDir, segment)[question]);
      times.push(performance.now() - started);
      if (question === 'metrics' && run === 0)
        journeys = Number(reader.getRowObjects()[0].journeys);
    }
    times.sort((a, b) => a - b);
    results[question] = { medianMs: Math.round(times[Math.floor(times.length / 2)]), journeys };
  }
  connection.closeSync();
  return results;
}

async function main(): Promise<void> {
  if (!existsSync(MAIN))
    throw new Error('Build first: NX_DAEMON=false npx nx run-many -t build -p api web');
  if (values.fresh) await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const firstLoad = !existsSync(path.join(dataDir, 'pg'));
  const api = await startApi(firstLoad);
  try {
    const demo = await waitForDemo(api);
    log(`dataset: ${demo.touchpoints} touchpoints`);
    const report: Record<string, unknown> = { customers, touchpoints: demo.touchpoints };
    if (firstLoad) {
      report.demoLoadSeconds = +demo.seconds.toFixed(1);
      log('full journey build ...');
      report.fullBuild = await fullBuild(api);
      log(`full build: ${JSON.stringify(report.fullBuild)}`);
    }
    const jobSeconds = await openJobs(api);
    if (jobSeconds !== null) report.queuedRebuildSeconds = jobSeconds;
    if (values['rollup-attrs'] !== undefined) {
      const seconds = await countRollupAttributes(api, values['rollup-attrs']);
      if (seconds !== null) report.rollupAttributesRebuildSeconds = seconds;
    }
    const { rows: unready } = await api.db.query(`SELECT 1 FROM rollup_state WHERE NOT ready`);
    if (unready.length > 0) {
      log('slot rollups not counted yet: full journey build ...');
      report.fullBuild = await fullBuild(api);
    }
    report.cacheMb = Number(values['cache-mb']);
    const filters = await segmentFilters(api);
    const served: Record<string, unknown> = {};
    for (const question of Object.keys(QUESTIONS) as Question[]) {
      log(`autocannon ${question} (${filters.length} segment filters, ${values.seconds} s)`);
      served[question] = await load(api, question, filters);
    }
    report.api = served;
    if (!values['skip-duckdb']) {
      const plan = await api.db.query('SELECT seed, window_start, days FROM demo_dataset LIMIT 1');
      if (!existsSync(path.join(filesDir, 'ground-truth.json'))) {
        log(`writing the same dataset as raw files into ${filesDir}`);
        await writeDataset(
          generateDataset({
            customers,
            seed: plan.rows[0].seed,
            start: plan.rows[0].window_start,
            days: plan.rows[0].days,
          }),
          filesDir,
          'csv',
        );
      }
      const segments = filters.map((filter) => {
        const [key, value] = filter.split('=');
        return { attr: key.slice('segment.'.length), value: decodeURIComponent(value) };
      });
      log('DuckDB over the raw files ...');
      const duck = await duckdbTimes(segments);
      const ours = await fetch(`${api.url}/api/v1/metrics?names=fcr&${filters[0]}`).then(
        (r) => r.json() as Promise<{ journeys?: number }>,
      );
      report.duckdb = duck;
      report.journeysCheck = {
        segment: filters[0],
        api: ours.journeys,
        duckdb: duck.metrics.journeys,
      };
      report.ratioDuckdbOverApiP95 = Object.fromEntries(
        (Object.keys(QUESTIONS) as Question[]).map((question) => [
          question,
          +(duck[question].medianMs / (served[question] as { p95: number }).p95).toFixed(2),
        ]),
      );
    }
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await api.stop();
  }
}

runBench(main);
