import type { Locator, Page } from 'playwright-core';

/** Overview, as a user sees it: the period, the key metric cards and the entry points. */
export class OverviewPage {
  readonly cards: Locator;
  readonly period: Locator;

  constructor(private readonly page: Page) {
    this.cards = page.getByTestId('metric-card');
    this.period = page.getByTestId('overview-period');
  }

  async open(baseUrl: string, query = ''): Promise<void> {
    await this.page.goto(`${baseUrl}/${query}`);
    await this.cards.first().waitFor();
  }

  /** Each card's title and shown value, in screen order. */
  async metrics(): Promise<{ label: string; value: string }[]> {
    return this.cards.evaluateAll((cards) =>
      cards.map((card) => ({
        label: card.querySelector('h2')?.textContent?.trim() ?? '',
        value: card.querySelector('[data-testid="metric-value"]')?.textContent?.trim() ?? '',
      })),
    );
  }
}
