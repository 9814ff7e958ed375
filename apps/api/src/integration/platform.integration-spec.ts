import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../test/test-app';

describe('platform (HTTP, real Postgres)', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('reports the database as up on /api/health', async () => {
    const response = await fetch(`${testApp.baseUrl}/api/health`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.status).toBe('ok');
    expect(body.info.database.status).toBe('up');
  });

  it('gives every response a request id, and keeps the caller’s', async () => {
    const generated = await fetch(`${testApp.baseUrl}/api/health`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const given = await fetch(`${testApp.baseUrl}/api/health`, {
      headers: { 'x-request-id': 'trace-42' },
    });
    expect(given.headers.get('x-request-id')).toBe('trace-42');
  });

  it('answers unknown routes with the one error body, naming the request', async () => {
    const response = await fetch(`${testApp.baseUrl}/api/v1/nothing-here`, {
      headers: { 'x-request-id': 'req-404' },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'Cannot GET /api/v1/nothing-here',
      requestId: 'req-404',
    });
  });

  it('publishes the OpenAPI document with the channel route', async () => {
    const response = await fetch(`${testApp.baseUrl}/api/docs/openapi.json`);
    expect(response.status).toBe(200);
    const document = await response.json();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/v1/channels']),
    );
  });

  it('creates the embedded database with the builtin provider: text in code-point order', async () => {
    if (process.env.TEST_EMBEDDED_PG !== 'true') return; // a server of yours keeps its own
    const dataSource = testApp.app.get(DataSource);
    const [database] = await dataSource.query(
      `SELECT datlocprovider AS provider, datlocale AS locale FROM pg_database
        WHERE datname = current_database()`,
    );
    expect(database).toEqual({ provider: 'b', locale: 'C.UTF-8' });
    const [{ sorted }] = await dataSource.query(
      `SELECT array_agg(x ORDER BY x) AS sorted FROM unnest(ARRAY['b', 'é', 'B', 'a', 'e', '_', 'Z']) x`,
    );
    expect(sorted).toEqual(['B', 'Z', '_', 'a', 'b', 'e', 'é']);
  });

  it('has migrations that match the entities exactly', async () => {
    const dataSource = testApp.app.get(DataSource);
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });
});
