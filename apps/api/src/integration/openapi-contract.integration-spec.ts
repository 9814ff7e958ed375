import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../../test/test-app';

/**
 * The API contract is checked in (apps/api/openapi.json) so a change to it shows up in
 * review as a diff. `npm run openapi:update` rewrites the file from the running app.
 */
const CONTRACT_FILE = join(__dirname, '..', '..', 'openapi.json');
const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

interface Operation {
  summary?: string;
  responses?: Record<
    string,
    {
      content?: Record<
        string,
        { schema?: { example?: unknown }; example?: unknown; examples?: unknown }
      >;
    }
  >;
}
type Document = {
  paths: Record<string, Partial<Record<(typeof HTTP_METHODS)[number], Operation>>>;
};

function operations(document: Document): Array<{ route: string; operation: Operation }> {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => item[method]).map((method) => ({
      route: `${method.toUpperCase()} ${path}`,
      operation: item[method] as Operation,
    })),
  );
}

function hasSuccessExample(operation: Operation): boolean {
  return Object.entries(operation.responses ?? {}).some(
    ([status, response]) =>
      status.startsWith('2') &&
      Object.values(response.content ?? {}).some(
        (media) =>
          media.example !== undefined ||
          media.examples !== undefined ||
          media.schema?.example !== undefined,
      ),
  );
}

describe('OpenAPI contract (HTTP, real Postgres)', () => {
  let testApp: TestApp;
  let served: Document;

  beforeAll(async () => {
    testApp = await startTestApp();
    const response = await fetch(`${testApp.baseUrl}/api/docs/openapi.json`);
    expect(response.status).toBe(200);
    served = (await response.json()) as Document;
    if (process.env.UPDATE_OPENAPI === '1') {
      writeFileSync(CONTRACT_FILE, `${JSON.stringify(served, null, 2)}\n`);
    }
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('serves the contract that is checked in (run `npm run openapi:update` after a deliberate change)', () => {
    const checkedIn = JSON.parse(readFileSync(CONTRACT_FILE, 'utf8')) as Document;
    // Route list first: a missing or extra route is the clearest message.
    expect(
      operations(served)
        .map((entry) => entry.route)
        .sort(),
    ).toEqual(
      operations(checkedIn)
        .map((entry) => entry.route)
        .sort(),
    );
    expect(served).toEqual(checkedIn);
  });

  it('documents every /v1 route with a summary and a success example', () => {
    const undocumented = operations(served)
      .filter(({ route }) => route.includes('/api/v1/'))
      .filter(({ operation }) => !operation.summary || !hasSuccessExample(operation))
      .map(({ route }) => route);
    expect(undocumented).toEqual([]);
  });
});
