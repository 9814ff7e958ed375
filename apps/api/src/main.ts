import 'reflect-metadata';
import path from 'node:path';
import pino from 'pino';
import {
  type AppConfig,
  ConfigError,
  EmbeddedPostgres,
  EmbeddedPostgresError,
  loadConfig,
  runMigrations,
} from '@journey-atlas/api/platform';
import { DemoDataService } from '@journey-atlas/api/demo-data';
import { createApp } from './app/create-app';

const USAGE = 'usage: node dist/apps/api/main.js [serve|migrate]';
const DATABASE_NAME = 'journey_atlas';

type Closer = () => Promise<void>;

/** Things to close on the way out, last opened first. */
const closers: Closer[] = [];
let stopping = false;
let stoppingSince = 0;

async function closeAll(): Promise<void> {
  while (closers.length > 0) {
    const close = closers.pop() as Closer;
    await close().catch((error) => console.error(`While shutting down: ${describe(error)}`));
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Ctrl-C / SIGTERM: stop HTTP, then the pool, then Postgres; a second signal forces it. */
function handleSignals(log: pino.Logger): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) {
        // Ctrl-C reaches us twice (the terminal's process group and npm forwarding it);
        // only a deliberate second press, a moment later, means "stop waiting".
        if (Date.now() - stoppingSince < 1000) return;
        log.warn(`${signal} again: exiting without waiting`);
        process.exit(130);
      }
      stopping = true;
      stoppingSince = Date.now();
      log.info(`${signal}: shutting down`);
      closeAll().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

async function openDatabase(config: AppConfig, log: pino.Logger): Promise<string> {
  if (config.databaseUrl) return config.databaseUrl;
  const started = Date.now();
  const server = await EmbeddedPostgres.start({
    dataDir: config.dataDir,
    port: config.embeddedPgPort,
    database: DATABASE_NAME,
    log: {
      info: (message) => log.info(message),
      warn: (message) => log.warn(message),
      debug: (message) => log.debug({ postgres: message }),
    },
  });
  closers.push(() => server.stop());
  log.info(
    `Embedded Postgres ready on 127.0.0.1:${config.embeddedPgPort} (data in ${path.resolve(config.dataDir)}, ${Date.now() - started} ms)`,
  );
  return server.url;
}

/** Connection failures are configuration problems: say where, not a driver stack trace. */
function databaseProblem(error: unknown, url: string): ConfigError | undefined {
  const code = (error as { code?: string }).code;
  const known: Record<string, string> = {
    ECONNREFUSED: 'nothing is listening there',
    ENOTFOUND: 'the host name does not resolve',
    ETIMEDOUT: 'the connection timed out',
    '28P01': 'the password was refused',
    '28000': 'the user may not connect',
    '3D000': 'the database does not exist',
  };
  if (!code || !(code in known)) return undefined;
  const { hostname, port, pathname } = new URL(url);
  return new ConfigError(
    `Cannot use the database ${hostname}:${port || 5432}${pathname} from DATABASE_URL: ${known[code]} (${code}).`,
  );
}

async function migrate(url: string, log: pino.Logger): Promise<void> {
  const applied = await runMigrations(url).catch((error: unknown) => {
    throw databaseProblem(error, url) ?? error;
  });
  log.info(
    applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date',
  );
}

async function serve(config: AppConfig, url: string): Promise<void> {
  const webRoot = config.webDist
    ? path.resolve(config.webDist)
    : path.resolve(__dirname, '..', 'web', 'browser');
  const app = await createApp({ config, databaseUrl: url, webRoot });
  closers.push(() => app.close());
  try {
    await app.listen(config.port, config.host);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new ConfigError(
        `PORT ${config.port} is already in use on ${config.host}; set PORT to a free port.`,
      );
    }
    throw error;
  }
  const shownHost = config.host === '0.0.0.0' ? 'localhost' : config.host;
  console.log(
    `Journey Atlas is running at http://${shownHost}:${config.port}/ (API docs: /api/docs)`,
  );
  // After listening, so the app is usable while the first start fills the demo workspace.
  if (config.demoData) {
    app.get(DemoDataService).startInBackground({ customers: config.demoCustomers });
  }
}

async function main(): Promise<void> {
  const command = process.argv[2] ?? 'serve';
  if (command !== 'serve' && command !== 'migrate') {
    console.error(`Unknown command "${command}". ${USAGE}`);
    process.exit(2);
  }
  let config: AppConfig;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    console.error(describe(error));
    process.exit(1);
  }
  const log = pino({ level: config.logLevel });
  handleSignals(log);
  try {
    const url = await openDatabase(config, log);
    await migrate(url, log);
    if (command === 'migrate') {
      await closeAll();
      return;
    }
    await serve(config, url);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof EmbeddedPostgresError) {
      console.error(error.message);
    } else {
      log.error({ err: error }, `Start-up failed: ${describe(error)}`);
    }
    await closeAll();
    process.exit(1);
  }
}

void main();
