import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CustomerTimelineStore } from './customer-timeline.store';
import { CUSTOMER_ID, PROFILE, TIMELINE } from './testing-fixture';

describe(CustomerTimelineStore.name, () => {
  let store: CustomerTimelineStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(CustomerTimelineStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads the profile and the timeline together', () => {
    store.load(CUSTOMER_ID);
    expect(store.state()).toEqual({ status: 'loading' });
    http.expectOne(`/api/v1/customers/${CUSTOMER_ID}/timeline`).flush(TIMELINE);
    expect(store.state()).toEqual({ status: 'loading' });
    http.expectOne(`/api/v1/customers/${CUSTOMER_ID}`).flush(PROFILE);
    expect(store.state()).toEqual({
      status: 'ready',
      data: { profile: PROFILE, timeline: TIMELINE },
    });
  });

  it('reports the API’s message when either request fails', () => {
    store.load('nope');
    const timeline = http.expectOne('/api/v1/customers/nope/timeline');
    http
      .expectOne('/api/v1/customers/nope')
      .flush({ message: 'The customer id must be a UUID' }, { status: 400, statusText: 'Bad' });
    expect(store.state()).toEqual({ status: 'error', message: 'The customer id must be a UUID' });
    expect(timeline.cancelled).toBe(true);
  });

  it('finds a customer by identifier and tells "not found" apart from failures', () => {
    store.find('email:ana@x.com');
    expect(store.searchState()).toEqual({ status: 'searching' });
    const call = http.expectOne((r) => r.url === '/api/v1/customers');
    expect(call.request.params.get('identifier')).toBe('email:ana@x.com');
    call.flush(PROFILE);
    expect(store.searchState()).toEqual({ status: 'found', customer: PROFILE });

    store.find('email:nobody@x.com');
    http
      .expectOne((r) => r.url === '/api/v1/customers')
      .flush({ message: 'No customer' }, { status: 404, statusText: 'Not Found' });
    expect(store.searchState()).toEqual({ status: 'not-found', identifier: 'email:nobody@x.com' });

    store.find('email:x@x.com');
    http
      .expectOne((r) => r.url === '/api/v1/customers')
      .flush(
        { message: 'identifier must look like kind:value' },
        { status: 400, statusText: 'Bad' },
      );
    expect(store.searchState()).toEqual({
      status: 'error',
      message: 'identifier must look like kind:value',
    });
    store.resetSearch();
    expect(store.searchState()).toEqual({ status: 'idle' });
  });
});
