import { HttpParams, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ChannelShiftsStore } from './channel-shifts.store';
import { SHIFTS } from './testing-fixture';

describe(ChannelShiftsStore.name, () => {
  let store: ChannelShiftsStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(ChannelShiftsStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks with the filters and the screen’s options', () => {
    store.load(new HttpParams().set('intent', 'billing'), { cap: 0.4, minContainment: 0.6 });
    expect(store.state()).toEqual({ status: 'loading' });
    const call = http.expectOne((r) => r.url === '/api/v1/channel-shifts');
    expect(call.request.params.toString()).toBe('intent=billing&cap=0.4&minContainment=0.6');
    call.flush(SHIFTS);
    expect(store.state()).toEqual({ status: 'ready', data: SHIFTS });
  });

  it('leaves defaults to the API, cancels stale requests and reports failures', () => {
    store.load(new HttpParams(), { cap: null, minContainment: null });
    const first = http.expectOne((r) => r.url === '/api/v1/channel-shifts');
    expect(first.request.params.keys()).toEqual([]);
    store.load(new HttpParams(), { cap: 0.2, minContainment: null });
    expect(first.cancelled).toBe(true);
    http
      .expectOne((r) => r.params.get('cap') === '0.2')
      .flush(
        { message: 'cap must be a number from 0.2 to 0.4' },
        { status: 400, statusText: 'Bad' },
      );
    expect(store.state()).toEqual({
      status: 'error',
      message: 'cap must be a number from 0.2 to 0.4',
    });
  });
});
