import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideLocationMocks } from '@angular/common/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { FrictionResponse } from '@journey-atlas/web/friction/data-access';
import { FrictionPage } from './friction.page';

function ranking(patch: Partial<FrictionResponse> = {}): FrictionResponse {
  return {
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
    ...patch,
  };
}

describe(FrictionPage.name, () => {
  async function open(url: string) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'friction', component: FrictionPage }]),
        provideLocationMocks(),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    const harness = await RouterTestingHarness.create(url);
    const http = TestBed.inject(HttpTestingController);
    const router = TestBed.inject(Router);
    const element = harness.routeNativeElement as HTMLElement;
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await harness.fixture.whenStable();
    };
    const request = () => http.expectOne((r) => r.url === '/api/v1/friction');
    return { element, router, settle, request };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('ranks friction with the metric it hurts and the cost it adds', async () => {
    const { element, request, settle } = await open('/friction?channel=web');
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Loading');
    const call = request();
    expect(call.request.params.toString()).toBe('channel=web');
    call.flush(ranking());
    await settle();
    const row = element.querySelector('[data-testid="friction-table"] tbody tr') as HTMLElement;
    expect(row.querySelector('.type')?.textContent).toBe('Failed containment');
    expect(row.textContent).toContain('Containment rate: 0% with vs 100% without');
    expect(row.textContent).toContain('$15.90');
  });

  it('keeps the breakdown in the URL and shows it per friction type', async () => {
    const { element, router, request, settle } = await open('/friction');
    request().flush(ranking());
    await settle();
    const select = element.querySelector('#ja-friction-group') as HTMLSelectElement;
    select.value = 'queue';
    select.dispatchEvent(new Event('change'));
    await settle();
    expect(router.url).toBe('/friction?groupBy=queue');
    const again = request();
    expect(again.request.params.get('groupBy')).toBe('queue');
    const base = ranking();
    again.flush({
      ...base,
      groupBy: 'queue',
      friction: [{ ...base.friction[0], groups: [{ group: null, count: 2, journeysAffected: 2 }] }],
    });
    await settle();
    expect(element.querySelector('thead')?.textContent).toContain('By queue');
    expect(element.querySelector('tbody')?.textContent).toContain(
      'no queue: 2 journeys (2 events)',
    );
  });

  it('says what to do when no journeys match', async () => {
    const { element, request, settle } = await open('/friction?channel=fax');
    request().flush(ranking({ journeys: 0, friction: [] }));
    await settle();
    expect(element.textContent).toContain(
      'No journeys for these filters — widen the dates or clear filters.',
    );
  });

  it('says what went wrong and retries on request', async () => {
    const { element, request, settle } = await open('/friction');
    request().flush({ message: 'database is down' }, { status: 503, statusText: 'Unavailable' });
    await settle();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      'could not be loaded: database is down',
    );
    (element.querySelector('[role="alert"] button') as HTMLButtonElement).click();
    request().flush(ranking({ friction: [] }));
    await settle();
    expect(element.textContent).toContain(
      'None of the 4 journeys for these filters hit a friction rule.',
    );
  });
});
