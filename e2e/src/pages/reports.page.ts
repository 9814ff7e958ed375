import type { Locator, Page } from 'playwright-core';

/** Reports, as a user sees them: three tabs, pickers, and one table per report. */
export class ReportsPage {
  readonly tabs: Locator;
  readonly managementRows: Locator;
  readonly teamRows: Locator;
  readonly agentRows: Locator;
  readonly team: Locator;
  readonly agent: Locator;
  readonly period: Locator;

  constructor(private readonly page: Page) {
    this.tabs = page.getByRole('navigation', { name: 'Reports' });
    this.managementRows = page.getByTestId('management-table').locator('tbody tr');
    this.teamRows = page.getByTestId('team-table').locator('tbody tr');
    this.agentRows = page.getByTestId('agent-table').locator('tbody tr');
    this.team = page.locator('#ja-report-team');
    this.agent = page.locator('#ja-report-agent');
    this.period = page.getByTestId('report-period');
  }

  async open(baseUrl: string, path = '/reports'): Promise<void> {
    await this.page.goto(`${baseUrl}${path}`);
  }

  async tab(name: 'Management' | 'Team' | 'Agent'): Promise<void> {
    await this.tabs.getByRole('link', { name }).click();
  }
}
