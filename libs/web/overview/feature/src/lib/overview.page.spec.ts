import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideLocationMocks } from '@angular/common/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { MetricReportDto } from '@journey-atlas/shared/domain';
import {
  LIVE_EVENT_SOURCE,
  type LiveEventSource,
  type MetricsResponse,
  OVERVIEW_METRICS,
  overviewPeriod,
} from '@journey-atlas/web/overview/data-access';
import { OverviewPage } from './overview.page';

function metric(name: string, value: number): MetricReportDto {
  return {
    name,
    label: `Label ${name}`,
    unit: 'ratio',
    betterWhen: 'higher',
    value,
    numerator: value * 10,
    denominator: 10,
    previous: { value: value - 0.1, numerator: 1, denominator: 10 },
    change: 0.1,
    direction: 'up',
    improved: true,
    series: [
      { start: '2026-11-02', value: value - 0.1, numerator: 1, denominator: 10 },
      { start: '2026-11-09', value, numerator: 1, denominator: 10 },
    ],
  };
}

function response(journeys: number): MetricsResponse {
  return {
    filter: {
      workspace: 'default',
      from: '2026-01-01',
      to: '2026-02-01',
      intent: null,
      channel: null,
      team: null,
      agent: null,
      segment: {},
    },
    previousFrom: '2025-12-01',
    previousTo: '2026-01-01',
    groupBy: null,
    period: 'week',
    journeys,
    journeySource: 'rollup',
    // answered in reverse: the page keeps its own order
    metrics: [...OVERVIEW_METRICS].reverse().map((name, i) => metric(name, i / 10)),
  };
}

/** An EventSource stand-in the test drives by hand. */
class FakeSource implements LiveEventSource {
  static opened: FakeSource[] = [];
  private readonly listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();
  onopen: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  readyState = 1;
  closed = false;

  constructor(readonly url: string) {
    FakeSource.opened.push(this);
  }

  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  emit(type: string, data: unknown): void {
    const event = new MessageEvent<string>(type, { data: JSON.stringify(data) });
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }

  close(): void {
    this.closed = true;
  }
}

const FILTER = response(0).filter;

function friction(rows: { type: string; count: number; costAdded: number }[]) {
  return {
    filter: FILTER,
    groupBy: null,
    journeys: 10,
    friction: rows.map((row) => ({
      ...row,
      rule: 'r',
      hurts: ['fcr'],
      journeysAffected: row.count,
      impacts: [],
    })),
  };
}

function shifts(intents: string[]) {
  return {
    filter: FILTER,
    leaks: [],
    opportunities: intents.map((intent) => ({
      intent,
      selfServiceJourneys: 10,
      containedJourneys: 8,
      containmentRate: 0.8,
      assistedJourneys: 50,
      assistedJourneysPerMonth: 50,
      shiftableJourneysPerMonth: 15,
      projectedMonthlySavings: 118.5,
      assumptions: {},
    })),
    assumptions: {},
  };
}

