import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { JobDto, RebuildAcceptedDto } from '@journey-atlas/api/journeys';
import type {
  AlertFiringDto,
  AlertRuleDto,
  LiveMetricsEventDto,
  LiveTouchpointsEventDto,
} from '@journey-atlas/shared/domain';
import { IngestClient, touchpoint } from '../../test/ingest-client';
import { startTestApp, type TestApp } from '../../test/test-app';

const DAY = 86_400_000;

/** `days` whole days before today's UTC midnight, plus `seconds`. */
function daysAgo(days: number, seconds = 60): string {
  const midnight = Math.floor(Date.now() / DAY) * DAY;
  return new Date(midnight - days * DAY + seconds * 1000).toISOString();
}

/** One customer's journey: web self-service, then a phone call ten minutes later. */
function webThenPhone(id: string, at: string, intent = 'router offline') {
  const later = new Date(Date.parse(at) + 600_000).toISOString();
  const customer = { email: `${id}@example.com` };
  return [
    touchpoint(`${id}-w`, { occurredAt: at, channel: 'web', intent, customer }),
    touchpoint(`${id}-p`, { occurredAt: later, channel: 'phone', intent, customer }),
  ];
}

interface SseEvent {
  type: string;
  data: unknown;
}

/** Reads Server-Sent Events from a real HTTP response. */
class SseReader {
  private buffer = '';
  private readonly decoder = new TextDecoder();

  private constructor(
    private readonly reader: ReadableStreamDefaultReader<Uint8Array>,
    private readonly abort: AbortController,
    readonly response: Response,
  ) {}

  static async open(url: string): Promise<SseReader> {
    const abort = new AbortController();
    const response = await fetch(url, { signal: abort.signal });
    if (!response.body) throw new Error('no body');
    return new SseReader(response.body.getReader(), abort, response);
  }

  /** The next event of this type (others are skipped); null when the stream ended. */
  async next(type: string): Promise<SseEvent | null> {
    for (;;) {
      const end = this.buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 2);
        const event = parse(block);
        if (event?.type === type) return event;
        continue;
      }
      const { done, value } = await this.reader.read();
      if (done) return null;
      this.buffer += this.decoder.decode(value, { stream: true });
    }
  }

  close(): void {
    this.abort.abort();
  }
}

function parse(block: string): SseEvent | null {
  let type = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event:')) type = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
  }
  return data.length ? { type, data: JSON.parse(data.join('\n')) } : null;
}

