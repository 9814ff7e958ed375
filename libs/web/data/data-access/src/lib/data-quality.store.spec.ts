import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { DataQualityIdentifiersDto } from '@journey-atlas/shared/domain';
import { DataQualityStore } from './data-quality.store';

describe(DataQualityStore.name, () => {
  let store: DataQualityStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(DataQualityStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads the capped identifiers', () => {
    store.load();
    expect(store.state()).toEqual({ status: 'loading' });
    const data: DataQualityIdentifiersDto = {
      workspace: 'default',
      cap: 5,
      identifiers: [
        {
          kind: 'phone',
          masked: '+4420•••••99',
          customerId: 'c1',
          linkedCustomers: 6,
          blockedAt: '2026-11-25T10:00:00.000Z',
        },
      ],
    };
    http.expectOne('/api/v1/data-quality/identifiers').flush(data);
    expect(store.state()).toEqual({ status: 'ready', data });
  });

  it('shows the API’s message when it fails', () => {
    store.load();
    http
      .expectOne('/api/v1/data-quality/identifiers')
      .flush({ message: 'database is down' }, { status: 503, statusText: 'Unavailable' });
    expect(store.state()).toEqual({ status: 'error', message: 'database is down' });
  });
});
