import { CHANNELS } from '@journey-atlas/shared/domain';
import { IngestClient, touchpoint } from '../../test/ingest-client';
import { startTestApp, type TestApp } from '../../test/test-app';

describe('POST /api/v1/touchpoints', () => {
  let testApp: TestApp;
  let client: IngestClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    client = new IngestClient(testApp, 'tp-json');
    await client.ensureWorkspace();
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('stores valid JSON touchpoints and rejects the others with field-level reasons', async () => {
    const { status, body } = await client.postJson([
      touchpoint('j-1'),
      touchpoint('j-2', { channel: 'fax' }),
      touchpoint('j-3', { occurredAt: '2026-03-01T10:22:00' }),
      touchpoint('j-4', { occurredAt: new Date(Date.now() + 3 * 86_400_000).toISOString() }),
      touchpoint('j-5', { waitSeconds: -4, csat: 9, nps: 11, sentiment: 2 }),
      touchpoint('j-6', { customer: {} }),
      touchpoint('j-7', { customer: { phone: '12' } }),
      touchpoint('j-8', { customer: { email: 'Ana@X.com', phone: '07700 900018' } }),
    ]);
    expect(status).toBe(200);
    expect(body.accepted).toBe(2);
    expect(body.duplicates).toBe(0);
    expect(body.rejectedCount).toBe(6);
    const byId = Object.fromEntries(body.rejected.map((r) => [r.id, r]));
    expect(byId['j-2']).toEqual({
      index: 1,
      id: 'j-2',
      errors: [{ field: 'channel', message: `must be one of: ${CHANNELS.join(', ')}` }],
    });
    expect(byId['j-3'].errors[0]).toMatchObject({
      field: 'occurredAt',
      message: expect.stringContaining('with an offset'),
    });
    expect(byId['j-4'].errors[0].message).toMatch(/more than a day in the future/);
    expect(byId['j-5'].errors).toEqual([
      { field: 'waitSeconds', message: 'must be a number >= 0' },
      { field: 'csat', message: 'must be a whole number from 1 to 5' },
      { field: 'nps', message: 'must be a whole number from 0 to 10' },
      { field: 'sentiment', message: 'must be a number from -1 to 1' },
    ]);
    expect(byId['j-6'].errors[0]).toMatchObject({ field: 'customer' });
    expect(byId['j-7'].errors[0]).toMatchObject({
      field: 'customer.phone',
      message: expect.stringContaining('GB'),
    });
    expect(await client.count('touchpoint')).toBe(2);
  });

  it('counts a replay as duplicates and never stores a touchpoint twice', async () => {
    const rows = [touchpoint('r-1'), touchpoint('r-2'), touchpoint('r-2'), touchpoint('r-3')];
    const first = await client.postJson(rows);
    expect(first.body).toMatchObject({ accepted: 3, duplicates: 1, rejectedCount: 0 });
    const again = await client.postJson(rows);
    expect(again.body).toMatchObject({ accepted: 0, duplicates: 4 });
    const otherSource = await client.postJson([touchpoint('r-1', { source: 'crm' })]);
    expect(otherSource.body).toMatchObject({ accepted: 1, duplicates: 0 });
  });

  it('answers malformed JSON and a wrong body shape with 400 and a clear message', async () => {
    const malformed = await client.post('touchpoints', '{"touchpoints": [', 'application/json');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({
      message: expect.stringMatching(
        /^Malformed JSON in the request body .*\{"touchpoints": \[ \.\.\. \]\}/,
      ),
    });
    for (const body of ['[]', '{"touchpoint": []}', 'null', '42', '']) {
      const answer = await client.post('touchpoints', body, 'application/json');
      expect(answer.status).toBe(400);
    }
  });

  it('answers 415 listing the allowed content types', async () => {
    const answer = await client.post('touchpoints', 'id,channel\n1,phone', 'text/csv');
    expect(answer.status).toBe(415);
    expect(answer.body).toMatchObject({
      message:
        'Content-Type must be one of: application/json, application/x-ndjson (got "text/csv")',
    });
  });

  it('answers 413 naming the limit for more than 10,000 touchpoints', async () => {
    const rows = Array.from({ length: 10_001 }, (_, i) => touchpoint(`big-${i}`));
    const answer = await client.postJson(rows);
    expect(answer.status).toBe(413);
    expect(answer.body.message).toMatch(/At most 10000 touchpoints per application\/json request/);
    expect(await client.count('touchpoint')).toBe(6);
  });

  it('answers 413 naming the byte limit for an oversized JSON body', async () => {
    const body = `{"touchpoints":[],"pad":"${'x'.repeat(33 * 1024 * 1024)}"}`;
    const answer = await client.post('touchpoints', body, 'application/json');
    expect(answer.status).toBe(413);
    expect(answer.body.message).toMatch(/larger than the 32 MB limit/);
  });

  it('answers 404 for an unknown workspace', async () => {
    const answer = await new IngestClient(testApp, 'nope').postJson([touchpoint('x')]);
    expect(answer.status).toBe(404);
  });

  it('never answers 5xx to odd input', async () => {
    const odd: [string, string][] = [
      ['{"touchpoints": [null, 1, "x", [], {"id": {}}]}', 'application/json'],
      [
        '{"touchpoints": [{"id":"n","occurredAt":"2026-03-01T10:00:00Z","channel":"web","customer":{"email":"a@b.co"},"intent":"a\\u0000b","attributes":{"k":"\\ud800"}}]}',
        'application/json',
      ],
      ['\u0000\u0001garbage\n{"id":1}\n[1,2]\n"s"\n', 'application/x-ndjson'],
      [
        '{"touchpoints": [{"id":"big","occurredAt":"2026-03-01T10:00:00Z","channel":"web","customer":{"deviceId":"d"},"cost":1e300,"waitSeconds":1e308}]}',
        'application/json',
      ],
    ];
    for (const [body, type] of odd) {
      const answer = await client.post('touchpoints', body, type);
      expect(answer.status).toBeLessThan(500);
    }
  });
});

describe('request edge cases', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('answers 4xx, never 5xx, to repeated parameters and oversized JSON on other routes', async () => {
    const base = `${testApp.baseUrl}/api/v1`;
    const repeated = await fetch(`${base}/touchpoints?workspace=a&workspace=b`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"touchpoints":[]}',
    });
    // The global ValidationPipe joins a repeated string parameter ("a,b"): unknown workspace.
    expect(repeated.status).toBe(404);
    const identifiers = await fetch(
      `${base}/customers?identifier=email:a@x.co&identifier=email:b@x.co`,
    );
    expect(identifiers.status).toBe(400);
    const big = await fetch(`${base}/customers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        identifier: 'email:a@x.co',
        attributes: { pad: 'x'.repeat(2_000_000) },
      }),
    });
    expect(big.status).toBe(413);
    const empty = await fetch(`${base}/touchpoints`, { method: 'POST' });
    expect(empty.status).toBe(415);
  });
});
