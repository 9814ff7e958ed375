import { HttpParams, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { JourneyMapNodeDto, JourneySampleDto } from '@journey-atlas/shared/domain';
import { JourneySamplesStore } from './journey-samples.store';

const NODES: JourneyMapNodeDto[] = [
  { id: 's0:web', step: 0, channel: 'web', count: 2 },
  { id: 's1:phone', step: 1, channel: 'phone', count: 1 },
];

const SUMMARY = {
  customerId: '6f1c2d0e-8a4b-4c1e-9a63-0c9f1c3e2b10',
  key: 'router offline',
  startedAt: '2026-11-23T10:00:00.000Z',
  endedAt: '2026-11-23T12:00:00.000Z',
  outcome: 'resolved',
  resolved: true,
  cost: 8.1,
  durationSeconds: 7200,
  friction: [],
};

const ANSWER: JourneySampleDto = {
  filter: {
    workspace: 'default',
    from: null,
    to: null,
    intent: null,
    channel: 'phone',
    team: null,
    agent: null,
    segment: {},
  },
  friction: null,
  journeys: [
    { ...SUMMARY, id: '1', path: ['phone'] },
    { ...SUMMARY, id: '2', path: ['web', 'phone'] },
  ],
};

describe(JourneySamplesStore.name, () => {
  let store: JourneySamplesStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(JourneySamplesStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks for a pool with the filters and keeps the journeys that took the flow', () => {
    expect(store.state()).toBeNull();
    const flow = {
      link: {
        source: 's0:web',
        target: 's1:phone',
        count: 1,
        frictionRate: 0,
        medianGapHours: 1,
        dropOff: 0,
      },
    };
    store.load(new HttpParams().set('team', 'tier1'), flow, NODES, 5);
    expect(store.state()).toEqual({ status: 'loading' });
    const request = http.expectOne((r) => r.url === '/api/v1/journeys');
    expect(request.request.params.toString()).toBe(
      'team=tier1&limit=200&step.1=phone&step.0=web&channel=phone',
    );
    request.flush(ANSWER);
    expect(store.state()).toEqual({
      status: 'ready',
      data: { journeys: [ANSWER.journeys[1]], searched: 2, channel: 'phone' },
    });
    store.clear();
    expect(store.state()).toBeNull();
  });

  it('reports the API’s message when the request fails', () => {
    store.load(new HttpParams(), { node: NODES[0] }, NODES, 5);
    http
      .expectOne((r) => r.url === '/api/v1/journeys')
      .flush({ message: 'limit must be 1 to 200' }, { status: 400, statusText: 'Bad Request' });
    expect(store.state()).toEqual({ status: 'error', message: 'limit must be 1 to 200' });
  });
});