describe('journey alerts and the live stream (HTTP, real Postgres)', () => {
  let testApp: TestApp;
  let client: IngestClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    client = new IngestClient(testApp, `al-${randomUUID().slice(0, 8)}`);
    await client.ensureWorkspace();
  });

  afterAll(async () => {
    await testApp?.close();
  });

  async function postRule(body: unknown, workspace = client.workspace) {
    const response = await fetch(`${testApp.baseUrl}/api/v1/alerts?workspace=${workspace}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as AlertRuleDto & Problem };
  }

  /** Queues a full rebuild (the test app's worker runs jobs) and waits until it is done. */
  async function rebuild(): Promise<void> {
    const response = await fetch(client.url('journeys/rebuild'), { method: 'POST' });
    expect(response.status).toBe(202);
    const { jobId } = (await response.json()) as RebuildAcceptedDto;
    let job = (await client.get<JobDto>(`jobs/${jobId}`)).body;
    for (let i = 0; i < 400 && ['queued', 'running'].includes(job.status); i++) {
      await sleep(50);
      job = (await client.get<JobDto>(`jobs/${jobId}`)).body;
    }
    expect(job.status).toBe('done');
  }

  async function rules(): Promise<AlertRuleDto[]> {
    return (await client.get<AlertRuleDto[]>('alerts')).body;
  }

  /** Waits until the rules have this many firings in all (evaluation runs after the build). */
  async function untilFirings(total: number): Promise<AlertRuleDto[]> {
    let current = await rules();
    const count = (list: AlertRuleDto[]) => list.reduce((sum, r) => sum + r.firingCount, 0);
    for (let i = 0; i < 400 && count(current) < total; i++) {
      await sleep(50);
      current = await rules();
    }
    return current;
  }

  it('fires transition and metric rules after a build, once per build, with their history', async () => {
    // web -> phone for "router offline": 2, 3, 2, 3 journeys in the four weeks before this
    // one (mean 2.5, sd 0.577 floored at 1: threshold 5.5), and 8 this week.
    const weekly = [2, 3, 2, 3];
    const rows = weekly.flatMap((count, w) =>
      Array.from({ length: count }, (_, i) => webThenPhone(`b${w}-${i}`, daysAgo(7 * (w + 1) + 6))),
    );
    for (let i = 0; i < 8; i++) rows.push(webThenPhone(`c-${i}`, daysAgo(0, 60 + i)));
    const ingest = await client.postJson(rows.flat());
    expect(ingest.body).toMatchObject({ accepted: 36, rejectedCount: 0 });

    const escalations = await postRule({
      name: 'Web → phone for router offline',
      kind: 'transition_baseline',
      fromChannel: 'web',
      toChannel: 'phone',
      intent: 'router offline',
    });
    expect(escalations.status).toBe(201);
    expect(escalations.body).toMatchObject({
      name: 'Web → phone for router offline',
      condition: { windowWeeks: 4, sigma: 3, granularity: 'week', intent: 'router offline' },
      firingCount: 0,
      recentFirings: [],
    });
    const quiet = await postRule({
      name: 'Web → phone for billing',
      kind: 'transition_baseline',
      fromChannel: 'web',
      toChannel: 'phone',
      intent: 'billing',
    });
    const containment = await postRule({
      name: 'Containment below 40%',
      kind: 'metric_threshold',
      metric: 'containment',
      comparison: 'below',
      value: 0.4,
      filters: { intent: 'router offline' },
    });
    const high = await postRule({
      name: 'Containment above 90%',
      kind: 'metric_threshold',
      metric: 'containment',
      comparison: 'above',
      value: 0.9,
    });
    expect([quiet.status, containment.status, high.status]).toEqual([201, 201, 201]);

    await rebuild();
    const after = await untilFirings(2);
    const byName = new Map(after.map((rule) => [rule.name, rule]));
    expect(byName.get('Web → phone for billing')?.firingCount).toBe(0);
    expect(byName.get('Containment above 90%')?.firingCount).toBe(0);
    expect(byName.get('Containment below 40%')?.recentFirings).toEqual([
      expect.objectContaining({ value: 0, threshold: 0.4, baselineMean: null, baselineSd: null }),
    ]);
    const [fired] = byName.get('Web → phone for router offline')?.recentFirings ?? [];
    expect(fired).toMatchObject({
      ruleId: escalations.body.id,
      ruleName: 'Web → phone for router offline',
      value: 8,
      baselineMean: 2.5,
      threshold: 5.5,
      firedAt: expect.any(String),
      message: expect.stringContaining('web → phone for "router offline": 8 this week'),
    });
    expect(fired.baselineSd).toBeCloseTo(Math.sqrt(1 / 3), 10);

    // Another build: one more firing per firing rule, never two from one evaluation.
    await rebuild();
    await untilFirings(4);
    const history = await client.get<AlertFiringDto[]>(`alerts/${escalations.body.id}/firings`);
    expect(history.status).toBe(200);
    expect(history.body).toHaveLength(2);
    expect(history.body[0].firedAt >= history.body[1].firedAt).toBe(true);
    expect((await rules()).map((rule) => rule.firingCount)).toEqual([2, 0, 2, 0]);
    const latest = await client.get<AlertFiringDto[]>('alerts/firings', 'limit=3');
    expect(latest.body).toHaveLength(3);
  });

  it('streams heartbeat, touchpoints per minute, alerts and metrics over real HTTP', async () => {
    const live = await SseReader.open(client.url('live'));
    try {
      expect(live.response.status).toBe(200);
      expect(live.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      expect(await live.next('heartbeat')).toEqual({
        type: 'heartbeat',
        data: { at: expect.any(String) },
      });
      const first = (await live.next('touchpoints'))?.data as LiveTouchpointsEventDto;
      expect(first.workspace).toBe(client.workspace);
      expect(first.minutes).toHaveLength(10);
      const before = first.minutes.reduce((sum, m) => sum + m.total, 0);
      const chats = (event: LiveTouchpointsEventDto) =>
        event.minutes.reduce((sum, m) => sum + (m.byChannel['chat'] ?? 0), 0);

      // New touchpoints show up in a later touchpoints event, by channel.
      await client.postJson([
        touchpoint(`live-1`, { occurredAt: daysAgo(0, 120), channel: 'chat' }),
        touchpoint(`live-2`, { occurredAt: daysAgo(0, 121), channel: 'chat' }),
      ]);
      let latest = first;
      while (latest.minutes.reduce((sum, m) => sum + m.total, 0) < before + 2) {
        latest = (await live.next('touchpoints'))?.data as LiveTouchpointsEventDto;
      }
      // By ingestion minute: the post may straddle a minute boundary, or the event come
      // in the next minute, so the chats are counted over the window.
      expect(chats(latest)).toBeGreaterThanOrEqual(chats(first) + 2);

      // A build fires the rules from the first test and sends the key metrics.
      await rebuild();
      const alert = (await live.next('alert'))?.data as AlertFiringDto;
      expect(alert).toMatchObject({ ruleName: expect.any(String), value: expect.any(Number) });
      const metrics = (await live.next('metrics'))?.data as LiveMetricsEventDto;
      expect(metrics).toMatchObject({ workspace: client.workspace, build: 'full' });
      expect(metrics.metrics.map((m) => m.name)).toContain('containment');
      expect(metrics.journeys).toBeGreaterThan(0);
    } finally {
      live.close();
    }
  });

  it('answers 400 naming the field for bad rules, 404 for unknown ones', async () => {
    const bad = async (body: unknown) => (await postRule(body)).body;
    expect(await bad({ name: 'x', kind: 'sometimes' })).toMatchObject({
      statusCode: 400,
      message: expect.stringMatching(/"kind".*metric_threshold, transition_baseline/),
    });
    expect(
      await bad({
        name: 'x',
        kind: 'metric_threshold',
        metric: 'joy',
        comparison: 'below',
        value: 1,
      }),
    ).toMatchObject({ statusCode: 400, message: expect.stringMatching(/"metric".*containment/) });
    expect(
      await bad({
        name: 'x',
        kind: 'metric_threshold',
        metric: 'fcr',
        comparison: 'below',
        value: 1,
        filters: { channel: 'fax' },
      }),
    ).toMatchObject({ statusCode: 400, message: expect.stringContaining('filters.channel') });
    expect(
      await bad({
        name: 'x',
        kind: 'transition_baseline',
        fromChannel: 'web',
        toChannel: 'pigeon',
      }),
    ).toMatchObject({ statusCode: 400, message: expect.stringContaining('"toChannel"') });
    expect(
      await bad({
        name: 'x',
        kind: 'transition_baseline',
        fromChannel: 'web',
        toChannel: 'phone',
        sigma: 'lots',
      }),
    ).toMatchObject({ statusCode: 400, message: expect.stringContaining('"sigma"') });
    expect((await postRule({ name: 'x' }, 'no-such-workspace')).status).toBe(404);

    const created = await postRule({
      name: 'to delete',
      kind: 'transition_baseline',
      fromChannel: 'chat',
      toChannel: 'phone',
    });
    const url = `${testApp.baseUrl}/api/v1/alerts/${created.body.id}?workspace=${client.workspace}`;
    const deleted = await fetch(url, { method: 'DELETE' });
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toEqual({ id: created.body.id, deleted: true, firingsDeleted: 0 });
    expect((await fetch(url, { method: 'DELETE' })).status).toBe(404);
    expect((await client.get(`alerts/${created.body.id}/firings`)).status).toBe(404);
    expect((await client.get('alerts/not-a-uuid/firings')).status).toBe(400);
    expect((await client.get('alerts/firings', 'limit=0')).status).toBe(400);
    expect((await fetch(`${testApp.baseUrl}/api/v1/live?workspace=no-such-workspace`)).status).toBe(
      404,
    );
  });

  it('ends open live streams when the app shuts down', async () => {
    const other = await startTestApp();
    const live = await SseReader.open(`${other.baseUrl}/api/v1/live`);
    expect(await live.next('heartbeat')).not.toBeNull();
    await other.close();
    expect(await live.next('never-sent')).toBeNull();
  });
});

interface Problem {
  statusCode?: number;
  message?: string;
}
