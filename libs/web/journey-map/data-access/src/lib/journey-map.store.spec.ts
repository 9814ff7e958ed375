import { HttpParams, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { JourneyMapResponse } from './journey-map.dto';
import { JourneyMapStore } from './journey-map.store';

const MAP: JourneyMapResponse = {
  filter: {
    workspace: 'default',
    from: null,
    to: null,
    intent: null,
    channel: null,
    team: null,
    agent: null,
    segment: {},
  },
  nodes: [
    { id: '1:web', step: 1, channel: 'web', count: 3 },
    { id: 'resolved', step: 2, channel: 'resolved', count: 3 },
  ],
  links: [
    {
      source: '1:web',
      target: 'resolved',
      count: 3,
      frictionRate: 0,
      medianGapHours: null,
      dropOff: 1,
    },
  ],
  totals: { journeys: 3, resolved: 3, unresolved: 0, truncated: 0, folded: 0, minCount: 1 },
};

describe(JourneyMapStore.name, () => {
  let store: JourneyMapStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(JourneyMapStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks for the map with the filters, steps and min count', () => {
    store.load(new HttpParams().append('segment.tier', 'gold').append('channel', 'web'), {
      steps: 4,
      minCount: 25,
    });
    expect(store.state()).toEqual({ status: 'loading' });
    const request = http.expectOne((r) => r.url === '/api/v1/journey-map' && r.method === 'GET');
    expect(request.request.params.toString()).toBe(
      'segment.tier=gold&channel=web&steps=4&minCount=25',
    );
    request.flush(MAP);
    expect(store.state()).toEqual({ status: 'ready', data: MAP });
  });

  it('leaves minCount to the API when none is chosen', () => {
    store.load(new HttpParams(), { steps: 5, minCount: null });
    const request = http.expectOne((r) => r.url === '/api/v1/journey-map');
    expect(request.request.params.toString()).toBe('steps=5');
    request.flush(MAP);
  });

  it('drops the answer to a request that a newer one replaced', () => {
    store.load(new HttpParams().set('channel', 'web'), { steps: 5, minCount: null });
    store.load(new HttpParams().set('channel', 'chat'), { steps: 5, minCount: null });
    const [older, newer] = http.match((r) => r.url === '/api/v1/journey-map');
    expect(older.cancelled).toBe(true);
    newer.flush(MAP);
    expect(store.state()).toEqual({ status: 'ready', data: MAP });
  });

  it('shows the API’s message for a bad filter', () => {
    store.load(new HttpParams().set('segment.x', 'y'), { steps: 5, minCount: null });
    http
      .expectOne((r) => r.url === '/api/v1/journey-map')
      .flush(
        { message: 'Unknown filter "segment.x"; allowed: region, tier, valueBand, specialNeeds' },
        { status: 400, statusText: 'Bad Request' },
      );
    expect(store.state()).toEqual({
      status: 'error',
      message: 'Unknown filter "segment.x"; allowed: region, tier, valueBand, specialNeeds',
    });
  });
});
