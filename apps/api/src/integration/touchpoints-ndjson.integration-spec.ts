import { request as httpRequest } from 'node:http';
import { IngestClient, ndjson, touchpoint } from '../../test/ingest-client';
import { startTestApp, type TestApp } from '../../test/test-app';

describe('POST /api/v1/touchpoints (NDJSON)', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(async () => {
    await testApp?.close();
  });

  async function clientFor(workspace: string): Promise<IngestClient> {
    const client = new IngestClient(testApp, workspace);
    await client.ensureWorkspace();
    return client;
  }

  it('takes the good lines and reports bad ones by line number', async () => {
    const client = await clientFor('nd-lines');
    const body = [
      JSON.stringify(touchpoint('n-1')),
      '',
      '{"id": "n-2", oops',
      JSON.stringify(touchpoint('n-3', { csat: 6 })),
      '\r',
      JSON.stringify(touchpoint('n-4')),
    ].join('\r\n');
    const { status, body: answer } = await client.postNdjson(body);
    expect(status).toBe(200);
    expect(answer).toEqual({
      accepted: 2,
      duplicates: 0,
      rejectedCount: 2,
      rejected: [
        {
          index: 1,
          line: 3,
          errors: [{ field: '(line)', message: expect.stringMatching(/^not valid JSON: /) }],
        },
        {
          index: 2,
          line: 4,
          id: 'n-3',
          errors: [{ field: 'csat', message: 'must be a whole number from 1 to 5' }],
        },
      ],
    });
  });

  it('takes more than one batch and more than the JSON cap', async () => {
    const client = await clientFor('nd-many');
    const rows = Array.from({ length: 12_000 }, (_, i) =>
      touchpoint(`m-${i}`, { customer: { accountId: `acc-${i % 3000}` } }),
    );
    const { status, body } = await client.postNdjson(ndjson(rows));
    expect(status).toBe(200);
    expect(body).toMatchObject({ accepted: 12_000, duplicates: 0, rejectedCount: 0 });
    expect(await client.count('touchpoint')).toBe(12_000);
    expect(await client.count('customer')).toBe(3000);
  });

  it('stores a body replayed twice at the same time exactly once', async () => {
    const client = await clientFor('nd-concurrent');
    const rows = Array.from({ length: 7_000 }, (_, i) =>
      touchpoint(`c-${i}`, { customer: { email: `c${i % 500}@x.com`, deviceId: `d-${i % 700}` } }),
    );
    const body = ndjson(rows);
    const [a, b] = await Promise.all([client.postNdjson(body), client.postNdjson(body)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.accepted + b.body.accepted).toBe(7_000);
    expect(a.body.duplicates + b.body.duplicates).toBe(7_000);
    expect(await client.count('touchpoint')).toBe(7_000);
  });

  it('leaves whole batches only when the client drops mid-upload, and a retry ends exactly-once', async () => {
    const client = await clientFor('nd-abort');
    const rows = Array.from({ length: 10_000 }, (_, i) => touchpoint(`a-${i}`));
    const lines = ndjson(rows);
    const firstPart = ndjson(rows.slice(0, 7_000));
    const url = new URL(client.url('touchpoints'));
    const upload = httpRequest(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
    });
    upload.on('error', () => undefined);
    upload.write(firstPart);
    // Wait for the first batch (5,000) to commit, then drop the connection.
    for (let i = 0; i < 100 && (await client.count('touchpoint')) < 5_000; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    upload.destroy();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const stored = await client.count('touchpoint');
    expect(stored % 5_000).toBe(0);
    expect(stored).toBe(5_000);

    const retry = await client.postNdjson(lines);
    expect(retry.body).toMatchObject({ accepted: 5_000, duplicates: 5_000, rejectedCount: 0 });
    expect(await client.count('touchpoint')).toBe(10_000);
    const health = await fetch(`${testApp.baseUrl}/api/health`);
    expect(health.status).toBe(200);
  });

  it('reports an over-long line and keeps going', async () => {
    const client = await clientFor('nd-long');
    const long = JSON.stringify(touchpoint('l-1', { intent: 'x'.repeat(1024 * 1024) }));
    const body = `${long}\n${JSON.stringify(touchpoint('l-2'))}\n`;
    const { body: answer } = await client.postNdjson(body);
    expect(answer.accepted).toBe(1);
    expect(answer.rejected).toEqual([
      {
        index: 0,
        line: 1,
        errors: [{ field: '(line)', message: 'line is longer than 1048576 characters' }],
      },
    ]);
  });
});
