import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { JourneyMapDto, SegmentCompareDto } from '@journey-atlas/shared/domain';
import { EMPTY_FILTERS } from '@journey-atlas/web/shared/data-access';
import { EMPTY_DEFINITION } from './segment-definition';
import { SegmentsStore } from './segments.store';

const FILTER = {
  workspace: 'default',
  from: null,
  to: null,
  intent: null,
  channel: null,
  team: null,
  agent: null,
  segment: {},
};
const COMPARE: SegmentCompareDto = {
  alpha: 0.05,
  a: { filter: FILTER, journeys: 2, transitions: 1, topPaths: [] },
  b: { filter: FILTER, journeys: 1, transitions: 0, topPaths: [] },
  metrics: [],
  paths: [],
  transitions: [],
};
const MAP: JourneyMapDto = {
  filter: FILTER,
  nodes: [],
  links: [],
  totals: { journeys: 0, resolved: 0, unresolved: 0, truncated: 0, folded: 0, minCount: 1 },
};
const gold = { ...EMPTY_DEFINITION, attribute: 'tier', value: 'gold' };
const standard = { ...EMPTY_DEFINITION, attribute: 'tier', value: 'standard' };

describe(SegmentsStore.name, () => {
  let store: SegmentsStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(SegmentsStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('stays idle while neither side is defined', () => {
    store.load(EMPTY_FILTERS, { a: EMPTY_DEFINITION, b: EMPTY_DEFINITION });
    expect(store.compare()).toEqual({ status: 'idle' });
    expect(store.mapA()).toEqual({ status: 'idle' });
  });

  it('asks for the comparison and one journey map per side', () => {
    store.load({ ...EMPTY_FILTERS, channel: 'phone' }, { a: gold, b: standard });
    expect(store.compare()).toEqual({ status: 'loading' });
    const compare = http.expectOne((r) => r.url === '/api/v1/segments/compare');
    expect(compare.request.params.toString()).toBe(
      'a.channel=phone&a.segment.tier=gold&b.channel=phone&b.segment.tier=standard',
    );
    const maps = http.match((r) => r.url === '/api/v1/journey-map');
    expect(maps.map((m) => m.request.params.toString())).toEqual([
      'channel=phone&segment.tier=gold&steps=5',
      'channel=phone&segment.tier=standard&steps=5',
    ]);
    compare.flush(COMPARE);
    maps[0].flush(MAP);
    expect(store.compare()).toEqual({ status: 'ready', data: COMPARE });
    expect(store.mapA()).toEqual({ status: 'ready', data: MAP });
    expect(store.mapB()).toEqual({ status: 'loading' });
    maps[1].flush({ message: 'no' }, { status: 500, statusText: 'Server Error' });
    expect(store.mapB()).toEqual({ status: 'error', message: 'no' });
  });

  it('cancels the requests a newer load replaces', () => {
    store.load(EMPTY_FILTERS, { a: gold, b: standard });
    store.load(EMPTY_FILTERS, { a: standard, b: gold });
    const compares = http.match((r) => r.url === '/api/v1/segments/compare');
    expect(compares.map((c) => c.cancelled)).toEqual([true, false]);
    const maps = http.match((r) => r.url === '/api/v1/journey-map');
    expect(maps.map((m) => m.cancelled)).toEqual([true, true, false, false]);
    compares[1].flush(
      { message: 'Query parameter "a.segment.tier" is bad' },
      { status: 400, statusText: 'Bad Request' },
    );
    expect(store.compare()).toEqual({
      status: 'error',
      message: 'Query parameter "a.segment.tier" is bad',
    });
    maps[2].flush(MAP);
    maps[3].flush(MAP);
  });
});
