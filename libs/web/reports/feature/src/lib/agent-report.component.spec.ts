import { TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { AgentReportView } from './agent-report.component';
import { agentReport, openReports } from './testing';

describe(AgentReportView.name, () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('puts the chosen agent beside their team, privately', async () => {
    const { element, router, http, settle, answerOptions, select } = await openReports(
      '/reports/agent?team=Orders&intent=refund',
    );
    answerOptions();
    await settle();
    expect(element.querySelector('.empty')?.textContent).toContain('Choose an agent');
    expect(element.textContent).toContain("the filter bar's team does not apply");
    const agents = Array.from(element.querySelectorAll('#ja-report-agent option')).map((o) =>
      o.textContent?.trim(),
    );
    expect(agents).toEqual(['Choose an agent…', 'agent-001 (Tech Support)', 'agent-015 (Billing)']);
    await select('#ja-report-agent', 'agent-015');
    expect(router.url).toBe('/reports/agent/agent-015?team=Orders&intent=refund');
    const call = http.expectOne((r) => r.url === '/api/v1/reports/agents/agent-015');
    expect(call.request.params.toString()).toBe('intent=refund');
    call.flush(agentReport());
    await settle();
    expect(element.textContent).toContain('never another agent');
    const headers = Array.from(
      element.querySelectorAll('[data-testid="agent-table"] thead th'),
    ).map((th) => th.textContent?.trim());
    expect(headers).toEqual(['Metric', 'agent-015', 'Team Billing', 'Against the team']);
    const row = element.querySelector('[data-testid="agent-table"] tbody tr') as HTMLElement;
    expect(row.querySelector('.better')?.textContent).toBe('−30 s vs team (better)');
    const csv = element.querySelector('a[download="agent-report.csv"]') as HTMLAnchorElement;
    expect(csv.getAttribute('href')).toBe(
      '/api/v1/reports/agents/agent-015?intent=refund&format=csv',
    );
  });

  it('says what to do when the agent has no contacts in the period', async () => {
    const { element, http, settle, answerOptions } = await openReports(
      '/reports/agent/agent-001?month=2026-09',
    );
    answerOptions();
    const call = http.expectOne((r) => r.url === '/api/v1/reports/agents/agent-001');
    expect(call.request.params.toString()).toBe('month=2026-09');
    call.flush(agentReport({ agentId: 'agent-001', contacts: 0 }));
    await settle();
    expect(element.querySelector('.empty')?.textContent).toContain(
      'agent-001 handled no contacts in',
    );
  });
});
