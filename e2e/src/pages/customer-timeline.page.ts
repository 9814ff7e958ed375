import type { Locator, Page } from 'playwright-core';

/** Customers and the customer timeline, as a user sees them. */
export class CustomerTimelinePage {
  readonly chart: Locator;
  readonly marks: Locator;
  readonly details: Locator;
  readonly table: Locator;
  readonly kind: Locator;
  readonly value: Locator;

  constructor(private readonly page: Page) {
    this.chart = page.getByTestId('swimlane-svg');
    this.marks = this.chart.locator('.marks [role="button"]');
    this.details = page.getByTestId('touchpoint-details');
    this.table = page.getByTestId('swimlane-table');
    this.kind = page.getByLabel('Identifier', { exact: true });
    this.value = page.getByLabel('Value', { exact: true });
  }

  async openSearch(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/customers`);
    await this.value.waitFor();
  }

  async search(kind: string, value: string): Promise<void> {
    await this.kind.selectOption(kind);
    await this.value.fill(value);
    await this.page.getByRole('button', { name: 'Find customer' }).click();
  }

  /** The channel of every lane, top to bottom. */
  async lanes(): Promise<string[]> {
    return this.chart
      .locator('[data-lane]')
      .evaluateAll((elements) => elements.map((e) => e.getAttribute('data-lane') ?? ''));
  }
}
