/**
 * Ingestion benchmark: bulk import (POST /api/v1/imports, CSV, COPY fast path, stitching
 * included), HTTP NDJSON (POST /api/v1/touchpoints), and the API's peak RSS, each against
 * a freshly started built API (`node dist/apps/api/main.js`) with its own data folder.
 *
 *   NX_DAEMON=false npx nx run-many -t build -p api web
 *   npx tsx tools/bench/ingest.ts [--touchpoints 1000000] [--keep] [--skip-http] [--skip-bulk]
 *                                 [--journey-worker] [--heap-mb 192] [--main path/to/main.js]
 *                                 [--cpu-prof] [--log-all]
 *
 * --main measures another build (e.g. a copy of dist/apps/api/main.js kept for a before/after);
 * --cpu-prof writes V8 CPU profiles of the API into tmp/bench-<N>/prof/; --log-all logs every
 * statement with its duration (not only those over 250 ms). Besides wall time and peak RSS,
 * the load average (min/max while it ran), each part reports the CPU seconds per 100,000 touchpoints of the API process and of
 * Postgres: on a shared machine those vary far less than the wall time.
 *
 * The journey worker (which rebuilds journeys of changed customers while the import runs)
 * is off unless --journey-worker: this measures ingestion and stitching.
 * Files go to tmp/bench-<N>/ (reused when present; deleted unless --keep), data folders to
 * tmp/bench-data-*. Postgres logs statements over 250 ms, with EXPLAIN ANALYZE (auto_explain)
 * for those over 0.5 s, into tmp/bench-<N>/api-*.log; the slowest are summarised at the end.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { generateDataset, writeDataset } from '@journey-atlas/generator';
import type { ImportJobDto, IngestResultDto } from '@journey-atlas/shared/domain';
import { followImport, uploadFile } from '../importer/src/lib/server';
import { benchDatabase, startBenchApi } from './lib/bench-api';
import { runBench, slowestStatements } from './lib/bench-support';
import { treeCpu } from './lib/process-cpu';

const ROOT = path.resolve(__dirname, '../..');

const { values } = parseArgs({
  options: {
    touchpoints: { type: 'string', default: '1000000' },
    keep: { type: 'boolean', default: false },
    'skip-http': { type: 'boolean', default: false },
    'journey-worker': { type: 'boolean', default: false },
    /** Caps V8's old generation (node --max-old-space-size) to see the RSS the live data needs. */
    'heap-mb': { type: 'string' },
    /** Another build of the API to measure (default dist/apps/api/main.js). */
    main: { type: 'string' },
    /** Writes V8 CPU profiles of the API (node --cpu-prof) into tmp/bench-<N>/prof/. */
    'cpu-prof': { type: 'boolean', default: false },
    /** Logs every statement with its duration (not only those over 250 ms). */
    'log-all': { type: 'boolean', default: false },
    /** Only the HTTP NDJSON part. */
    'skip-bulk': { type: 'boolean', default: false },
  },
});
const size = Number(values.touchpoints);
const dir = path.join(ROOT, 'tmp', `bench-${size}`);
const MAIN = path.resolve(ROOT, values.main ?? 'dist/apps/api/main.js');

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

async function ensureFile(format: 'csv' | 'ndjson'): Promise<string> {
  const out = path.join(dir, format);
  const file = path.join(out, `touchpoints.${format}`);
  if (existsSync(path.join(out, 'ground-truth.json'))) return file;
  log(`generating ${size} touchpoints as ${format} in ${out}`);
  await writeDataset(
    generateDataset({ touchpoints: size, seed: 42, start: new Date('2026-07-01'), days: 120 }),
    out,
    format,
  );
  return file;
}

interface Api {
  child: ChildProcess;
  url: string;
  dataDir: string;
  pgPort: number;
  peakRssMb: () => number;
  /** CPU seconds used so far by the API process and by Postgres (its process tree). */
  cpuSeconds: () => { api: number; postgres: number };
  stop: () => Promise<void>;
}

