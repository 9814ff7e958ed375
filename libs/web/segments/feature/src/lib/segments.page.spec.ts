import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideLocationMocks } from '@angular/common/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { JourneyMapDto, SegmentCompareDto } from '@journey-atlas/shared/domain';
import { SegmentsPage } from './segments.page';
import { settingsFixture } from '@journey-atlas/web/settings/data-access';
import { sideDefinition } from './side-editor.component';

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
const Z = {
  test: 'two_proportion_z' as const,
  degreesOfFreedom: null,
  reason: null,
  smallSample: false,
};
const COMPARE: SegmentCompareDto = {
  alpha: 0.05,
  a: { filter: FILTER, journeys: 40, transitions: 10, topPaths: [] },
  b: { filter: FILTER, journeys: 40, transitions: 30, topPaths: [] },
  metrics: [
    {
      name: 'self_service_share',
      label: 'Self-service share',
      unit: 'ratio',
      betterWhen: 'higher',
      kind: 'rate',
      a: { value: 0.75, numerator: 30, denominator: 40, standardDeviation: null },
      b: { value: 0.25, numerator: 10, denominator: 40, standardDeviation: null },
      difference: 0.5,
      aBetter: true,
      significance: { ...Z, statistic: 4.47, pValue: 0.0000077, significant: true },
    },
  ],
  paths: [
    {
      path: ['web'],
      a: { count: 30, share: 0.75 },
      b: { count: 10, share: 0.25 },
      difference: 0.5,
      significance: { ...Z, statistic: 4.47, pValue: 0.0000077, significant: true },
    },
  ],
  transitions: [
    {
      source: 'web',
      target: 'phone',
      a: { count: 2, share: 0.2 },
      b: { count: 6, share: 0.2 },
      difference: 0,
      significance: { ...Z, statistic: 0, pValue: 1, significant: false },
    },
  ],
};
const EMPTY_MAP: JourneyMapDto = {
  filter: FILTER,
  nodes: [],
  links: [],
  totals: { journeys: 0, resolved: 0, unresolved: 0, truncated: 0, folded: 0, minCount: 1 },
};

describe(SegmentsPage.name, () => {
  async function open(url: string) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'segments', component: SegmentsPage }]),
        provideLocationMocks(),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    const harness = await RouterTestingHarness.create(url);
    const http = TestBed.inject(HttpTestingController);
    // The workspace's counted custom attributes join the sides' attribute lists.
    http.expectOne('/api/v1/settings').flush(settingsFixture());
    const router = TestBed.inject(Router);
    const element = harness.routeNativeElement as HTMLElement;
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await harness.fixture.whenStable();
    };
    return { element, router, settle, http };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('shows the metrics with difference and significance, paths, transitions and both maps', async () => {
    const { element, http, settle } = await open(
      '/segments?a.segment.tier=gold&b.segment.tier=standard',
    );
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Comparing');
    const compare = http.expectOne((r) => r.url === '/api/v1/segments/compare');
    expect(compare.request.params.toString()).toBe('a.segment.tier=gold&b.segment.tier=standard');
    compare.flush(COMPARE);
    const [mapA, mapB] = http.match((r) => r.url === '/api/v1/journey-map');
    mapA.flush(EMPTY_MAP);
    mapB.flush({ message: 'boom' }, { status: 500, statusText: 'Server Error' });
    await settle();
    const cells = Array.from(
      element.querySelectorAll('[data-testid="segments-metrics"] tbody tr > *'),
    ).map((c) => c.textContent?.replace(/\s+/g, ' ').trim());
    expect(cells).toEqual([
      'Self-service share',
      '75%',
      '25%',
      '+50 pp A better',
      '●Significant (z-test, p < 0.001)',
    ]);
    expect(element.querySelector('[data-testid="segments-paths"] tbody th')?.textContent).toBe(
      'Web',
    );
    expect(
      element.querySelector('[data-testid="segments-transitions"] tbody')?.textContent,
    ).toContain('Could be noise');
    expect(element.querySelector('[data-testid="segments-summary"]')?.textContent).toContain(
      'Tier = gold',
    );
    expect(element.querySelector('a[download]')?.getAttribute('href')).toBe(
      '/api/v1/segments/compare?a.segment.tier=gold&b.segment.tier=standard&format=csv',
    );
    expect(element.querySelector('[data-testid="segments-map-a"]')?.textContent).toContain(
      'No journeys on this side',
    );
    expect(
      element.querySelector('[data-testid="segments-map-b"] [role="alert"]')?.textContent,
    ).toContain('boom');
  });

  it('says what to do when no side is chosen, and offers an example', async () => {
    const { element, router, http, settle } = await open('/segments');
    expect(element.querySelector('[data-testid="segments-empty"]')?.textContent).toContain(
      'Choose a segment for A and for B',
    );
    const example = Array.from(element.querySelectorAll('button')).find((b) =>
      b.textContent?.includes('Gold with Standard'),
    ) as HTMLButtonElement;
    example.click();
    await settle();
    expect(router.url).toBe('/segments?a.segment.tier=gold&b.segment.tier=standard');
    http.expectOne((r) => r.url === '/api/v1/segments/compare').flush(COMPARE);
    http.match((r) => r.url === '/api/v1/journey-map').forEach((m) => m.flush(EMPTY_MAP));
  });

  it('keeps a side’s edit in the URL', async () => {
    const { element, router, http, settle } = await open(
      '/segments?a.segment.tier=gold&intent=billing',
    );
    http.expectOne((r) => r.url === '/api/v1/segments/compare').flush(COMPARE);
    http.match((r) => r.url === '/api/v1/journey-map').forEach((m) => m.flush(EMPTY_MAP));
    await settle();
    const attribute = element.querySelector('#ja-segment-b-attribute') as HTMLSelectElement;
    // The built-in attributes, then the custom one the workspace counts (settingsFixture).
    expect(Array.from(attribute.options).map((option) => option.value)).toEqual([
      '',
      'tier',
      'region',
      'valueBand',
      'specialNeeds',
      'ageBand',
    ]);
    attribute.value = 'ageBand';
    attribute.dispatchEvent(new Event('change'));
    (element.querySelector('#ja-segment-b-value') as HTMLInputElement).value = '25-34';
    (element.querySelector('#ja-segment-b-from') as HTMLInputElement).value = '2026-11-01';
    (element.querySelector('[data-testid="side-b-apply"]') as HTMLButtonElement).click();
    await settle();
    expect(router.url).toBe(
      '/segments?a.segment.tier=gold&intent=billing&b.segment.ageBand=25-34&b.from=2026-11-01',
    );
    const again = http.expectOne((r) => r.url === '/api/v1/segments/compare');
    expect(again.request.params.toString()).toBe(
      'a.intent=billing&a.segment.tier=gold&b.from=2026-11-01&b.intent=billing&b.segment.ageBand=25-34',
    );
    again.flush(COMPARE);
    http.match((r) => r.url === '/api/v1/journey-map').forEach((m) => m.flush(EMPTY_MAP));
  });
});

describe(sideDefinition.name, () => {
  it('turns the form into a definition or says what is missing', () => {
    expect(sideDefinition('tier', ' gold ', '', '')).toEqual({
      attribute: 'tier',
      value: 'gold',
      from: null,
      to: null,
    });
    expect(sideDefinition('tier', '', '', '')).toBe('Type a value for Tier.');
    expect(sideDefinition('', 'gold', '', '')).toBe('Choose the attribute this value belongs to.');
    expect(sideDefinition('', '', '2026-12-01', '2026-11-01')).toBe('"To" must be after "From".');
  });
});
