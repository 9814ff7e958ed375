import type { Locator, Page } from 'playwright-core';

/** Top paths, as a user sees it: the table of full paths with their channel chips. */
export class PathsPage {
  readonly table: Locator;
  readonly rows: Locator;

  constructor(page: Page) {
    this.table = page.getByTestId('paths-table');
    this.rows = this.table.locator('tbody tr');
  }

  async waitForRows(): Promise<void> {
    await this.rows.first().waitFor();
  }

  /** The channel chips of one row, in order. */
  async chips(row: number): Promise<string[]> {
    return this.rows.nth(row).locator('.chip').allInnerTexts();
  }
}
