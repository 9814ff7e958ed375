import type { Locator, Page } from 'playwright-core';

/** Journey map, as a user sees it: the filter bar, the Sankey and its selection panel. */
export class JourneyMapPage {
  readonly chart: Locator;
  readonly channelFilter: Locator;
  readonly selection: Locator;

  constructor(private readonly page: Page) {
    this.chart = page.getByTestId('sankey-svg');
    this.channelFilter = page.getByLabel('Channel', { exact: true });
    this.selection = page.getByTestId('map-selection');
  }

  async open(baseUrl: string, query = ''): Promise<void> {
    await this.page.goto(`${baseUrl}/journey-map${query}`);
    await this.chart.waitFor();
  }

  /** The accessible descriptions of the drawn flows (one per link). */
  async flowDescriptions(): Promise<string[]> {
    return this.chart
      .locator('[role="button"]')
      .evaluateAll((elements) =>
        elements.map((element) => element.getAttribute('aria-label') ?? ''),
      );
  }
}
