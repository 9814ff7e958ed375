/**
 * Analytics read-path benchmark (issue 5): journey-map, metrics and friction answered by the
 * built API under load (autocannon, 10 concurrent clients, one segment filter per request,
 * rotating over every segment value), and the same three questions asked of DuckDB straight
 * over the raw files, the way an analyst would without Journey Atlas.
 *
 *   NX_DAEMON=false npx nx run-many -t build -p api web
 *   npx tsx tools/bench/analytics.ts [--customers 235000] [--seconds 10] [--connections 10]
 *                                    [--duckdb-runs 3] [--skip-duckdb] [--fresh] [--main FILE]
 *
 * The dataset is the app's own demo dataset (generator seed 42, 120 days, ~4.3 touchpoints per
 * customer: 235,000 customers ≈ 1M touchpoints), loaded by the API through the ingestion path
 * into tmp/bench-analytics-<customers>/data (kept and reused; --fresh reloads it). The full
 * journey build (POST /api/v1/journeys/rebuild) is timed on first load. DuckDB reads the same
 * dataset written by the generator as CSV + NDJSON into tmp/bench-analytics-<customers>/files.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { generateDataset, writeDataset } from '@journey-atlas/generator';
import pg from 'pg';

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
    fresh: { type: 'boolean', default: false },
    /** Another build of the API to measure (default dist/apps/api/main.js). */
    main: { type: 'string' },
  },
});
const MAIN = path.resolve(ROOT, values.main ?? 'dist/apps/api/main.js');
const customers = Number(values.customers);
const dir = path.join(ROOT, 'tmp', `bench-analytics-${customers}`);
const dataDir = path.join(dir, 'data');
const filesDir = path.join(dir, 'files');
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface Api {
  url: string;
  db: pg.Client;
  stop(): Promise<void>;
}

