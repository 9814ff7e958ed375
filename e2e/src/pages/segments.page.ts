import type { Locator, Page } from 'playwright-core';

/** Segment compare, as a user sees it: two side editors, the metrics table, two journey maps. */
export class SegmentsPage {
  readonly metrics: Locator;
  readonly metricRows: Locator;
  readonly paths: Locator;
  readonly maps: Locator;
  readonly empty: Locator;

  constructor(private readonly page: Page) {
    this.metrics = page.getByTestId('segments-metrics');
    this.metricRows = this.metrics.locator('tbody tr');
    this.paths = page.getByTestId('segments-paths');
    this.maps = page.locator('[data-testid^="segments-map-"] [data-testid="sankey-svg"]');
    this.empty = page.getByTestId('segments-empty');
  }

  async open(baseUrl: string, query = ''): Promise<void> {
    await this.page.goto(`${baseUrl}/segments${query}`);
  }

  /** Sets one side's segment in its editor and applies it. */
  async setSide(side: 'a' | 'b', attribute: string, value: string): Promise<void> {
    await this.page.getByTestId(`side-${side}-attribute`).selectOption(attribute);
    await this.page.getByTestId(`side-${side}-value`).fill(value);
    await this.page.getByTestId(`side-${side}-apply`).click();
  }

  /** The cells of the metrics table, row by row. */
  async metricCells(): Promise<string[][]> {
    return this.metricRows.evaluateAll((rows) =>
      rows.map((row) =>
        Array.from(row.children).map((cell) =>
          (cell.textContent ?? '').replace(/\s+/g, ' ').trim(),
        ),
      ),
    );
  }
}
