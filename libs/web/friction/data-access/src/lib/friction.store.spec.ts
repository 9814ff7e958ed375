import { HttpParams, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { type FrictionResponse, FrictionStore } from './friction.store';

const RANKING: FrictionResponse = {
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
  groupBy: null,
  journeys: 4,
  friction: [
    {
      type: 'failed_containment',
      rule: 'the first assisted step of a journey that began in self-service',
      hurts: ['containment'],
      count: 2,
      journeysAffected: 2,
      impacts: [{ metric: 'containment', withFriction: 0, withoutFriction: 1 }],
      costAdded: 15.9,
    },
  ],
};

describe(FrictionStore.name, () => {
  let store: FrictionStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(FrictionStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks for the ranking with the filters and the breakdown', () => {
    store.load(new HttpParams().set('channel', 'web'), 'queue');
    expect(store.state()).toEqual({ status: 'loading' });
    const request = http.expectOne((r) => r.url === '/api/v1/friction' && r.method === 'GET');
    expect(request.request.params.toString()).toBe('channel=web&groupBy=queue');
    request.flush(RANKING);
    expect(store.state()).toEqual({ status: 'ready', data: RANKING });
  });

  it('leaves groupBy out without a breakdown', () => {
    store.load(new HttpParams(), null);
    const request = http.expectOne((r) => r.url === '/api/v1/friction');
    expect(request.request.params.keys()).toEqual([]);
    request.flush(RANKING);
  });

  it('drops the answer to a request that a newer one replaced', () => {
    store.load(new HttpParams(), null);
    store.load(new HttpParams(), 'agent');
    const [older, newer] = http.match((r) => r.url === '/api/v1/friction');
    expect(older.cancelled).toBe(true);
    newer.flush(RANKING);
    expect(store.state()).toEqual({ status: 'ready', data: RANKING });
  });

  it('shows the API’s message when the request fails', () => {
    store.load(new HttpParams(), null);
    http
      .expectOne((r) => r.url === '/api/v1/friction')
      .flush({ message: 'bad groupBy' }, { status: 400, statusText: 'Bad Request' });
    expect(store.state()).toEqual({ status: 'error', message: 'bad groupBy' });
  });
});
