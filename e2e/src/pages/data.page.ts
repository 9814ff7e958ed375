import type { Locator, Page } from 'playwright-core';

/** Data, as a user sees it: the import form, its progress and result, the data-quality list. */
export class DataPage {
  readonly fileInput: Locator;
  readonly importButton: Locator;
  readonly progressLabel: Locator;
  readonly progressBar: Locator;
  readonly tally: Locator;
  readonly rejectedRows: Locator;
  readonly quality: Locator;

  constructor(private readonly page: Page) {
    this.fileInput = page.getByLabel('File (CSV or NDJSON)');
    this.importButton = page.getByRole('button', { name: 'Import', exact: true });
    this.progressLabel = page.getByTestId('import-progress-label');
    this.progressBar = page.locator('#ja-import-progress');
    this.tally = page.getByTestId('import-tally');
    this.rejectedRows = page.getByTestId('rejected-rows').locator('tbody tr');
    this.quality = page.getByRole('region', { name: 'Data quality: over-linked identifiers' });
  }

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/data`);
    await this.fileInput.waitFor();
  }

  /** Every text the progress label shows from now on, in order (a MutationObserver). */
  async recordProgressLabels(): Promise<() => Promise<string[]>> {
    await this.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __progressLabels: string[] }).__progressLabels = seen;
      const note = () => {
        const text = document
          .querySelector('[data-testid="import-progress-label"]')
          ?.textContent?.trim();
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      };
      new MutationObserver(note).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    return () =>
      this.page.evaluate(
        () => (window as unknown as { __progressLabels: string[] }).__progressLabels,
      );
  }

  async tallyValue(name: 'rows' | 'accepted' | 'duplicates' | 'rejected'): Promise<string> {
    return this.page.getByTestId(`tally-${name}`).innerText();
  }
}
