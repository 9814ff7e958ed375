import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideLocationMocks } from '@angular/common/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { MetricReportDto } from '@journey-atlas/shared/domain';
import {
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

describe(OverviewPage.name, () => {
  async function open(url: string) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: '', component: OverviewPage },
          { path: 'journey-map', children: [] },
        ]),
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
    return { harness, element, settle, request };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

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
});
