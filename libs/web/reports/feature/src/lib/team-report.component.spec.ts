import { TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { TeamReportView } from './team-report.component';
import { openReports, teamReport } from './testing';

describe(TeamReportView.name, () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('asks to choose a team, then keeps the team in the path', async () => {
    const { element, router, http, settle, answerOptions, select } = await openReports(
      '/reports/team?month=2026-10',
    );
    answerOptions();
    await settle();
    expect(element.querySelector('.empty')?.textContent).toContain('Choose a team');
    await select('#ja-report-team', 'Tech Support');
    expect(router.url).toBe('/reports/team/Tech%20Support?month=2026-10');
    const call = http.expectOne((r) => r.url === '/api/v1/reports/teams/Tech%20Support');
    expect(call.request.params.toString()).toBe('months=3&month=2026-10');
    call.flush(teamReport({ team: 'Tech Support' }));
  });

  it('shows each month with the chosen one last and the change vs the month before', async () => {
    const { element, router, http, settle, answerOptions, select } = await openReports(
      '/reports/team/Billing?months=2&from=2026-10-01&team=Orders',
    );
    answerOptions();
    const call = http.expectOne((r) => r.url === '/api/v1/reports/teams/Billing');
    expect(call.request.params.toString()).toBe('months=2');
    call.flush(teamReport());
    await settle();
    expect(element.textContent).toContain("filter bar's from, team do not apply");
    const headers = Array.from(element.querySelectorAll('[data-testid="team-table"] thead th')).map(
      (th) => th.textContent?.trim(),
    );
    expect(headers).toEqual(['Metric', 'Aug 2026', 'Sep 2026', 'Oct 2026', 'vs month before']);
    const aht = element.querySelectorAll('[data-testid="team-table"] tbody tr')[1];
    expect(aht.textContent).toContain('Average handle time');
    expect(aht.querySelector('.chosen')?.textContent?.trim()).toBe('5.8 min');
    expect(aht.querySelector('.worse')?.textContent?.trim()).toBe('+1.7 min');
    await select('#ja-report-months', '6');
    expect(router.url).toContain('months=6');
    http.expectOne((r) => r.url === '/api/v1/reports/teams/Billing').flush(teamReport());
  });

  it('says so when the team is unknown or has no journeys', async () => {
    const { element, http, settle, answerOptions } = await openReports('/reports/team/Nobody');
    answerOptions();
    http
      .expectOne((r) => r.url === '/api/v1/reports/teams/Nobody')
      .flush(
        { message: 'No touchpoint belongs to team "Nobody"' },
        { status: 404, statusText: 'Not Found' },
      );
    await settle();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('team "Nobody"');
    (element.querySelector('[role="alert"] button') as HTMLButtonElement).click();
    http
      .expectOne((r) => r.url === '/api/v1/reports/teams/Nobody')
      .flush(teamReport({ team: 'Nobody', journeys: [0, 0, 0] }));
    await settle();
    expect(element.querySelector('.empty')?.textContent).toContain(
      'Nobody has no journeys in October 2026',
    );
  });
});
