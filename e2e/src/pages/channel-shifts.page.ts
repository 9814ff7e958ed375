import type { Locator, Page } from 'playwright-core';

/** Channel shifts, as a user sees it: the leak heatmap, its table and the opportunities. */
export class ChannelShiftsPage {
  readonly heatmap: Locator;
  readonly cells: Locator;
  readonly table: Locator;
  readonly opportunities: Locator;

  constructor(private readonly page: Page) {
    this.heatmap = page.getByTestId('leak-heatmap-svg');
    this.cells = this.heatmap.locator('.cell[role="button"]');
    this.table = page.getByTestId('leak-table');
    this.opportunities = page.getByTestId('opportunities').locator(':scope > li');
  }

  async open(baseUrl: string, query = ''): Promise<void> {
    await this.page.goto(`${baseUrl}/channel-shifts${query}`);
    await this.page
      .getByRole('heading', { name: 'Opportunities, by projected monthly savings' })
      .waitFor();
  }
}
