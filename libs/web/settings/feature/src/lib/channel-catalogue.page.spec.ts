import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CHANNEL_CATALOGUE, type ChannelCatalogueDto } from '@journey-atlas/shared/domain';
import { ChannelCataloguePage } from './channel-catalogue.page';

describe(ChannelCataloguePage.name, () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
  });

  function render() {
    const fixture = TestBed.createComponent(ChannelCataloguePage);
    fixture.detectChanges();
    return {
      fixture,
      http: TestBed.inject(HttpTestingController),
      element: fixture.nativeElement as HTMLElement,
    };
  }

  it('renders one row per channel from the API', async () => {
    const { fixture, http, element } = render();
    expect(element.textContent).toContain('Loading the channel catalogue');
    const catalogue: ChannelCatalogueDto = {
      workspace: { id: 'w1', slug: 'default', name: 'Default workspace', timeZone: 'UTC' },
      channels: CHANNEL_CATALOGUE.map((d) => ({ ...d, hours: d.hours })),
    };
    http.expectOne('/api/v1/channels').flush(catalogue);
    await fixture.whenStable();
    const rows = element.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(CHANNEL_CATALOGUE.length);
    const phone = element.querySelector('tr[data-channel="phone"]');
    expect(phone?.textContent).toContain('Assisted');
    expect(phone?.textContent).toContain('$8.00');
    expect(phone?.textContent).toContain('80% in 20 s');
    expect(phone?.textContent).toContain('Mon–Fri 08:00–20:00');
    expect(element.querySelector('tr[data-channel="web"]')?.textContent).toContain('Always open');
  });

  it('explains a failure and offers a retry', async () => {
    const { fixture, http, element } = render();
    http
      .expectOne('/api/v1/channels')
      .flush({ message: 'database is down' }, { status: 503, statusText: 'Unavailable' });
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('database is down');
    (element.querySelector('[role="alert"] button') as HTMLButtonElement).click();
    http
      .expectOne('/api/v1/channels')
      .flush({ workspace: { id: 'w', slug: 's', name: 'n', timeZone: 'UTC' }, channels: [] });
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')).toBeNull();
  });
});