async function startApi(name: string): Promise<Api> {
  const dataDir = path.join(ROOT, 'tmp', `bench-data-${size}-${name}`);
  await rm(dataDir, { recursive: true, force: true });
  await rm(path.join(dir, `api-${name}.log`), { force: true });
  await mkdir(dataDir, { recursive: true });
  await chmod(dataDir, 0o755);
  const start = () =>
    startBenchApi({
      main: MAIN,
      dataDir,
      logFile: path.join(dir, `api-${name}.log`),
      env: {
        LOG_LEVEL: 'debug',
        DEMO_DATA: 'false',
        JOURNEY_WORKER: String(values['journey-worker']),
      },
      nodeArgs: [
        ...(values['heap-mb'] ? [`--max-old-space-size=${values['heap-mb']}`] : []),
        ...(values['cpu-prof']
          ? ['--cpu-prof', `--cpu-prof-dir=${path.join(dir, 'prof', name)}`]
          : []),
      ],
    });
  // First start creates the cluster; slow-statement logging needs a restart to reach every session.
  const first = await start();
  const client = await benchDatabase(dataDir, first.pgPort);
  for (const setting of [
    `log_min_duration_statement = '${values['log-all'] ? 0 : 250}ms'`,
    // Bind values (5,000-row JSON batches) would flood the API's log and skew the numbers.
    'log_parameter_max_length = 0',
    "session_preload_libraries = 'auto_explain'",
    "auto_explain.log_min_duration = '500ms'",
    'auto_explain.log_analyze = on',
    'auto_explain.log_timing = off',
    'auto_explain.log_nested_statements = on',
  ]) {
    await client.query(`ALTER SYSTEM SET ${setting}`);
  }
  await client.end();
  await first.stop();
  const api = await start();
  const current = api.child;
  return {
    child: current,
    url: api.url,
    dataDir,
    pgPort: api.pgPort,
    peakRssMb: () =>
      Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${current.pid}/status`, 'utf8'))?.[1] ?? 0) /
      1024,
    cpuSeconds: () => treeCpu(current.pid ?? 0),
    stop: api.stop,
  };
}

/** The 1-minute load average, sampled every 5 s while a part runs: the box is shared. */
function sampleLoad(): () => { loadMin: number; loadMax: number } {
  const samples = [os.loadavg()[0]];
  const timer = setInterval(() => samples.push(os.loadavg()[0]), 5_000);
  return () => {
    clearInterval(timer);
    samples.push(os.loadavg()[0]);
    return {
      loadMin: +Math.min(...samples).toFixed(1),
      loadMax: +Math.max(...samples).toFixed(1),
    };
  };
}

async function bulkImport(file: string): Promise<Record<string, unknown>> {
  const api = await startApi('bulk');
  try {
    const rssBefore = api.peakRssMb();
    const cpuBefore = api.cpuSeconds();
    const load = sampleLoad();
    const started = performance.now();
    const queued = await uploadFile({ url: api.url, file, format: 'csv' }, () => undefined);
    const uploaded = performance.now();
    let lastLog = 0;
    const job: ImportJobDto = await followImport(api.url, queued, (progress) => {
      if (performance.now() - lastLog > 10_000) {
        lastLog = performance.now();
        log(`import ${progress.rowsRead} rows, RSS peak ${api.peakRssMb().toFixed(0)} MB`);
      }
    });
    const seconds = (performance.now() - started) / 1000;
    const cpu = cpuUsed(cpuBefore, api.cpuSeconds(), job.progress.accepted);
    return {
      status: job.status,
      rows: job.progress.rowsRead,
      accepted: job.progress.accepted,
      rejected: job.progress.rejected,
      uploadSeconds: +((uploaded - started) / 1000).toFixed(1),
      seconds: +seconds.toFixed(1),
      touchpointsPerSecond: Math.round(job.progress.accepted / seconds),
      apiPeakRssMbAfterStart: +rssBefore.toFixed(0),
      apiPeakRssMb: +api.peakRssMb().toFixed(0),
      ...cpu,
      ...load(),
    };
  } finally {
    await api.stop();
  }
}

async function httpNdjson(file: string): Promise<Record<string, unknown>> {
  const api = await startApi('http');
  try {
    const cpuBefore = api.cpuSeconds();
    const load = sampleLoad();
    const started = performance.now();
    const url = new URL(`${api.url}/api/v1/touchpoints`);
    const request = http.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
    });
    const answer = new Promise<IngestResultDto>((resolve, reject) => {
      request.on('response', (response) => {
        const parts: Buffer[] = [];
        response.on('data', (chunk: Buffer) => parts.push(chunk));
        response.on('end', () =>
          resolve(JSON.parse(Buffer.concat(parts).toString('utf8')) as IngestResultDto),
        );
      });
      request.on('error', reject);
    });
    await pipeline(createReadStream(file), request);
    const result = await answer;
    const seconds = (performance.now() - started) / 1000;
    const cpu = cpuUsed(cpuBefore, api.cpuSeconds(), result.accepted);
    return {
      accepted: result.accepted,
      rejected: result.rejectedCount,
      seconds: +seconds.toFixed(1),
      touchpointsPerSecond: Math.round(result.accepted / seconds),
      apiPeakRssMb: +api.peakRssMb().toFixed(0),
      ...cpu,
      ...load(),
    };
  } finally {
    await api.stop();
  }
}

/**
 * CPU seconds per 100,000 stored touchpoints, API (Node) and Postgres: unlike the wall
 * time, this hardly depends on what else the machine is running.
 */
function cpuUsed(
  before: { api: number; postgres: number },
  after: { api: number; postgres: number },
  rows: number,
): Record<string, number> {
  const per100k = (seconds: number) => +((seconds * 100_000) / Math.max(rows, 1)).toFixed(2);
  return {
    apiCpuSecondsPer100k: per100k(after.api - before.api),
    postgresCpuSecondsPer100k: per100k(after.postgres - before.postgres),
  };
}

/** Total time per statement shape in one API's log. */
async function slowStatements(name: string): Promise<string[]> {
  const text = await readFile(path.join(dir, `api-${name}.log`), 'utf8').catch(() => '');
  return slowestStatements(text, { keyChars: 90, top: 8, decimals: 1 });
}

async function main(): Promise<void> {
  if (!existsSync(MAIN))
    throw new Error('Build first: NX_DAEMON=false npx nx run-many -t build -p api web');
  await mkdir(dir, { recursive: true });
  if (!values['skip-bulk']) {
    const csv = await ensureFile('csv');
    log('bulk import (CSV) ...');
    const bulk = await bulkImport(csv);
    console.log(JSON.stringify({ touchpoints: size, bulkImport: bulk }, null, 2));
    console.log(
      ['slowest statements (bulk import):', ...(await slowStatements('bulk'))].join('\n'),
    );
  }
  if (!values['skip-http']) {
    const ndjson = await ensureFile('ndjson');
    log('HTTP NDJSON ...');
    const viaHttp = await httpNdjson(ndjson);
    console.log(JSON.stringify({ touchpoints: size, httpNdjson: viaHttp }, null, 2));
    console.log(
      ['slowest statements (HTTP NDJSON):', ...(await slowStatements('http'))].join('\n'),
    );
  }
  for (const name of ['bulk', 'http'])
    await rm(path.join(ROOT, 'tmp', `bench-data-${size}-${name}`), {
      recursive: true,
      force: true,
    });
  if (!values.keep) {
    for (const format of ['csv', 'ndjson'])
      await rm(path.join(dir, format), { recursive: true, force: true });
  }
}

runBench(main);
