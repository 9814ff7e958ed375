import { existsSync } from 'node:fs';
import path from 'node:path';
import { isAlive, postmasterPid, runAppToExit, startApp, tempDataDir } from './support/app-process';

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
