import { TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { ManagementReportView } from './management-report.component';
import { managementReport, openReports } from './testing';

describe(ManagementReportView.name, () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('opens /reports on the management tab and ranks the changes', async () => {
    const { element, router, http, settle, answerOptions } =
      await openReports('/reports?channel=phone');
    await settle();
    expect(router.url).toBe('/reports/management?channel=phone');
    answerOptions();
    expect(element.textContent).toContain('Loading the management report');
    const call = http.expectOne((r) => r.url === '/api/v1/reports/management');
    expect(call.request.params.toString()).toBe('channel=phone');
    call.flush(managementReport());
    await settle();
    const rows = element.querySelectorAll('[data-testid="management-table"] tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('Transfer rate');
    expect(rows[0].textContent).toContain('lower is better');
    expect(rows[0].textContent).toContain('+22.5 pts');
    expect(rows[0].textContent).toContain('significant · worse');
    expect(rows[0].querySelector('.worse')).not.toBeNull();
    expect(rows[1].textContent).toContain('unchanged');
    expect(element.querySelector('[data-testid="report-period"]')?.textContent).toContain(
      'October 2026 vs September 2026 (the last full month in the data)',
    );
    expect(element.querySelector('[data-testid="top-friction"]')?.textContent).toContain(
      'Failed containment in 1770 journeys, adding $14,101',
    );
    expect(element.querySelector('[data-testid="top-opportunity"]')?.textContent).toContain(
      'No intent is contained well enough',
    );
    const csv = element.querySelector('a[download="management-report.csv"]') as HTMLAnchorElement;
    expect(csv.getAttribute('href')).toBe('/api/v1/reports/management?channel=phone&format=csv');
  });

  it('keeps the month in the URL and asks for it', async () => {
    const { router, http, settle, answerOptions, select } =
      await openReports('/reports/management');
    answerOptions();
    http.expectOne((r) => r.url === '/api/v1/reports/management').flush(managementReport());
    await settle();
    await select('select[id^="ja-report-month"]', '2026-09');
    expect(router.url).toBe('/reports/management?month=2026-09');
    const again = http.expectOne((r) => r.url === '/api/v1/reports/management');
    expect(again.request.params.get('month')).toBe('2026-09');
    again.flush(managementReport());
  });

  it('lets the filter bar dates set the period', async () => {
    const { element, http, settle, answerOptions } = await openReports(
      '/reports/management?from=2026-10-01&to=2026-10-15&month=2026-09',
    );
    answerOptions();
    const call = http.expectOne((r) => r.url === '/api/v1/reports/management');
    expect(call.request.params.toString()).toBe('from=2026-10-01&to=2026-10-15');
    call.flush(managementReport());
    await settle();
    expect(
      (element.querySelector('select[id^="ja-report-month"]') as HTMLSelectElement).disabled,
    ).toBe(true);
  });

  it('says what to do when there are no journeys, and when loading fails', async () => {
    const { element, http, settle, answerOptions } = await openReports('/reports/management');
    answerOptions();
    http
      .expectOne((r) => r.url === '/api/v1/reports/management')
      .flush({ message: 'database is down' }, { status: 503, statusText: 'Unavailable' });
    await settle();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      'could not be loaded: database is down',
    );
    (element.querySelector('[role="alert"] button') as HTMLButtonElement).click();
    http
      .expectOne((r) => r.url === '/api/v1/reports/management')
      .flush(managementReport({ journeys: 0, changes: [] }));
    await settle();
    expect(element.querySelector('.empty')?.textContent).toContain(
      'pick another month or clear filters',
    );
  });
});
