import type {
  CustomerProfileDto,
  DataQualityIdentifiersDto,
  SplitResultDto,
} from '@journey-atlas/shared/domain';
import { DataSource } from 'typeorm';
import { IngestClient, touchpoint } from '../../test/ingest-client';
import { startTestApp, type TestApp } from '../../test/test-app';

describe('identity stitching (HTTP, real Postgres)', () => {
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

  async function customerOf(client: IngestClient, identifier: string): Promise<CustomerProfileDto> {
    const answer = await client.get<CustomerProfileDto>(
      'customers',
      `identifier=${encodeURIComponent(identifier)}`,
    );
    expect(answer.status).toBe(200);
    return answer.body;
  }

  async function accept(client: IngestClient, rows: unknown[]): Promise<void> {
    const answer = await client.postJson(rows);
    expect(answer.body).toMatchObject({ accepted: rows.length, rejectedCount: 0 });
  }

  it('merges two customers when one touchpoint carries both identifiers, and a split reverses it', async () => {
    const client = await clientFor('id-merge');
    await accept(client, [touchpoint('t1', { customer: { email: 'Ana@X.com' } })]);
    await accept(client, [touchpoint('t2', { customer: { phone: '07700 900018' } })]);
    const ana = await customerOf(client, 'email:ana@x.com');
    const phone = await customerOf(client, 'phone:+447700900018');
    expect(ana.id).not.toBe(phone.id);

    await accept(client, [
      touchpoint('t3', { customer: { email: 'ana@x.com', phone: '+44 7700 900018' } }),
    ]);
    const merged = await customerOf(client, 'phone:07700900018');
    expect(merged.id).toBe(ana.id); // the older customer survives
    expect(merged.touchpointCount).toBe(3);
    expect(merged.identifiers).toEqual([
      { kind: 'email', masked: 'a***@x.com', mergeBlock: null },
      { kind: 'phone', masked: '+44*******018', mergeBlock: null },
    ]);
    expect(merged.history).toEqual([
      {
        action: 'merge',
        at: expect.any(String),
        otherCustomerId: phone.id,
        touchpoint: { source: 'it', id: 't3' },
        identifier: { kind: 'phone', masked: '+44*******018' },
        movedTouchpoints: 1,
      },
    ]);
    const absorbed = await client.get<CustomerProfileDto>(`customers/${phone.id}`);
    expect(absorbed.body).toMatchObject({ mergedIntoId: ana.id, touchpointCount: 0 });
    const changed = await testApp.app
      .get(DataSource)
      .query('SELECT customer_id FROM customer_change WHERE customer_id = ANY($1::uuid[])', [
        [ana.id, phone.id],
      ]);
    expect(changed).toHaveLength(2);

    const split = await client.post<SplitResultDto>(
      `customers/${ana.id}/split`,
      JSON.stringify({ identifier: 'phone:+447700900018' }),
      'application/json',
    );
    expect(split.status).toBe(200);
    expect(split.body.customer).toMatchObject({ id: ana.id, touchpointCount: 2 });
    expect(split.body.customer.identifiers.map((i) => i.kind)).toEqual(['email']);
    expect(split.body.detachedTo).toMatchObject({
      id: phone.id,
      mergedIntoId: null,
      touchpointCount: 1,
      identifiers: [{ kind: 'phone', masked: '+44*******018', mergeBlock: 'split' }],
    });
    expect(split.body.customer.history.map((h) => h.action)).toEqual(['merge', 'split']);
    expect((await customerOf(client, 'phone:+447700900018')).id).toBe(phone.id);

    // The detached identifier does not glue the two together again.
    await accept(client, [
      touchpoint('t4', { customer: { email: 'ana@x.com', phone: '+447700900018' } }),
    ]);
    expect((await customerOf(client, 'email:ana@x.com')).touchpointCount).toBe(3);
    expect((await customerOf(client, 'phone:+447700900018')).id).toBe(phone.id);
  });

  it('splits an identifier that came without a merge off to a new customer', async () => {
    const client = await clientFor('id-split-new');
    await accept(client, [
      touchpoint('both', { customer: { accountId: 'AC-1', socialHandle: '@Shared' } }),
      touchpoint('social-only', { channel: 'social', customer: { socialHandle: 'shared' } }),
      touchpoint('account-only', { customer: { accountId: 'AC-1' } }),
    ]);
    const before = await customerOf(client, 'accountId:AC-1');
    expect(before.touchpointCount).toBe(3);
    const split = await client.post<SplitResultDto>(
      `customers/${before.id}/split`,
      JSON.stringify({ identifier: 'socialHandle:@SHARED' }),
      'application/json',
    );
    expect(split.status).toBe(200);
    expect(split.body.customer.touchpointCount).toBe(2);
    expect(split.body.detachedTo).toMatchObject({
      touchpointCount: 1,
      identifiers: [{ kind: 'socialHandle', masked: '@s***', mergeBlock: 'split' }],
      history: [
        {
          action: 'split',
          otherCustomerId: before.id,
          identifier: { kind: 'socialHandle', masked: '@s***' },
          movedTouchpoints: 1,
        },
      ],
    });
    expect(split.body.detachedTo.id).not.toBe(before.id);

    const other = await clientFor('id-split-other');
    const elsewhere = await other.get<CustomerProfileDto>(`customers/${before.id}`);
    expect(elsewhere.status).toBe(404);
  });

  it('joins a chain of customers linked inside one batch into the oldest', async () => {
    const client = await clientFor('id-chain');
    await accept(client, [touchpoint('a', { customer: { email: 'a@x.com' } })]);
    await accept(client, [touchpoint('b', { customer: { email: 'b@x.com' } })]);
    await accept(client, [touchpoint('c', { customer: { email: 'c@x.com' } })]);
    const first = await customerOf(client, 'email:a@x.com');
    await accept(client, [
      touchpoint('ab', { customer: { email: 'a@x.com', deviceId: 'dev-1' } }),
      touchpoint('bd', { customer: { deviceId: 'dev-1', email: 'b@x.com' } }),
      touchpoint('cb', { customer: { email: 'c@x.com', accountId: 'ACC-1' } }),
      touchpoint('cc', { customer: { accountId: 'ACC-1', email: 'b@x.com' } }),
    ]);
    const all = await customerOf(client, 'accountId:ACC-1');
    expect(all.id).toBe(first.id);
    expect(all.touchpointCount).toBe(7);
    expect(all.history.filter((h) => h.action === 'merge')).toHaveLength(2);
    expect(await client.count('customer_identifier')).toBe(5);
  });

  it('stops merging through an identifier that links more customers than the cap, and lists it', async () => {
    const client = await clientFor('id-cap');
    const workspaceId = await client.ensureWorkspace();
    await accept(client, [touchpoint('seed', { customer: { accountId: 'seed' } })]);
    await testApp.app
      .get(DataSource)
      .query('UPDATE identity_settings SET identifier_cap = 3 WHERE workspace_id = $1', [
        workspaceId,
      ]);

    // A shared office phone next to five different people in one batch: no merge.
    await accept(
      client,
      [1, 2, 3, 4, 5].map((i) =>
        touchpoint(`office-${i}`, { customer: { email: `p${i}@x.com`, phone: '+442079460018' } }),
      ),
    );
    const ids = new Set<string>();
    for (const i of [1, 2, 3, 4, 5]) ids.add((await customerOf(client, `email:p${i}@x.com`)).id);
    expect(ids.size).toBe(5);

    // A kiosk device seen with one person per request: merges until the cap, then stops.
    for (const i of [1, 2, 3, 4, 5]) {
      await accept(client, [
        touchpoint(`kiosk-${i}`, { customer: { deviceId: 'kiosk-9', email: `k${i}@x.com` } }),
      ]);
    }
    const kiosk = await customerOf(client, 'deviceId:kiosk-9');
    expect(kiosk.identifiers.filter((i) => i.kind === 'email')).toHaveLength(3);
    expect((await customerOf(client, 'email:k4@x.com')).id).not.toBe(kiosk.id);

    const report = await client.get<DataQualityIdentifiersDto>('data-quality/identifiers');
    expect(report.status).toBe(200);
    expect(report.body.identifiers).toEqual([
      expect.objectContaining({ kind: 'phone', masked: '+44*******018', linkedCustomers: 5 }),
      expect.objectContaining({ kind: 'deviceId', masked: 'k***9', linkedCustomers: 4 }),
    ]);
  });

  it('upserts segment attributes for a customer named by any identifier', async () => {
    const client = await clientFor('id-segments');
    const created = await client.post<CustomerProfileDto>(
      'customers',
      JSON.stringify({
        identifier: 'accountId:A-77',
        region: 'North',
        tier: 'Gold',
        attributes: { a: 1 },
      }),
      'application/json',
    );
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      region: 'North',
      tier: 'Gold',
      valueBand: null,
      attributes: { a: 1 },
    });

    await accept(client, [
      touchpoint('s1', { customer: { accountId: 'A-77', email: 'seg@x.com' } }),
    ]);
    const updated = await client.post<CustomerProfileDto>(
      'customers',
      JSON.stringify({
        identifier: 'email:SEG@x.com',
        valueBand: 'high',
        tier: null,
        attributes: { b: 2 },
      }),
      'application/json',
    );
    expect(updated.body).toMatchObject({
      id: created.body.id,
      region: 'North',
      tier: null,
      valueBand: 'high',
      attributes: { a: 1, b: 2 },
      touchpointCount: 1,
    });

    // Journeys carry the customer's segment: a change queues the customer for the journey
    // engine, an upsert that changes nothing does not.
    const db = testApp.app.get(DataSource);
    const queued = async (upsert: Record<string, unknown>) => {
      await db.query(`DELETE FROM customer_change WHERE customer_id = $1`, [created.body.id]);
      const answer = await client.post<CustomerProfileDto>(
        'customers',
        JSON.stringify({ identifier: 'accountId:A-77', ...upsert }),
        'application/json',
      );
      expect(answer.status).toBe(200);
      const rows = (await db.query(`SELECT 1 FROM customer_change WHERE customer_id = $1`, [
        created.body.id,
      ])) as unknown[];
      return rows.length === 1;
    };
    expect(await queued({ region: 'North', attributes: { b: 2 } })).toBe(false);
    expect(await queued({ attributes: { b: 3 } })).toBe(true);
    expect(await queued({ region: 'South' })).toBe(true);
    expect(await queued({})).toBe(false);
  });

  it('answers bad customer requests with 4xx naming the problem', async () => {
    const client = await clientFor('id-errors');
    const cases: [string, number, RegExp][] = [
      ['customers', 400, /identifier is required/],
      [
        'customers?identifier=fax:123',
        400,
        /kind one of accountId, email, phone, socialHandle, deviceId/,
      ],
      ['customers?identifier=phone:12', 400, /phone/],
      [
        'customers?identifier=email:nobody@x.com',
        404,
        /No customer has the identifier email:n\*\*\*@x.com/,
      ],
      ['customers/not-a-uuid', 400, /must be a UUID/],
      ['customers/00000000-0000-4000-8000-000000000000', 404, /does not exist/],
    ];
    for (const [path, status, message] of cases) {
      const [route, query = ''] = path.split('?');
      const answer = await client.get<unknown>(route, query);
      expect({ path, status: answer.status }).toEqual({ path, status });
      expect(answer.body.message).toMatch(message);
    }
    const posts: [string, string, number, RegExp][] = [
      ['customers', '{"identifier": "email:a@x.com", "region": 5}', 400, /region must be a string/],
      [
        'customers',
        '{"identifier": "email:a@x.com", "colour": "red"}',
        400,
        /colour unknown field/,
      ],
      ['customers', '{"identifier": ', 400, /JSON/],
      ['customers', '{}', 400, /identifier is required/],
    ];
    for (const [route, body, status, message] of posts) {
      const answer = await client.post<unknown>(route, body, 'application/json');
      expect({ body, status: answer.status }).toEqual({ body, status });
      expect(answer.body.message).toMatch(message);
    }
    await accept(client, [touchpoint('e1', { customer: { email: 'solo@x.com' } })]);
    const solo = await customerOf(client, 'email:solo@x.com');
    const onlyOne = await client.post<unknown>(
      `customers/${solo.id}/split`,
      JSON.stringify({ identifier: 'email:solo@x.com' }),
      'application/json',
    );
    expect(onlyOne.status).toBe(409);
    const notLinked = await client.post<unknown>(
      `customers/${solo.id}/split`,
      JSON.stringify({ identifier: 'email:other@x.com' }),
      'application/json',
    );
    expect(notLinked.status).toBe(404);
  });

  it('never stores identifiers in clear', async () => {
    const rows = await testApp.app.get(DataSource).query(
      `SELECT count(*)::int AS clear FROM customer_identifier
          WHERE masked LIKE '%ana@%' OR masked LIKE '%900018%' OR octet_length(key_hash) <> 32`,
    );
    expect(rows[0].clear).toBe(0);
  });
});
