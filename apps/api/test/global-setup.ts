import './register-paths';
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EmbeddedPostgres, runMigrations } from '@journey-atlas/api/platform';
import { freePort } from './free-port';

declare global {
  var __INTEGRATION_PG__: { server: EmbeddedPostgres; dataDir: string } | undefined;
}

/**
 * One throwaway Postgres cluster (in a temp folder, on a free port) for the whole run,
 * migrated once. TEST_DATABASE_URL points the specs at an external server instead.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) {
    await runMigrations(process.env.TEST_DATABASE_URL);
    return;
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'journey-atlas-it-'));
  await chmod(dataDir, 0o755); // as root, Postgres runs as "postgres" and must enter it
  const quiet = () => undefined;
  const server = await EmbeddedPostgres.start({
    dataDir,
    port: await freePort(),
    database: 'journey_atlas_it',
    log: { info: quiet, warn: console.warn, debug: quiet },
  });
  globalThis.__INTEGRATION_PG__ = { server, dataDir };
  process.env.TEST_DATABASE_URL = server.url;
  // The specs can tell the embedded cluster (created by the app's own code) from a server of yours.
  process.env.TEST_EMBEDDED_PG = 'true';
  await runMigrations(server.url);
}
