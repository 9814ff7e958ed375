import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ChannelCatalogueDto } from '@journey-atlas/shared/domain';
import { ChannelCatalogueStore } from './channel-catalogue.store';

describe(ChannelCatalogueStore.name, () => {
  let store: ChannelCatalogueStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(ChannelCatalogueStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('moves from loading to ready with the catalogue', () => {
    store.load();
    expect(store.state()).toEqual({ status: 'loading' });
    const catalogue: ChannelCatalogueDto = {
      workspace: { id: 'w1', slug: 'default', name: 'Default workspace', timeZone: 'UTC' },
      channels: [],
    };
    http.expectOne('/api/v1/channels').flush(catalogue);
    expect(store.state()).toEqual({ status: 'ready', data: catalogue });
  });

  it('shows the API’s error message when the request fails', () => {
    store.load();
    http
      .expectOne('/api/v1/channels')
      .flush(
        { statusCode: 404, message: 'Workspace "x" does not exist' },
        { status: 404, statusText: 'Not Found' },
      );
    expect(store.state()).toEqual({ status: 'error', message: 'Workspace "x" does not exist' });
  });

  it('says when the server cannot be reached', () => {
    store.load();
    http.expectOne('/api/v1/channels').error(new ProgressEvent('error'), { status: 0 });
    expect(store.state()).toEqual({
      status: 'error',
      message: 'The Journey Atlas server cannot be reached. Is it running?',
    });
  });
});
