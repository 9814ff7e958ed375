import type { MetricsResponseDto, ReportOptionsDto } from '@journey-atlas/shared/domain';
import { screenshot } from './support/browser';
import { useBrowserSession } from './support/session';
import { ReportsPage } from './pages/reports.page';

/** The three reports (management, team, agent) on a small demo dataset. */
describe('reports on the demo data', () => {
  const session = useBrowserSession();

  async function api<T>(path: string): Promise<T> {
    return (await (await fetch(`${session.app.url}${path}`)).json()) as T;
  }

  /** The team or agent with the most contacts in the default report month. */
  async function busiest(groupBy: 'team' | 'agent'): Promise<string> {
    const options = await api<ReportOptionsDto>('/api/v1/reports/options');
    const [year, month] = options.defaultMonth.split('-').map(Number);
    const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
    const body = await api<MetricsResponseDto>(
      `/api/v1/metrics?names=transfer_rate&groupBy=${groupBy}&from=${options.defaultMonth}-01&to=${next}-01`,
    );
    const groups = (body.metrics[0].groups ?? []).filter((g) => g.group !== null);
    groups.sort((a, b) => b.denominator - a.denominator);
    return groups[0].group as string;
  }

  it('shows the management, team and agent reports with data', async () => {
    const { page, errors } = await session.newPage();
    const reports = new ReportsPage(page);

    await reports.open(session.app.url, '/');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Reports' })
      .click();
    await page.waitForURL(/\/reports\/management/);
    expect(await page.title()).toBe('Reports · Journey Atlas');
    await reports.managementRows.first().waitFor();
    expect(await reports.managementRows.count()).toBeGreaterThan(5);
    expect(await reports.period.innerText()).toMatch(/\d+ journeys/);
    await page.getByTestId('top-friction').getByText('journeys, adding').waitFor();
    await screenshot(page, 'reports-management');

    const team = await busiest('team');
    await reports.tab('Team');
    await page.waitForURL(/\/reports\/team/);
    await page.getByText('Choose a team above').waitFor();
    await reports.team.selectOption(team);
    await page.waitForURL(new RegExp(`/reports/team/${encodeURIComponent(team)}`));
    await reports.teamRows.first().waitFor();
    expect(await page.getByTestId('team-table').locator('thead th').count()).toBe(6); // metric, 4 months, change
    expect(await reports.teamRows.first().innerText()).toMatch(/Journeys\s+\d+/);
    await screenshot(page, 'reports-team');

    const agent = await busiest('agent');
    await reports.tab('Agent');
    await page.waitForURL(/\/reports\/agent/);
    await reports.agent.selectOption(agent);
    await page.waitForURL(new RegExp(`/reports/agent/${encodeURIComponent(agent)}`));
    await reports.agentRows.first().waitFor();
    expect(await reports.agentRows.count()).toBeGreaterThan(3);
    await page.getByText('never another agent').waitFor();
    expect(await reports.agentRows.first().innerText()).toMatch(/vs team|no comparison/);
    await screenshot(page, 'reports-agent');

    // The state is in the URL: a reload shows the same report.
    await page.reload();
    await reports.agentRows.first().waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
