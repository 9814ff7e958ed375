import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideLocationMocks } from '@angular/common/testing';
import { TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { JourneyMapResponse } from '@journey-atlas/web/journey-map/data-access';
import { SankeyChart } from '@journey-atlas/web/journey-map/ui';
import { JourneyMapPage } from './journey-map.page';
import { describeSelection } from './selection-text';

const MAP: JourneyMapResponse = {
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
  nodes: [
    { id: '1:web', step: 1, channel: 'web', count: 10 },
    { id: '2:phone', step: 2, channel: 'phone', count: 6 },
    { id: 'resolved', step: 3, channel: 'resolved', count: 7 },
    { id: 'unresolved', step: 3, channel: 'unresolved', count: 3 },
  ],
  links: [
    {
      source: '1:web',
      target: '2:phone',
      count: 6,
      frictionRate: 0.5,
      medianGapHours: 3,
      dropOff: 0,
    },
    {
      source: '1:web',
      target: 'resolved',
      count: 4,
      frictionRate: 0,
      medianGapHours: null,
      dropOff: 1,
    },
    {
      source: '2:phone',
      target: 'resolved',
      count: 3,
      frictionRate: 0.1,
      medianGapHours: null,
      dropOff: 1,
    },
    {
      source: '2:phone',
      target: 'unresolved',
      count: 3,
      frictionRate: 0.3,
      medianGapHours: null,
      dropOff: 1,
    },
  ],
  totals: { journeys: 10, resolved: 7, unresolved: 3, truncated: 0, folded: 0, minCount: 1 },
};

describe(JourneyMapPage.name, () => {
  async function open(url: string) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'journey-map', component: JourneyMapPage }]),
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
    const request = () => http.expectOne((r) => r.url === '/api/v1/journey-map');
    return { harness, http, router, element, settle, request };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('loads the map for the filters in the URL and hands it to the chart', async () => {
    const { harness, element, request, settle } = await open('/journey-map?channel=web&steps=4');
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Loading');
    const call = request();
    expect(call.request.params.toString()).toBe('channel=web&steps=4');
    call.flush(MAP);
    await settle();
    const chart = harness.fixture.debugElement.query(By.directive(SankeyChart));
    expect((chart.componentInstance as SankeyChart).data()).toEqual(MAP);
    expect((element.querySelector('#ja-map-steps') as HTMLSelectElement).value).toBe('4');
  });

  it('reloads when a filter or the step count changes, and keeps both in the URL', async () => {
    const { element, router, request, settle } = await open('/journey-map?channel=web');
    request().flush(MAP);
    await settle();
    const steps = element.querySelector('#ja-map-steps') as HTMLSelectElement;
    steps.value = '3';
    steps.dispatchEvent(new Event('change'));
    await settle();
    expect(router.url).toBe('/journey-map?channel=web&steps=3');
    const again = request();
    expect(again.request.params.toString()).toBe('channel=web&steps=3');
    again.flush(MAP);
    await settle();
    const intent = Array.from(element.querySelectorAll('label'))
      .find((l) => l.textContent?.trim() === 'Intent')
      ?.getAttribute('for');
    const input = element.querySelector(`#${intent}`) as HTMLInputElement;
    input.value = 'router offline';
    input.dispatchEvent(new Event('change'));
    await settle();
    // the screen's own params first, then the filters
    expect(router.url).toBe('/journey-map?steps=3&intent=router%20offline&channel=web');
    const third = request();
    expect(third.request.params.toString()).toBe('intent=router%20offline&channel=web&steps=3');
    third.flush(MAP);
  });

  it('says what went wrong and retries on request', async () => {
    const { element, request, settle } = await open('/journey-map');
    request().flush(
      { message: 'Cannot GET /api/v1/journey-map?steps=5' },
      { status: 404, statusText: 'Not Found' },
    );
    await settle();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      'could not be loaded: Cannot GET /api/v1/journey-map?steps=5',
    );
    (element.querySelector('[role="alert"] button') as HTMLButtonElement).click();
    request().flush(MAP);
    await settle();
    expect(element.querySelector('[role="alert"]')).toBeNull();
  });

  it('describes the flow picked on the map', async () => {
    const { harness, element, http, request, settle } = await open('/journey-map');
    request().flush(MAP);
    await settle();
    const chart = harness.fixture.debugElement.query(By.directive(SankeyChart))
      .componentInstance as SankeyChart;
    chart.linkSelected.emit(MAP.links[0]);
    await settle();
    expect(element.querySelector('[data-testid="map-selection"]')?.textContent).toContain(
      'step 1 Web → step 2 Phone: 6 journeys, friction 50%, median gap 3 h, drop-off 0%',
    );
    http
      .expectOne((r) => r.url === '/api/v1/journeys')
      .flush({ filter: MAP.filter, friction: null, journeys: [] });
  });

  it('lists sample journeys behind a picked flow, each linking to its customer timeline', async () => {
    const { harness, element, http, request, settle } = await open('/journey-map?intent=billing');
    request().flush(MAP);
    await settle();
    const chart = harness.fixture.debugElement.query(By.directive(SankeyChart))
      .componentInstance as SankeyChart;
    // Fixture nodes count steps from 1, so step index 1 of a path is the map's step 1.
    chart.linkSelected.emit(MAP.links[0]);
    await settle();
    expect(element.querySelector('[data-testid="sample-journeys"]')?.textContent).toContain(
      'Loading sample journeys',
    );
    const call = http.expectOne((r) => r.url === '/api/v1/journeys');
    expect(call.request.params.toString()).toBe(
      'intent=billing&limit=200&step.2=phone&step.1=web&channel=phone',
    );
    const summary = {
      customerId: '6f1c2d0e-8a4b-4c1e-9a63-0c9f1c3e2b10',
      key: 'billing',
      startedAt: '2026-11-23T10:00:00.000Z',
      endedAt: '2026-11-23T12:00:00.000Z',
      outcome: 'resolved',
      resolved: true,
      cost: 8.1,
      durationSeconds: 7200,
      friction: ['failed_containment'],
    };
    call.flush({
      filter: MAP.filter,
      friction: null,
      journeys: [
        { ...summary, id: '7', path: ['sms', 'web', 'phone'] },
        { ...summary, id: '8', path: ['phone', 'phone'] },
      ],
    });
    await settle();
    const links = Array.from(
      element.querySelectorAll<HTMLAnchorElement>('[data-testid="sample-journey-link"]'),
    );
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/customers/6f1c2d0e-8a4b-4c1e-9a63-0c9f1c3e2b10?journey=7',
    ]);
    const panel = element.querySelector('[data-testid="sample-journeys"]')?.textContent ?? '';
    expect(panel).toContain('1 of the 2 newest journeys through Phone');
    expect(panel).toContain('SMS → Web → Phone');
    expect(panel).toContain('friction: Failed containment');
    (element.querySelector('[aria-label="Close sample journeys"]') as HTMLButtonElement).click();
    await settle();
    expect(element.querySelector('[data-testid="sample-journeys"]')).toBeNull();
  });
});

describe(describeSelection.name, () => {
  it('names exits without a step and unknown ids as they are', () => {
    expect(describeSelection({ node: MAP.nodes[3] }, MAP.nodes)).toBe('Unresolved: 3 journeys');
    expect(describeSelection({ link: { ...MAP.links[1], target: 'gone' } }, MAP.nodes)).toContain(
      'step 1 Web → gone: 4 journeys',
    );
  });
});
