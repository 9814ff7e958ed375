/**
 * Ingestion benchmark: bulk import (POST /api/v1/imports, CSV, COPY fast path, stitching
 * included), HTTP NDJSON (POST /api/v1/touchpoints), and the API's peak RSS, each against
 * a freshly started built API (`node dist/apps/api/main.js`) with its own data folder.
 *
 *   NX_DAEMON=false npx nx run-many -t build -p api web
 *   npx tsx tools/bench/ingest.ts [--touchpoints 1000000] [--keep] [--skip-http] [--journey-worker]
 *                                 [--heap-mb 192]
 *
 * The journey worker (which rebuilds journeys of changed customers while the import runs)
 * is off unless --journey-worker: this measures ingestion and stitching.
 * Files go to tmp/bench-<N>/ (reused when present; deleted unless --keep), data folders to
 * tmp/bench-data-*. Postgres logs statements over 250 ms, with EXPLAIN ANALYZE (auto_explain)
 * for those over 0.5 s, into tmp/bench-<N>/api-*.log; the slowest are summarised at the end.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import { createServer } from 'node:net';
import path from 'node:path';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { generateDataset, writeDataset } from '@journey-atlas/generator';
import type { ImportJobDto, IngestResultDto } from '@journey-atlas/shared/domain';
import pg from 'pg';
import { followImport, uploadFile } from '../importer/src/lib/server';

const ROOT = path.resolve(__dirname, '../..');
const MAIN = path.join(ROOT, 'dist/apps/api/main.js');

const { values } = parseArgs({
  options: {
    touchpoints: { type: 'string', default: '1000000' },
    keep: { type: 'boolean', default: false },
    'skip-http': { type: 'boolean', default: false },
    'journey-worker': { type: 'boolean', default: false },
    /** Caps V8's old generation (node --max-old-space-size) to see the RSS the live data needs. */
    'heap-mb': { type: 'string' },
  },
});
const size = Number(values.touchpoints);
const dir = path.join(ROOT, 'tmp', `bench-${size}`);

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

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
  stop: () => Promise<void>;
}

async function startApi(name: string): Promise<Api> {
  const dataDir = path.join(ROOT, 'tmp', `bench-data-${name}`);
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  await chmod(dataDir, 0o755);
  const port = await freePort();
  const pgPort = await freePort();
  const env = {
    ...process.env,
    PORT: String(port),
    EMBEDDED_PG_PORT: String(pgPort),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'debug',
    DEMO_DATA: 'false',
    JOURNEY_WORKER: String(values['journey-worker']),
  };
  const start = async (): Promise<ChildProcess> => {
    const heap = values['heap-mb'] ? [`--max-old-space-size=${values['heap-mb']}`] : [];
    const child = spawn(process.execPath, [...heap, MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = createWriteStream(path.join(dir, `api-${name}.log`), { flags: 'a' });
    child.stdout?.pipe(output);
    child.stderr?.pipe(output);
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
      } catch {
        if (i > 600) throw new Error('the API did not start');
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const stopChild = (child: ChildProcess) =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  // First start creates the cluster; slow-statement logging needs a restart to reach every session.
  let child = await start();
  const password = readFileSync(path.join(dataDir, 'pg-password'), 'utf8').trim();
  const client = new pg.Client({
    connectionString: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/journey_atlas`,
  });
  await client.connect();
  for (const setting of [
    "log_min_duration_statement = '250ms'",
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
  await stopChild(child);
  child = await start();
  const current = child;
  return {
    child: current,
    url: `http://127.0.0.1:${port}`,
    dataDir,
    pgPort,
    peakRssMb: () =>
      Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${current.pid}/status`, 'utf8'))?.[1] ?? 0) /
      1024,
    stop: () => stopChild(current),
  };
}

async function bulkImport(file: string): Promise<Record<string, unknown>> {
  const api = await startApi('bulk');
  try {
    const rssBefore = api.peakRssMb();
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
    };
  } finally {
    await api.stop();
  }
}

async function httpNdjson(file: string): Promise<Record<string, unknown>> {
  const api = await startApi('http');
  try {
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
    return {
      accepted: result.accepted,
      rejected: result.rejectedCount,
      seconds: +seconds.toFixed(1),
      touchpointsPerSecond: Math.round(result.accepted / seconds),
      apiPeakRssMb: +api.peakRssMb().toFixed(0),
    };
  } finally {
    await api.stop();
  }
}

/** Total time per statement shape from Postgres' slow-statement log lines. */
async function slowStatements(name: string): Promise<string[]> {
  const text = await readFile(path.join(dir, `api-${name}.log`), 'utf8').catch(() => '');
  const totals = new Map<string, { ms: number; count: number }>();
  for (const match of text.matchAll(
    /duration: ([\d.]+) ms\s+(?:statement|execute[^:]*): ((?:(?!\\n\\t\\t|"\}).){0,90})/g,
  )) {
    const key = match[2]
      .replace(/\\[nt]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    const entry = totals.get(key) ?? { ms: 0, count: 0 };
    entry.ms += Number(match[1]);
    entry.count++;
    totals.set(key, entry);
  }
  return [...totals.entries()]
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, 8)
    .map(
      ([key, { ms, count }]) =>
        `${(ms / 1000).toFixed(1).padStart(6)} s ${String(count).padStart(4)}x  ${key}`,
    );
}

async function main(): Promise<void> {
  if (!existsSync(MAIN))
    throw new Error('Build first: NX_DAEMON=false npx nx run-many -t build -p api web');
  await mkdir(dir, { recursive: true });
  const csv = await ensureFile('csv');
  log('bulk import (CSV) ...');
  const bulk = await bulkImport(csv);
  console.log(JSON.stringify({ touchpoints: size, bulkImport: bulk }, null, 2));
  console.log(['slowest statements (bulk import):', ...(await slowStatements('bulk'))].join('\n'));
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
    await rm(path.join(ROOT, 'tmp', `bench-data-${name}`), { recursive: true, force: true });
  if (!values.keep) {
    for (const format of ['csv', 'ndjson'])
      await rm(path.join(dir, format), { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
