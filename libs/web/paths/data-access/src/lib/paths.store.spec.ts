import { HttpParams, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { type PathsResponse, PathsStore } from './paths.store';

const PATHS: PathsResponse = {
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
  journeys: 4,
  paths: [
    {
      path: ['web', 'phone'],
      count: 4,
      share: 1,
      resolutionRate: 0.75,
      meanCost: 8.5,
      meanDurationSeconds: 120,
    },
  ],
};

describe(PathsStore.name, () => {
  let store: PathsStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(PathsStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks for the paths with the filters and the limit', () => {
    store.load(new HttpParams().set('channel', 'web'), 50);
    expect(store.state()).toEqual({ status: 'loading' });
    const request = http.expectOne((r) => r.url === '/api/v1/paths' && r.method === 'GET');
    expect(request.request.params.toString()).toBe('channel=web&limit=50');
    request.flush(PATHS);
    expect(store.state()).toEqual({ status: 'ready', data: PATHS });
  });

  it('drops the answer to a request that a newer one replaced', () => {
    store.load(new HttpParams(), 20);
    store.load(new HttpParams(), 50);
    const [older, newer] = http.match((r) => r.url === '/api/v1/paths');
    expect(older.cancelled).toBe(true);
    newer.flush(PATHS);
    expect(store.state()).toEqual({ status: 'ready', data: PATHS });
  });

  it('shows the API’s message when the request fails', () => {
    store.load(new HttpParams(), 20);
    http
      .expectOne((r) => r.url === '/api/v1/paths')
      .flush({ message: 'limit must be 1 to 500' }, { status: 400, statusText: 'Bad Request' });
    expect(store.state()).toEqual({ status: 'error', message: 'limit must be 1 to 500' });
  });
});
