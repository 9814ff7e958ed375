import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideLocationMocks } from '@angular/common/testing';
import { TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ChannelShiftsPage } from './channel-shifts.page';
import { LeakHeatmap } from './heatmap/leak-heatmap.component';
import { channelShiftsFixture } from '@journey-atlas/web/channel-shifts/data-access';

const { SHIFTS } = channelShiftsFixture;

describe(ChannelShiftsPage.name, () => {
  async function open(url: string) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'channel-shifts', component: ChannelShiftsPage }]),
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
    const request = () => http.expectOne((r) => r.url === '/api/v1/channel-shifts');
    return { harness, http, router, element, settle, request };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('loads with the URL’s filters and options and shows leaks, opportunities and assumptions', async () => {
    const { harness, element, request, settle } = await open('/channel-shifts?channel=web&cap=0.4');
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Loading');
    const call = request();
    expect(call.request.params.toString()).toBe('channel=web&cap=0.4');
    call.flush(SHIFTS);
    await settle();
    const heatmap = harness.fixture.debugElement.query(By.directive(LeakHeatmap))
      .componentInstance as LeakHeatmap;
    expect(heatmap.matrix().total).toBe(60);
    expect((element.querySelector('#ja-shift-cap') as HTMLSelectElement).value).toBe('0.4');
    const opportunities = element.querySelector('[data-testid="opportunities"]')?.textContent;
    expect(opportunities).toContain('password-reset');
    expect(opportunities).toContain('$711 / month');
    expect(opportunities).toContain('30% (the cap; containment is 80%)');
    expect(element.querySelector('[data-testid="shift-assumptions"]')?.textContent).toContain(
      'Leak: the first assisted step',
    );
    // The table alternative lists every channel pair with its intents.
    const rows = Array.from(element.querySelectorAll('[data-testid="leak-table"] tbody tr'));
    expect(rows.map((r) => r.querySelector('th')?.textContent?.trim())).toEqual([
      'Web',
      'App',
      'Web',
    ]);
    expect(rows[0].textContent).toContain('plan-change (40), billing (10)');
  });

  it('keeps options in the URL and reloads when one changes', async () => {
    const { element, router, request, settle } = await open('/channel-shifts');
    request().flush(SHIFTS);
    await settle();
    const select = element.querySelector('#ja-shift-containment') as HTMLSelectElement;
    expect(select.value).toBe('0.5');
    select.value = '0.7';
    select.dispatchEvent(new Event('change'));
    await settle();
    expect(router.url).toBe('/channel-shifts?minContainment=0.7');
    const again = request();
    expect(again.request.params.toString()).toBe('minContainment=0.7');
    again.flush({ ...SHIFTS, leaks: [], opportunities: [] });
    await settle();
    const empties = Array.from(element.querySelectorAll('.empty')).map((e) => e.textContent);
    expect(empties[0]).toContain(
      'No journeys that began in self-service reached an assisted channel',
    );
    expect(empties[1]).toContain('containment of at least 70%');
  });

  it('shows the picked cell’s intents', async () => {
    const { harness, element, request, settle } = await open('/channel-shifts');
    request().flush(SHIFTS);
    await settle();
    const heatmap = harness.fixture.debugElement.query(By.directive(LeakHeatmap))
      .componentInstance as LeakHeatmap;
    heatmap.cellSelected.emit(heatmap.matrix().cells[0]);
    await settle();
    const details = element.querySelector('[data-testid="leak-details"]')?.textContent;
    expect(details).toContain('Web → Phone');
    expect(details).toContain('plan-change: 40');
    expect(details).toContain('11 more than other intents show for this pair');
  });

  it('says what went wrong and retries', async () => {
    const { element, request, settle } = await open('/channel-shifts');
    request().flush(
      { message: 'cap must be a number from 0.2 to 0.4' },
      { status: 400, statusText: 'Bad' },
    );
    await settle();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      'could not be loaded: cap must be a number from 0.2 to 0.4',
    );
    (element.querySelector('[role="alert"] button') as HTMLButtonElement).click();
    request().flush(SHIFTS);
    await settle();
    expect(element.querySelector('[role="alert"]')).toBeNull();
  });
});