/** The built API on the bench's data folder; the demo loads there on first start. */
async function startApi(): Promise<Api> {
  await mkdir(dataDir, { recursive: true });
  for (let folder = dataDir; folder !== path.dirname(folder); folder = path.dirname(folder)) {
    if (folder.startsWith(ROOT)) await chmod(folder, 0o755);
  }
  const port = await freePort();
  const pgPort = await freePort();
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      PORT: String(port),
      EMBEDDED_PG_PORT: String(pgPort),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      DEMO_DATA: 'true',
      DEMO_CUSTOMERS: String(customers),
      // The full build below is one timed rebuild, not incremental work during the load.
      JOURNEY_WORKER: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = createWriteStream(path.join(dir, 'api.log'), { flags: 'a' });
  child.stdout?.pipe(output);
  child.stderr?.pipe(output);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`the API exited; see ${dir}/api.log`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      if (i > 1200) throw new Error('the API did not start');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const password = readFileSync(path.join(dataDir, 'pg-password'), 'utf8').trim();
  const db = new pg.Client({
    connectionString: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/journey_atlas`,
  });
  await db.connect();
  return {
    url,
    db,
    stop: async () => {
      await db.end();
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
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
  const answer = await fetch(`${api.url}/api/v1/journeys/rebuild`, { method: 'POST' });
  const { jobId } = (await answer.json()) as { jobId: string };
  for (;;) {
    const state = (await (await fetch(`${api.url}/api/v1/jobs/${jobId}`)).json()) as {
      status: string;
      error?: string;
    };
    if (state.status === 'done') break;
    if (state.status === 'failed') throw new Error(`rebuild failed: ${state.error}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const seconds = (performance.now() - started) / 1000;
  const counts = await api.db.query(
    `SELECT (SELECT count(*) FROM touchpoint)::int AS touchpoints,
            (SELECT count(*) FROM journey)::int AS journeys,
            (SELECT count(*) FROM friction_event)::int AS friction_events`,
  );
  return { seconds: +seconds.toFixed(1), ...counts.rows[0] };
}

/** Every value of every built-in segment attribute, as `segment.<attr>=<value>` filters. */
async function segmentFilters(api: Api): Promise<string[]> {
  const { rows } = await api.db.query(`
    SELECT DISTINCT attr, value FROM customer,
      LATERAL (VALUES ('region', region), ('tier', tier), ('valueBand', value_band),
                      ('specialNeeds', special_needs)) AS a(attr, value)
    WHERE value IS NOT NULL ORDER BY attr, value`);
  return rows.map((row) => `segment.${row.attr}=${encodeURIComponent(row.value)}`);
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
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    perSecond: +result.requests.average.toFixed(1),
    p50: +percentile(latencies, 50).toFixed(1),
    p95: +percentile(latencies, 95).toFixed(1),
    p99: +percentile(latencies, 99).toFixed(1),
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** DuckDB over the raw files: identity from identities.ndjson, segments from customers.ndjson. */
function duckdbQuestions(segment: { attr: string; value: string }): Record<Question, string> {
  const file = (name: string) => `'${path.join(filesDir, name)}'`;
  const assisted = `('phone','chat','email','sms','social','video','field_service','store')`;
  const segmentColumn = {
    region: 'region',
    tier: 'tier',
    valueBand: 'valueBand',
    specialNeeds: 'specialNeeds',
  }[segment.attr];
  const base = `
    WITH ids AS (
      SELECT person, r[1] AS kind, r[2] AS value
      FROM (SELECT person, unnest(raw) AS r FROM read_json(${file('identities.ndjson')}))
    ),
    seg AS (
      SELECT DISTINCT i.person FROM read_json(${file('customers.ndjson')}) c
      JOIN ids i ON i.kind = split_part(c.identifier, ':', 1)
                AND i.value = substr(c.identifier, strpos(c.identifier, ':') + 1)
      WHERE c.${segmentColumn} = '${segment.value.replace(/'/g, "''")}'
    ),
    tp AS (SELECT * FROM read_csv(${file('touchpoints.csv')}, header = true, all_varchar = false)),
    tp_ids AS (
      SELECT source, id, 'accountId' AS kind, CAST(account_id AS VARCHAR) AS value FROM tp WHERE account_id IS NOT NULL
      UNION ALL SELECT source, id, 'email', email FROM tp WHERE email IS NOT NULL
      UNION ALL SELECT source, id, 'phone', CAST(phone AS VARCHAR) FROM tp WHERE phone IS NOT NULL
      UNION ALL SELECT source, id, 'socialHandle', social_handle FROM tp WHERE social_handle IS NOT NULL
      UNION ALL SELECT source, id, 'deviceId', CAST(device_id AS VARCHAR) FROM tp WHERE device_id IS NOT NULL
    ),
    tp_person AS (
      SELECT t.source, t.id, min(i.person) AS person FROM tp_ids t JOIN ids i USING (kind, value) GROUP BY ALL
    ),
    facts AS (
      SELECT tp.*, p.person, coalesce(tp.intent, tp.interactionType) AS jkey,
             tp.channel IN ${assisted} AS assisted
      FROM tp JOIN tp_person p USING (source, id) WHERE p.person IN (SELECT person FROM seg)
    ),
    breaks AS (
      SELECT *, CASE WHEN occurredAt - lag(occurredAt) OVER w <= INTERVAL 7 DAY THEN 0 ELSE 1 END AS starts
      FROM facts WINDOW w AS (PARTITION BY person, jkey ORDER BY occurredAt, id)
    ),
    journeyed AS (
      SELECT *, sum(starts) OVER (PARTITION BY person, jkey ORDER BY occurredAt, id) AS jn FROM breaks
    ),
    steps AS (
      SELECT *, row_number() OVER j AS step,
             lag(channel) OVER j AS previous_channel,
             lead(channel) OVER j AS next_channel
      FROM journeyed WINDOW j AS (PARTITION BY person, jkey, jn ORDER BY occurredAt, id)
    ),
    journeys AS (
      SELECT person, jkey, jn, count(*) AS steps,
             arg_max(outcome, step) FILTER (WHERE outcome IS NOT NULL) AS outcome,
             arg_min(assisted, step) = false AS began_self_service,
             bool_or(assisted) AS any_assisted,
             min(step) FILTER (WHERE assisted) AS first_assisted_step,
             count(DISTINCT agentId) AS agents
      FROM steps GROUP BY ALL
    )`;
  return {
    'journey-map': `${base}
      SELECT step, channel, coalesce(s.next_channel, CASE WHEN j.outcome = 'resolved' THEN 'resolved' ELSE 'unresolved' END) AS target,
             count(*) AS n
      FROM steps s JOIN journeys j USING (person, jkey, jn)
      WHERE step <= 5 GROUP BY ALL ORDER BY step, n DESC`,
    metrics: `${base},
    first_assisted AS (
      SELECT s.person, s.jkey, s.jn, s.outcome = 'resolved' AND s.step = j.steps AS resolved_first
      FROM steps s JOIN journeys j USING (person, jkey, jn) WHERE s.step = j.first_assisted_step
    )
      SELECT count(*) AS journeys,
             avg(CASE WHEN f.resolved_first THEN 1 ELSE 0 END) FILTER (WHERE j.any_assisted) AS fcr,
             avg(CASE WHEN NOT j.any_assisted THEN 1 ELSE 0 END) FILTER (WHERE j.began_self_service) AS containment,
             avg(CASE WHEN NOT j.any_assisted THEN 1 ELSE 0 END) AS self_service_share,
             (SELECT avg(CASE WHEN csat >= 4 THEN 1 ELSE 0 END) FROM steps WHERE csat IS NOT NULL) AS csat,
             (SELECT avg(ces) FROM steps WHERE ces IS NOT NULL) AS ces,
             (SELECT sum(coalesce(cost, 0)) FROM steps) / count(*) AS cost_to_serve
      FROM journeys j LEFT JOIN first_assisted f USING (person, jkey, jn)`,
    friction: `${base}
      SELECT 'repeat_contact' AS type, count(*) AS n FROM (
        SELECT assisted AND direction = 'inbound'
               AND count(*) FILTER (WHERE assisted) OVER (PARTITION BY person, jkey, jn ORDER BY step
                 ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) > 0 AS hit FROM steps) WHERE hit
      UNION ALL SELECT 'transfer', count(*) FROM steps WHERE outcome = 'transferred'
      UNION ALL SELECT 'ivr_misroute', count(*) FROM steps WHERE outcome = 'transferred' AND previous_channel = 'ivr'
      UNION ALL SELECT 'abandonment', count(*) FROM steps WHERE outcome = 'abandoned'
      UNION ALL SELECT 'long_wait', count(*) FROM steps WHERE waitSeconds > CASE channel
          WHEN 'phone' THEN 20 WHEN 'video' THEN 30 WHEN 'chat' THEN 60 WHEN 'sms' THEN 3600
          WHEN 'social' THEN 3600 WHEN 'email' THEN 86400 END
      UNION ALL SELECT 'low_csat', count(*) FROM steps WHERE csat <= 2
      UNION ALL SELECT 'high_effort', count(*) FROM steps WHERE ces >= 5
      UNION ALL SELECT 'negative_social', count(*) FROM steps WHERE channel = 'social' AND sentiment < -0.3
      UNION ALL SELECT 'failed_containment', count(*) FROM steps s JOIN journeys j USING (person, jkey, jn)
          WHERE j.began_self_service AND s.step = j.first_assisted_step
      UNION ALL SELECT 'many_handoffs', count(*) FROM journeys WHERE agents > 2
      ORDER BY n DESC`,
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
      const reader = await connection.runAndReadAll(duckdbQuestions(segment)[question]);
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
  const api = await startApi();
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

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
