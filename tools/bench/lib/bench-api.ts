import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './bench-support';

export interface BenchApiOptions {
  /** The built API (dist/apps/api/main.js or another build). */
  main: string;
  /** DATA_DIR: the embedded Postgres cluster lives in DATA_DIR/pg. */
  dataDir: string;
  /** Where the API's stdout and stderr go (appended). */
  logFile: string;
  /** Settings on top of the bench's environment, e.g. LOG_LEVEL, DEMO_DATA. */
  env: Record<string, string | undefined>;
  /** Node flags before the script, e.g. --max-old-space-size. */
  nodeArgs?: string[];
  /** How long to wait for /api/health (a first start creates the cluster). */
  startSeconds?: number;
}

export interface BenchApi {
  url: string;
  pgPort: number;
  child: ChildProcess;
  /** SIGTERM, then resolves when the process has exited. */
  stop(): Promise<void>;
}

/**
 * Starts the built API on free ports and waits until it answers. Its output goes straight
 * into the log file: piped through the bench process, whose event loop is busy driving
 * load, the API's synchronous log writes blocked on a full pipe for up to a fifth of a
 * run and showed up as request latency.
 */
export async function startBenchApi(options: BenchApiOptions): Promise<BenchApi> {
  const port = await freePort();
  const pgPort = await freePort();
  const logFd = openSync(options.logFile, 'a');
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.main], {
    env: {
      ...process.env,
      ...options.env,
      PORT: String(port),
      EMBEDDED_PG_PORT: String(pgPort),
      DATA_DIR: options.dataDir,
    },
    stdio: ['ignore', logFd, logFd],
  });
  // The child holds its own copy of the descriptor.
  closeSync(logFd);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.startSeconds ?? 120) * 1000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`the API exited with ${child.exitCode}; see ${options.logFile}`);
    }
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      if (Date.now() > deadline) throw new Error(`the API did not start; see ${options.logFile}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    pgPort,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** A client of the API's embedded Postgres, as the bench's superuser. */
export async function benchDatabase(dataDir: string, pgPort: number): Promise<pg.Client> {
  const password = readFileSync(path.join(dataDir, 'pg-password'), 'utf8').trim();
  const db = new pg.Client({
    connectionString: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/journey_atlas`,
  });
  await db.connect();
  return db;
}

/** Queues a full journey rebuild (POST /api/v1/journeys/rebuild) and waits until its job is done. */
export async function rebuildJourneys(url: string): Promise<void> {
  const response = await fetch(`${url}/api/v1/journeys/rebuild`, { method: 'POST' });
  if (!response.ok) throw new Error(`rebuild: ${response.status} ${await response.text()}`);
  const { jobId } = (await response.json()) as { jobId: string };
  for (;;) {
    const job = (await (await fetch(`${url}/api/v1/jobs/${jobId}`)).json()) as {
      status: string;
      error?: string;
    };
    if (job.status === 'done') return;
    if (job.status === 'failed') throw new Error(`rebuild failed: ${job.error}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
