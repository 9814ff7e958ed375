import type { ImportJobDto } from '@journey-atlas/shared/domain';
import { DataSource } from 'typeorm';
import { IngestClient, ndjson, touchpoint } from '../../test/ingest-client';
import { importFile, startImport, waitForImport } from '../../test/import-client';
import { startTestApp, type TestApp } from '../../test/test-app';

describe('POST /api/v1/imports (CSV and NDJSON files)', () => {
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

  const rows = (client: IngestClient, sql: string) =>
    testApp.app
      .get(DataSource)
      .query(
        `SELECT ${sql} FROM touchpoint t JOIN workspace w ON w.id = t.workspace_id WHERE w.slug = $1 ORDER BY t.external_id`,
        [client.workspace],
      );

  it('reads a semicolon, Latin-1, CRLF file; reports the bad row by line and stores the others', async () => {
    const client = await clientFor('imp-latin1');
    const csv = [
      'id;occurredAt;channel;email;intent;cost',
      't1;2026-03-01T10:00:00Z;phone;ana@x.com;facture réglée;12,5',
      't2;2026-03-01T11:00:00Z;fax;bob@x.com;x;',
      't3;2026-03-01T12:00:00Z;chat;zoë@x.com;ça va;',
    ].join('\r\n');
    const job = await importFile(client, Buffer.from(`${csv}\r\n`, 'latin1'), 'text/csv');
    expect(job).toMatchObject({
      status: 'done',
      format: 'csv',
      detected: { encoding: 'windows-1252', delimiter: ';', ignoredColumns: [] },
      progress: { rowsRead: 3, accepted: 2, duplicates: 0, rejected: 1 },
      rejectedRows: [
        {
          index: 1,
          line: 3,
          id: 't2',
          errors: [{ field: 'channel', message: expect.stringContaining('phone, ivr') }],
        },
      ],
      error: null,
    });
    expect(job.progress.bytesRead).toBe(job.progress.bytesTotal);
    expect(await rows(client, 't.external_id, t.intent, t.cost::float AS cost')).toEqual([
      { external_id: 't1', intent: 'facture réglée', cost: 12.5 },
      { external_id: 't3', intent: 'ça va', cost: null },
    ]);
    const again = await importFile(client, Buffer.from(`${csv}\r\n`, 'latin1'), 'text/csv');
    expect(again.progress).toMatchObject({ accepted: 0, duplicates: 2, rejected: 1 });
    // The import analysed what it filled (the builds plan from those statistics).
    const analysed = (await testApp.app.get(DataSource).query(
      `SELECT relname FROM pg_stat_user_tables
        WHERE relname IN ('touchpoint', 'customer', 'customer_identifier')
          AND last_analyze >= $1::timestamptz ORDER BY relname`,
      [job.createdAt],
    )) as { relname: string }[];
    expect(analysed.map((row) => row.relname)).toEqual([
      'customer',
      'customer_identifier',
      'touchpoint',
    ]);
  });

  it('imports an NDJSON file, and a re-import counts every row as a duplicate', async () => {
    const client = await clientFor('imp-ndjson');
    const body = ndjson([touchpoint('n1'), touchpoint('n2'), { id: 'n3' }, touchpoint('n4')]);
    const first = await importFile(client, body, 'application/x-ndjson');
    expect(first.progress).toMatchObject({ rowsRead: 4, accepted: 3, duplicates: 0, rejected: 1 });
    expect(first.rejectedRows[0]).toMatchObject({ line: 3, id: 'n3' });
    const again = await importFile(client, body, 'application/x-ndjson');
    expect(again.progress).toMatchObject({ accepted: 0, duplicates: 3, rejected: 1 });
    expect(await client.count('touchpoint')).toBe(3);
  });

  it('applies a mapping: renamed columns, value maps, constants, date-only times with the assumption recorded', async () => {
    const client = await clientFor('imp-mapping');
    const mapping = {
      columns: {
        Ref: 'id',
        Klant: 'account_id',
        Datum: 'occurredAt',
        Kanaal: 'channel',
        Uitkomst: 'outcome',
      },
      values: { channel: { T: 'phone', W: 'web' }, outcome: { OK: 'resolved' } },
      constants: { source: 'crm', interactionType: 'complaint' },
      attributes: ['Regio'],
      timestamps: { timeZone: 'Europe/Amsterdam', timeOfDay: '09:30' },
    };
    const csv =
      'Ref\tKlant\tDatum\tKanaal\tUitkomst\tRegio\nr1\tk1\t2026-01-15\tT\tOK\tNoord\nr2\tk1\t2026-07-15 14:00\tW\t\tZuid\n';
    const job = await importFile(
      client,
      csv,
      'text/csv',
      `mapping=${encodeURIComponent(JSON.stringify(mapping))}`,
    );
    expect(job.progress).toMatchObject({ accepted: 2, rejected: 0 });
    expect(job.detected?.delimiter).toBe('\t');
    const stored = await rows(
      client,
      `t.external_id, t.source, t.channel, t.outcome, t.interaction_type, t.attributes, t.assumptions,
       to_char(t.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS utc`,
    );
    expect(stored).toEqual([
      {
        external_id: 'r1',
        source: 'crm',
        channel: 'phone',
        outcome: 'resolved',
        interaction_type: 'complaint',
        attributes: { Regio: 'Noord' },
        assumptions: {
          occurredAt: { given: '2026-01-15', timeZone: 'Europe/Amsterdam', timeOfDay: '09:30' },
        },
        utc: '2026-01-15 08:30',
      },
      {
        external_id: 'r2',
        source: 'crm',
        channel: 'web',
        outcome: null,
        interaction_type: 'complaint',
        attributes: { Regio: 'Zuid' },
        assumptions: { occurredAt: { given: '2026-07-15 14:00', timeZone: 'Europe/Amsterdam' } },
        utc: '2026-07-15 12:00',
      },
    ]);
    expect(await client.count('customer')).toBe(1);
  });

  it('takes a multipart upload with a mapping field, and refuses a bad mapping with 400', async () => {
    const client = await clientFor('imp-multipart');
    const form = new FormData();
    form.append('mapping', JSON.stringify({ constants: { source: 'form' } }));
    form.append(
      'file',
      new Blob([
        '\uFEFFid,occurredAt,channel,phone\r\nm1,2026-03-01T10:00:00Z,sms,07700 900123\r\n',
      ]),
      'export.csv',
    );
    const queued = await startImport(client, form, undefined);
    expect(queued).toMatchObject({ status: 'queued', fileName: 'export.csv', format: 'csv' });
    const job = await waitForImport(client, queued.id);
    expect(job.progress).toMatchObject({ accepted: 1, rejected: 0 });
    expect(await rows(client, 't.source')).toEqual([{ source: 'form' }]);

    const bad = await fetch(
      client.url('imports', `mapping=${encodeURIComponent('{"values":{"channel":{"1":"fax"}}}')}`),
      {
        method: 'POST',
        headers: { 'content-type': 'text/csv' },
        body: 'id\n',
      },
    );
    expect(bad.status).toBe(400);
    expect((await bad.json()).message).toContain('mapping.values.channel.1 must be one of: phone');
    const unsupported = await fetch(client.url('imports'), {
      method: 'POST',
      headers: { 'content-type': 'application/pdf' },
      body: 'x',
    });
    expect(unsupported.status).toBe(415);
    const unknown = await fetch(`${testApp.baseUrl}/api/v1/imports?workspace=no-such-ws`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: 'id\n',
    });
    expect(unknown.status).toBe(404);
  });

  it('streams progress as Server-Sent Events until the import is done', async () => {
    const client = await clientFor('imp-events');
    const body = ndjson(Array.from({ length: 12_000 }, (_, i) => touchpoint(`e-${i}`)));
    const queued = await startImport(client, body, 'application/x-ndjson');
    const response = await fetch(client.url(`imports/${queued.id}/events`));
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const text = await response.text();
    const events = [...text.matchAll(/^event: (\w+)\ndata: (.*)$/gm)].map((m) => ({
      event: m[1],
      data: JSON.parse(m[2]),
    }));
    const last = events[events.length - 1];
    expect(last.event).toBe('done');
    expect(last.data.progress).toMatchObject({ rowsRead: 12_000, accepted: 12_000 });
    expect(events.slice(0, -1).every((e) => e.event === 'progress')).toBe(true);
    const missing = await fetch(client.url('imports/00000000-0000-0000-0000-000000000000'));
    expect(missing.status).toBe(404);
  });

  it('keeps the rows it rejected so far when the import fails', async () => {
    const client = await clientFor('imp-failed');
    const db = testApp.app.get(DataSource);
    // A real failure inside Postgres: storing the touchpoint "boom" raises an error.
    await db.query(`CREATE FUNCTION it_fail_import() RETURNS trigger LANGUAGE plpgsql AS $$
                      BEGIN RAISE EXCEPTION 'planted failure for %', NEW.external_id; END $$`);
    await db.query(`CREATE TRIGGER it_fail_import BEFORE INSERT ON touchpoint FOR EACH ROW
                      WHEN (NEW.external_id = 'imp-failed-boom') EXECUTE FUNCTION it_fail_import()`);
    try {
      const body = ndjson([
        touchpoint('f1'),
        touchpoint('f2', { channel: 'fax' }),
        'not json',
        touchpoint('imp-failed-boom'),
        touchpoint('f5', { customer: {} }),
      ]).replace('"not json"', '{not json');
      const job = await importFile(client, body, 'application/x-ndjson');
      expect(job).toMatchObject({
        status: 'failed',
        error: expect.stringContaining('planted failure for imp-failed-boom'),
        progress: { accepted: 0, rejected: 3 },
      });
      expect(job.finishedAt).not.toBeNull();
      expect(job.rejectedRows).toEqual([
        { index: 1, line: 2, id: 'f2', errors: [expect.objectContaining({ field: 'channel' })] },
        {
          index: 2,
          line: 3,
          errors: [{ field: '(line)', message: expect.stringContaining('not valid JSON') }],
        },
        { index: 4, line: 5, id: 'f5', errors: [expect.objectContaining({ field: 'customer' })] },
      ]);
      // The failed batch was rolled back as a whole.
      expect(await client.count('touchpoint')).toBe(0);
      const { body: again } = await client.get<ImportJobDto>(`imports/${job.id}`);
      expect(again.rejectedRows).toEqual(job.rejectedRows);
    } finally {
      await db.query('DROP TRIGGER it_fail_import ON touchpoint');
      await db.query('DROP FUNCTION it_fail_import()');
    }
  });

  it('marks a job a previous process left running as failed on the next start', async () => {
    const client = await clientFor('imp-restart');
    const workspaceId = await client.ensureWorkspace();
    const [{ id }] = await testApp.app.get(DataSource).query(
      `INSERT INTO import_job (workspace_id, status, format, rejected, started_at)
         VALUES ($1, 'running', 'csv', '[]', now()) RETURNING id`,
      [workspaceId],
    );
    const restarted = await startTestApp();
    await restarted.close();
    const { body } = await client.get<ImportJobDto>(`imports/${id}`);
    expect(body).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('import the file again'),
    });
    expect(body.finishedAt).not.toBeNull();
  });
});
