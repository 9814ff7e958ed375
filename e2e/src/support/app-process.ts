import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
const MAIN = path.join(ROOT, 'dist/apps/api/main.js');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A fresh data folder that the `postgres` user can enter when the tests run as root. */
export async function tempDataDir(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'journey-atlas-e2e-'));
  await chmod(dir, 0o755);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export interface AppSettings {
  dataDir: string;
  /** Own process group, so a test can signal it the way a terminal's Ctrl-C does. */
  detached?: boolean;
  port?: number;
  pgPort?: number;
  env?: Record<string, string>;
}

export interface RunningApp {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Sends the signal and waits for the process to exit; returns its exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

function environment(settings: AppSettings, port: number, pgPort: number): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    PORT: String(port),
    DATA_DIR: settings.dataDir,
    EMBEDDED_PG_PORT: String(pgPort),
    LOG_LEVEL: 'warn',
    // Tests that need the demo data ask for it (and a small one) through `env`.
    DEMO_DATA: 'false',
    ...settings.env,
  };
}

const running = new Set<ChildProcess>();

/** After a failed test: stop whatever it left running so Jest can exit (TERM, then KILL). */
export async function stopAllApps(): Promise<void> {
  await Promise.all(
    [...running].map(async (child) => {
      const exited = exitOf(child);
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }),
  );
}

function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** The heap cap `npm start` runs the API with (package.json), so the tests run it the same way. */
const NODE_FLAGS = ['--max-old-space-size=256'];

/** Starts `node dist/apps/api/main.js` and resolves once /api/health answers. */
export async function startApp(settings: AppSettings): Promise<RunningApp> {
  const port = settings.port ?? (await freePort());
  const pgPort = settings.pgPort ?? (await freePort());
  const child = spawn(process.execPath, [...NODE_FLAGS, MAIN], {
    env: environment(settings, port, pgPort),
    cwd: ROOT,
    detached: settings.detached ?? false,
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The app exited with ${child.exitCode}: ${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return {
    url,
    child,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      const exited = exitOf(child);
      child.kill(signal);
      return exited;
    },
  };
}

/** Runs main.js to completion (for start-up errors) and returns its exit code and output. */
export async function runAppToExit(
  settings: AppSettings,
  args: string[] = [],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const port = settings.port ?? (await freePort());
  const pgPort = settings.pgPort ?? (await freePort());
  const child = spawn(process.execPath, [...NODE_FLAGS, MAIN, ...args], {
    env: environment(settings, port, pgPort),
    cwd: ROOT,
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => (stdout += chunk));
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const code = await exitOf(child);
  return { code, stdout, stderr };
}

/** The pid in the cluster's postmaster.pid, or undefined when there is none. */
export async function postmasterPid(dataDir: string): Promise<number | undefined> {
  try {
    const pid = Number.parseInt(
      (await readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0],
      10,
    );
    return Number.isInteger(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Starts the app with a small demo dataset and waits until its journeys are built: the
 * demo loads in the background and the worker builds journeys incrementally, so the
 * journey count must be non-zero and stable between two looks.
 */
export async function startAppWithDemo(dataDir: string, customers = 300): Promise<RunningApp> {
  const app = await startApp({
    dataDir,
    env: { DEMO_DATA: 'true', DEMO_CUSTOMERS: String(customers) },
  });
  const deadline = Date.now() + 60_000;
  let previous = -1;
  for (;;) {
    const answer = (await (await fetch(`${app.url}/api/v1/paths?limit=1`)).json()) as {
      journeys?: number;
    };
    const journeys = answer.journeys ?? 0;
    if (journeys > 0 && journeys === previous) return app;
    if (Date.now() > deadline) {
      throw new Error(`journeys not built in time (${journeys})\n${app.output()}`);
    }
    previous = journeys;
    await new Promise((resolve) => setTimeout(resolve, 1500));
  }
}
