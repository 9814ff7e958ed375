import type { Locator, Page } from 'playwright-core';

/** Friction, as a user sees it: the ranking table, or the message that nothing hit a rule. */
export class FrictionPage {
  readonly table: Locator;
  readonly rows: Locator;
  readonly groupBy: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByTestId('friction-table');
    this.rows = this.table.locator('tbody tr');
    this.groupBy = page.getByLabel('Break down by');
  }

  async open(baseUrl: string, query = ''): Promise<void> {
    await this.page.goto(`${baseUrl}/friction${query}`);
    await this.rows.first().waitFor();
  }
}
