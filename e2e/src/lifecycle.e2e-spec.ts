import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  freePort,
  isAlive,
  postmasterPid,
  runAppToExit,
  startApp,
  stopAllApps,
  tempDataDir,
} from './support/app-process';

async function workspaceId(url: string): Promise<string> {
  const body = (await (await fetch(`${url}/api/v1/channels`)).json()) as {
    workspace: { id: string };
  };
  return body.workspace.id;
}

describe('start, stop and restart of the real app with its embedded Postgres', () => {
  let data: Awaited<ReturnType<typeof tempDataDir>>;

  beforeEach(async () => {
    data = await tempDataDir();
  });

  afterEach(async () => {
    await stopAllApps();
    await data.remove();
  });

  it('stops cleanly on SIGTERM, leaves no Postgres behind and keeps the data for the next start', async () => {
    const first = await startApp({ dataDir: data.dir });
    const id = await workspaceId(first.url);
    const postgres = await postmasterPid(data.dir);
    expect(postgres).toBeDefined();

    expect(await first.stop('SIGTERM')).toBe(0);
    expect(isAlive(postgres as number)).toBe(false);
    expect(existsSync(path.join(data.dir, 'pg', 'postmaster.pid'))).toBe(false);
    expect(existsSync(path.join(data.dir, 'journey-atlas.pid'))).toBe(false);

    const second = await startApp({ dataDir: data.dir });
    expect(await workspaceId(second.url)).toBe(id);
    expect(await second.stop('SIGINT')).toBe(0);
  });

  it('stops cleanly on Ctrl-C, which signals Postgres too (the whole process group)', async () => {
    const app = await startApp({ dataDir: data.dir, detached: true });
    const postgres = await postmasterPid(data.dir);
    const exited = new Promise<number | null>((resolve) => app.child.once('exit', resolve));
    process.kill(-(app.child.pid as number), 'SIGINT');
    expect(await exited).toBe(0);
    expect(isAlive(postgres as number)).toBe(false);
    expect(existsSync(path.join(data.dir, 'pg', 'postmaster.pid'))).toBe(false);
    expect(existsSync(path.join(data.dir, 'journey-atlas.pid'))).toBe(false);
  });

  it('refuses a second start on the same data folder, clearly, without disturbing the first', async () => {
    const first = await startApp({ dataDir: data.dir });
    const second = await runAppToExit({ dataDir: data.dir });
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(
      /^Journey Atlas is already running \(pid \d+\) with the data folder .+\. Stop it first/,
    );
    expect((await fetch(`${first.url}/api/health`)).status).toBe(200);
    expect(await first.stop()).toBe(0);
  });

  it('recovers when the previous run was killed and left its Postgres running', async () => {
    const killed = await startApp({ dataDir: data.dir });
    const id = await workspaceId(killed.url);
    const orphan = await postmasterPid(data.dir);
    await killed.stop('SIGKILL');
    expect(isAlive(orphan as number)).toBe(true);

    const next = await startApp({ dataDir: data.dir });
    expect(isAlive(orphan as number)).toBe(false);
    expect(next.output()).toContain('left running by an earlier run');
    expect(await workspaceId(next.url)).toBe(id);
    expect(await next.stop()).toBe(0);
  });

  it('stops at once with one line naming a bad variable', async () => {
    const badPort = await runAppToExit({ dataDir: data.dir, env: { PORT: 'abc' } });
    expect(badPort.code).toBe(1);
    expect(badPort.stderr.trim()).toBe(
      'Invalid configuration: PORT must be a whole number between 1 and 65535 (got "abc")',
    );

    const badUrl = await runAppToExit({
      dataDir: data.dir,
      env: { DATABASE_URL: 'mysql://root:pw@db/x' },
    });
    expect(badUrl.code).toBe(1);
    expect(badUrl.stderr.trim().split('\n')).toHaveLength(1);
    expect(badUrl.stderr).toContain('DATABASE_URL must be a URL like postgres://');
  });

  it('uses the server in DATABASE_URL instead of starting its own', async () => {
    const pgPort = await freePort();
    const owner = await startApp({ dataDir: data.dir, pgPort });
    const password = readFileSync(path.join(data.dir, 'pg-password'), 'utf8').trim();
    const other = await tempDataDir();
    try {
      const client = await startApp({
        dataDir: other.dir,
        env: { DATABASE_URL: `postgres://postgres:${password}@127.0.0.1:${pgPort}/journey_atlas` },
      });
      expect(await workspaceId(client.url)).toBe(await workspaceId(owner.url));
      expect(existsSync(path.join(other.dir, 'pg'))).toBe(false);
      expect(await client.stop()).toBe(0);

      const refused = await runAppToExit({
        dataDir: other.dir,
        env: { DATABASE_URL: `postgres://postgres:wrong@127.0.0.1:${pgPort}/journey_atlas` },
      });
      expect(refused.code).toBe(1);
      expect(refused.stderr.trim()).toBe(
        `Cannot use the database 127.0.0.1:${pgPort}/journey_atlas from DATABASE_URL: the password was refused (28P01).`,
      );
    } finally {
      await owner.stop();
      await other.remove();
    }
  });

  it('runs migrations alone with the migrate command', async () => {
    const result = await runAppToExit({ dataDir: data.dir, env: { LOG_LEVEL: 'info' } }, [
      'migrate',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Applied migrations: CreateWorkspaces');
    const again = await runAppToExit({ dataDir: data.dir, env: { LOG_LEVEL: 'info' } }, [
      'migrate',
    ]);
    expect(again.stdout).toContain('Database schema is up to date');
    expect(existsSync(path.join(data.dir, 'journey-atlas.pid'))).toBe(false);
  });
});
