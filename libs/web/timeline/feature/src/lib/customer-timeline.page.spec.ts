import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideLocationMocks } from '@angular/common/testing';
import { TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CustomerTimelinePage } from './customer-timeline.page';
import { CustomersPage } from './customers.page';
import { SwimlaneChart } from './swimlane/swimlane-chart.component';
import { timelineFixture } from '@journey-atlas/web/timeline/data-access';

const { CUSTOMER_ID, PROFILE, TIMELINE } = timelineFixture;

describe(CustomerTimelinePage.name, () => {
  async function open(url: string) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'customers', component: CustomersPage },
          { path: 'customers/:id', component: CustomerTimelinePage },
        ]),
        provideLocationMocks(),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    const harness = await RouterTestingHarness.create(url);
    const http = TestBed.inject(HttpTestingController);
    const router = TestBed.inject(Router);
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await harness.fixture.whenStable();
    };
    const element = () => harness.routeNativeElement as HTMLElement;
    return { harness, http, router, element, settle };
  }

  function answer(http: HttpTestingController, timeline = TIMELINE) {
    http.expectOne(`/api/v1/customers/${CUSTOMER_ID}`).flush(PROFILE);
    http.expectOne(`/api/v1/customers/${CUSTOMER_ID}/timeline`).flush(timeline);
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('loads the profile and timeline and draws every touchpoint with its journey emphasised', async () => {
    const { harness, http, element, settle } = await open(`/customers/${CUSTOMER_ID}?journey=1043`);
    expect(element().querySelector('[role="status"]')?.textContent).toContain('Loading');
    answer(http);
    await settle();
    expect(element().querySelector('[data-testid="customer-facts"]')?.textContent).toContain(
      'a***@x.com',
    );
    const chart = harness.fixture.debugElement.query(By.directive(SwimlaneChart))
      .componentInstance as SwimlaneChart;
    expect(chart.entries()).toEqual(TIMELINE.touchpoints);
    expect(chart.highlightJourney()).toBe('1043');
    // The table alternative lists every touchpoint with its friction.
    const rows = Array.from(
      element().querySelectorAll('[data-testid="swimlane-table"] tbody tr'),
    ).map((row) =>
      Array.from(row.querySelectorAll('td'))
        .map((cell) => cell.textContent?.trim())
        .join(' | '),
    );
    expect(rows).toHaveLength(3);
    expect(rows[1]).toBe(
      '23 Nov 2026, 12:00 UTC | Phone | J1 router offline | 2 | resolved | Failed containment, Long wait | Details',
    );
  });

  it('opens a touchpoint’s details with the rule behind each friction', async () => {
    const { harness, http, element, settle } = await open(`/customers/${CUSTOMER_ID}`);
    answer(http);
    await settle();
    const chart = harness.fixture.debugElement.query(By.directive(SwimlaneChart))
      .componentInstance as SwimlaneChart;
    chart.touchpointSelected.emit(TIMELINE.touchpoints[1]);
    await settle();
    const details = element().querySelector('[data-testid="touchpoint-details"]')?.textContent;
    expect(details).toContain('Phone · 23 Nov 2026, 12:00 UTC');
    expect(details).toContain('1 min 35 s');
    expect(details).toContain(
      'Failed containment — rule: the first assisted step of a journey that began in self-service',
    );
    (element().querySelector('[aria-label="Close touchpoint details"]') as HTMLElement).click();
    await settle();
    expect(element().querySelector('[data-testid="touchpoint-details"]')).toBeNull();
  });

  it('says what to do when the customer has no journeys yet, and shows API errors', async () => {
    const { http, element, settle, harness } = await open(`/customers/${CUSTOMER_ID}`);
    answer(http, { customerId: CUSTOMER_ID, touchpoints: [] });
    await settle();
    expect(element().querySelector('.empty')?.textContent).toContain(
      'No journeys for this customer yet',
    );
    await harness.navigateByUrl('/customers/not-a-uuid');
    await settle();
    http
      .expectOne('/api/v1/customers/not-a-uuid')
      .flush({ message: 'The customer id must be a UUID' }, { status: 400, statusText: 'Bad' });
    await settle();
    expect(element().querySelector('[role="alert"]')?.textContent).toContain(
      'could not be loaded: The customer id must be a UUID',
    );
    (element().querySelector('[role="alert"] button') as HTMLButtonElement).click();
    const pending = (url: string) => http.match(url).filter((request) => !request.cancelled);
    expect(pending('/api/v1/customers/not-a-uuid')).toHaveLength(1);
    expect(pending('/api/v1/customers/not-a-uuid/timeline')).toHaveLength(1);
  });
});

describe(CustomersPage.name, () => {
  async function open() {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'customers', component: CustomersPage },
          { path: 'customers/:id', component: CustomerTimelinePage },
        ]),
        provideLocationMocks(),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    const harness = await RouterTestingHarness.create('/customers');
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await harness.fixture.whenStable();
    };
    return {
      harness,
      settle,
      http: TestBed.inject(HttpTestingController),
      router: TestBed.inject(Router),
      element: () => harness.routeNativeElement as HTMLElement,
    };
  }

  function search(element: HTMLElement, kind: string, value: string) {
    (element.querySelector('#ja-customer-kind') as HTMLSelectElement).value = kind;
    (element.querySelector('#ja-customer-value') as HTMLInputElement).value = value;
    (element.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('finds a customer by identifier and opens their timeline', async () => {
    const { http, router, element, settle } = await open();
    search(element(), 'phone', ' +44 7700 900018 ');
    const call = http.expectOne((r) => r.url === '/api/v1/customers');
    expect(call.request.params.get('identifier')).toBe('phone:+44 7700 900018');
    call.flush(PROFILE);
    await settle();
    expect(router.url).toBe(`/customers/${CUSTOMER_ID}`);
    http.expectOne(`/api/v1/customers/${CUSTOMER_ID}`).flush(PROFILE);
    http.expectOne(`/api/v1/customers/${CUSTOMER_ID}/timeline`).flush(TIMELINE);
  });

  it('checks the value before asking and says when nobody has the identifier', async () => {
    const { http, element, settle } = await open();
    search(element(), 'email', '  ');
    await settle();
    expect(element().querySelector('[role="alert"]')?.textContent).toContain(
      'Enter the identifier to search for.',
    );
    search(element(), 'email', 'nobody@example.com');
    http
      .expectOne((r) => r.url === '/api/v1/customers')
      .flush({ message: 'No customer' }, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(element().textContent).toContain('No customer has this identifier in this workspace');
  });
});
