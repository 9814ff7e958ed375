import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideLocationMocks } from '@angular/common/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { PathsResponse } from '@journey-atlas/web/paths/data-access';
import { PathsPage } from './paths.page';

function response(paths: PathsResponse['paths']): PathsResponse {
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
    journeys: 10,
    paths,
  };
}

const PATHS = response([
  {
    path: ['web', 'chat', 'phone'],
    count: 6,
    share: 0.6,
    resolutionRate: 0.5,
    meanCost: 12.5,
    meanDurationSeconds: 7200,
  },
  {
    path: ['chatbot'],
    count: 4,
    share: 0.4,
    resolutionRate: 1,
    meanCost: 0.4,
    meanDurationSeconds: 90,
  },
]);

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

describe(PathsPage.name, () => {
  async function open(url: string) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'paths', component: PathsPage }]),
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
    const request = () => http.expectOne((r) => r.url === '/api/v1/paths');
    return { element, router, settle, request };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('shows each path as channel chips in order with its numbers', async () => {
    const { element, request, settle } = await open('/paths?channel=web');
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Loading');
    const call = request();
    expect(call.request.params.toString()).toBe('channel=web&limit=20');
    call.flush(PATHS);
    await settle();
    const rows = element.querySelectorAll('[data-testid="paths-table"] tbody tr');
    expect(rows).toHaveLength(2);
    const chips = Array.from(rows[0].querySelectorAll('.chip')).map((c) => c.textContent?.trim());
    expect(chips).toEqual(['Web', 'Chat', 'Phone']);
    expect(rows[0].querySelector('ol')?.getAttribute('aria-label')).toBe(
      'Web, then Chat, then Phone',
    );
    const cells = Array.from(rows[0].querySelectorAll('td')).map((c) => c.textContent?.trim());
    expect(cells).toEqual(['6', '60%', '50%', '$12.50', '2 h']);
  });

  it('keeps the limit in the URL and reloads with it', async () => {
    const { element, router, request, settle } = await open('/paths');
    request().flush(PATHS);
    await settle();
    const limit = element.querySelector('#ja-paths-limit') as HTMLSelectElement;
    limit.value = '50';
    limit.dispatchEvent(new Event('change'));
    await settle();
    expect(router.url).toBe('/paths?limit=50');
    const again = request();
    expect(again.request.params.get('limit')).toBe('50');
    again.flush(PATHS);
  });

  it('exports the table as CSV', async () => {
    const { element, request, settle } = await open('/paths');
    request().flush(PATHS);
    await settle();
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:paths';
    });
    URL.revokeObjectURL = jest.fn();
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    const button = Array.from(element.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'Export CSV',
    ) as HTMLButtonElement;
    button.click();
    expect(click).toHaveBeenCalled();
    expect(blobs).toHaveLength(1);
    expect(await readBlob(blobs[0])).toContain('web > chat > phone,6,0.6,0.5,12.5,7200');
    click.mockRestore();
  });

  it('says what to do when no journeys match', async () => {
    const { element, request, settle } = await open('/paths?channel=fax');
    request().flush(response([]));
    await settle();
    expect(element.textContent).toContain(
      'No journeys for these filters — widen the dates or clear filters.',
    );
    const button = Array.from(element.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'Export CSV',
    ) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
  });

  it('says what went wrong and retries on request', async () => {
    const { element, request, settle } = await open('/paths');
    request().flush({ message: 'database is down' }, { status: 503, statusText: 'Unavailable' });
    await settle();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      'could not be loaded: database is down',
    );
    (element.querySelector('[role="alert"] button') as HTMLButtonElement).click();
    request().flush(PATHS);
    await settle();
    expect(element.querySelectorAll('tbody tr')).toHaveLength(2);
  });
});
