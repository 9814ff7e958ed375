import { HttpParams, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { OverviewPeriod } from './overview-period';
import { type MetricsResponse, OverviewStore } from './overview.store';

const PERIOD: OverviewPeriod = { from: '2026-10-27', to: '2026-11-26', isDefault: true };

const METRICS: MetricsResponse = {
  filter: {
    workspace: 'default',
    from: '2026-10-27',
    to: '2026-11-26',
    intent: null,
    channel: null,
    team: null,
    agent: null,
    segment: {},
  },
  previousFrom: '2026-09-27',
  previousTo: '2026-10-27',
  groupBy: null,
  period: 'week',
  journeys: 12,
  journeySource: 'rollup',
  metrics: [
    {
      name: 'fcr',
      label: 'First contact resolution',
      unit: 'ratio',
      betterWhen: 'higher',
      value: 0.5,
      numerator: 6,
      denominator: 12,
      previous: { value: 0.4, numerator: 4, denominator: 10 },
      change: 0.1,
      direction: 'up',
      improved: true,
      series: [{ start: '2026-10-26', value: 0.5, numerator: 6, denominator: 12 }],
    },
  ],
};

describe(OverviewStore.name, () => {
  let store: OverviewStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(OverviewStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks for the seven key metrics over the period, weekly, with the filters', () => {
    store.load(new HttpParams().set('channel', 'web'), PERIOD);
    expect(store.state()).toEqual({ status: 'loading' });
    const request = http.expectOne((r) => r.url === '/api/v1/metrics' && r.method === 'GET');
    expect(request.request.params.toString()).toBe(
      'channel=web&from=2026-10-27&to=2026-11-26' +
        '&names=fcr,containment,self_service_share,csat,ces,service_level,cost_to_serve&period=week',
    );
    request.flush(METRICS);
    expect(store.state()).toEqual({ status: 'ready', data: METRICS });
  });

  it('replaces the filter bar’s dates with the period', () => {
    store.load(new HttpParams().set('from', '2020-01-01'), { ...PERIOD, isDefault: false });
    const request = http.expectOne((r) => r.url === '/api/v1/metrics');
    expect(request.request.params.getAll('from')).toEqual(['2026-10-27']);
    request.flush(METRICS);
  });

  it('drops the answer to a request that a newer one replaced', () => {
    store.load(new HttpParams().set('channel', 'web'), PERIOD);
    store.load(new HttpParams().set('channel', 'chat'), PERIOD);
    const [older, newer] = http.match((r) => r.url === '/api/v1/metrics');
    expect(older.cancelled).toBe(true);
    newer.flush(METRICS);
    expect(store.state()).toEqual({ status: 'ready', data: METRICS });
  });

  it('shows the API’s message when the request fails', () => {
    store.load(new HttpParams(), PERIOD);
    http
      .expectOne((r) => r.url === '/api/v1/metrics')
      .flush({ message: 'Unknown filter "x"' }, { status: 400, statusText: 'Bad Request' });
    expect(store.state()).toEqual({ status: 'error', message: 'Unknown filter "x"' });
  });

  it('keeps the cards on screen during a silent (live) refresh', () => {
    store.load(new HttpParams(), PERIOD);
    http.expectOne((r) => r.url === '/api/v1/metrics').flush(METRICS);
    store.load(new HttpParams(), PERIOD, true);
    expect(store.state()).toEqual({ status: 'ready', data: METRICS });
    const fresher = { ...METRICS, journeys: 13 };
    http.expectOne((r) => r.url === '/api/v1/metrics').flush(fresher);
    expect(store.state()).toEqual({ status: 'ready', data: fresher });
  });
});