describe(OverviewPage.name, () => {
  beforeEach(() => {
    FakeSource.opened = [];
  });

  async function open(url: string) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: '', component: OverviewPage },
          { path: 'journey-map', children: [] },
          { path: 'friction', children: [] },
          { path: 'channel-shifts', children: [] },
        ]),
        { provide: LIVE_EVENT_SOURCE, useValue: (u: string) => new FakeSource(u) },
        provideLocationMocks(),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    const harness = await RouterTestingHarness.create(url);
    const http = TestBed.inject(HttpTestingController);
    const element = harness.routeNativeElement as HTMLElement;
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await harness.fixture.whenStable();
    };
    const request = () => http.expectOne((r) => r.url === '/api/v1/metrics');
    const entryPoints = () => ({
      friction: http.expectOne((r) => r.url === '/api/v1/friction'),
      shifts: http.expectOne((r) => r.url === '/api/v1/channel-shifts'),
    });
    return { harness, element, settle, request, entryPoints, http };
  }

  afterEach(() => {
    const http = TestBed.inject(HttpTestingController);
    // Tests about the metric cards leave the entry-point requests unanswered.
    http.match((r) => r.url === '/api/v1/friction' || r.url === '/api/v1/channel-shifts');
    http.verify();
  });

  it('reports the last 30 days ending today when no dates are set, and says so', async () => {
    const { element, request, settle } = await open('/');
    const period = overviewPeriod({ from: null, to: null }, new Date());
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Loading');
    const call = request();
    expect(call.request.params.get('from')).toBe(period.from);
    expect(call.request.params.get('to')).toBe(period.to);
    expect(call.request.params.get('period')).toBe('week');
    call.flush(response(40));
    await settle();
    expect(element.querySelector('[data-testid="overview-period"]')?.textContent).toContain(
      'Last 30 days ending today',
    );
    const titles = Array.from(element.querySelectorAll('ja-metric-card h2')).map(
      (h) => h.textContent,
    );
    expect(titles).toEqual(OVERVIEW_METRICS.map((name) => `Label ${name}`));
    expect(element.querySelectorAll('[data-testid="sparkline"]')).toHaveLength(7);
  });

  it('follows the filter bar’s dates and filters, and links to the journey map with them', async () => {
    const { element, request, settle } = await open('/?from=2026-01-01&to=2026-02-01&channel=web');
    const call = request();
    expect(call.request.params.toString()).toContain('from=2026-01-01&to=2026-02-01');
    expect(call.request.params.get('channel')).toBe('web');
    call.flush(response(40));
    await settle();
    const period = element.querySelector('[data-testid="overview-period"]')?.textContent ?? '';
    expect(period).toContain('2026-01-01 to 2026-01-31');
    expect(period).toContain('(31 days)');
    expect(period).toContain('Changes compare with the 31 days before.');
    expect(period).not.toContain('Last 30 days');
    const link = element.querySelector('nav a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe(
      '/journey-map?from=2026-01-01&to=2026-02-01&channel=web',
    );
  });

  it('says what to do when no journeys match', async () => {
    const { element, request, settle } = await open('/?channel=fax');
    request().flush(response(0));
    await settle();
    expect(element.textContent).toContain(
      'No journeys for these filters — widen the dates or clear filters.',
    );
    expect(element.querySelector('ja-metric-card')).toBeNull();
  });

  it('says what went wrong and retries on request', async () => {
    const { element, request, settle } = await open('/');
    request().flush({ message: 'database is down' }, { status: 503, statusText: 'Unavailable' });
    await settle();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      'could not be loaded: database is down',
    );
    (element.querySelector('[role="alert"] button') as HTMLButtonElement).click();
    request().flush(response(3));
    await settle();
    expect(element.querySelector('[role="alert"]')).toBeNull();
    expect(element.querySelectorAll('ja-metric-card')).toHaveLength(7);
  });

  it('leads to the top friction and the top channel-shift opportunity, with the filters', async () => {
    const { element, request, entryPoints, settle } = await open('/?channel=web');
    request().flush(response(40));
    const calls = entryPoints();
    expect(calls.friction.request.params.get('channel')).toBe('web');
    expect(calls.shifts.request.params.get('from')).toBe(calls.friction.request.params.get('from'));
    calls.friction.flush(friction([{ type: 'failed_containment', count: 12, costAdded: 96 }]));
    calls.shifts.flush(shifts(['billing', 'router offline']));
    await settle();
    const frictionCard = element.querySelector('[data-testid="entry-friction"]') as HTMLElement;
    expect(frictionCard.textContent).toContain('Failed containment');
    expect(frictionCard.textContent).toContain('12 events in 12 journeys, adding $96.00 in cost.');
    expect(frictionCard.querySelector('a')?.getAttribute('href')).toBe('/friction?channel=web');
    const shiftCard = element.querySelector('[data-testid="entry-channel-shift"]') as HTMLElement;
    expect(shiftCard.textContent).toContain('Move “billing” to self-service');
    expect(shiftCard.querySelector('a')?.getAttribute('href')).toBe('/channel-shifts?channel=web');
  });

  it('says what to do when there is no friction or opportunity, and what failed', async () => {
    const { element, request, entryPoints, settle } = await open('/');
    request().flush(response(4));
    const calls = entryPoints();
    calls.friction.flush(friction([]));
    calls.shifts.flush({ message: 'boom' }, { status: 500, statusText: 'Server Error' });
    await settle();
    expect(element.querySelector('[data-testid="entry-friction"]')?.textContent).toContain(
      'No friction in this period',
    );
    expect(
      element.querySelector('[data-testid="entry-channel-shift"] [role="alert"]')?.textContent,
    ).toContain('could not be loaded');
  });

  it('shows live touchpoints and alerts, and refreshes the cards after a build', async () => {
    const { element, request, settle, http } = await open('/');
    request().flush(response(40));
    await settle();
    const [source] = FakeSource.opened;
    expect(source.url).toBe('/api/v1/live');
    expect(element.querySelector('[data-testid="live-status"]')?.textContent).toContain(
      'connecting',
    );
    source.emit('heartbeat', { at: '2026-11-25T12:00:00Z' });
    source.emit('touchpoints', {
      workspace: 'default',
      at: '2026-11-25T12:00:00Z',
      minutes: [
        { minute: '2026-11-25T11:59:00.000Z', total: 1, byChannel: { web: 1 } },
        { minute: '2026-11-25T12:00:00.000Z', total: 4, byChannel: { phone: 4 } },
      ],
    });
    source.emit('alert', {
      id: '1',
      ruleId: 'r',
      ruleName: 'Web to phone',
      value: 8,
      baselineMean: 2.5,
      baselineSd: 0.6,
      threshold: 5.5,
      message: 'web → phone: 8 this week',
      firedAt: '2026-11-25T12:00:00.000Z',
    });
    await settle();
    expect(element.querySelector('[data-testid="live-status"]')?.textContent).toContain(
      'connected',
    );
    expect(element.querySelector('[data-testid="live-last-minute"]')?.textContent).toBe('4');
    expect(element.querySelector('[data-testid="live-alerts"]')?.textContent).toContain(
      'Web to phone',
    );

    source.emit('metrics', {
      workspace: 'default',
      at: 'x',
      build: 'incremental',
      journeys: 41,
      metrics: [],
    });
    await settle();
    // The cards stay while the refresh is under way, then show the new numbers.
    expect(element.querySelectorAll('ja-metric-card')).toHaveLength(7);
    http.match((r) => r.url === '/api/v1/friction' || r.url === '/api/v1/channel-shifts');
    request().flush(response(41));
    await settle();
    expect(element.textContent).toContain('41 journeys in this period.');
  });
});
