import type { Locator, Page } from 'playwright-core';

/** Settings, as a user sees it: the form, its save button and the save/rebuild status. */
export class SettingsPage {
  readonly form: Locator;
  readonly saveButton: Locator;
  readonly status: Locator;
  readonly window: Locator;
  readonly rollupAttributes: Locator;

  constructor(private readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Workspace settings' });
    this.saveButton = page.getByRole('button', { name: 'Save', exact: true });
    this.status = page.getByTestId('save-status');
    this.window = page.getByLabel('Journey window (hours)');
    this.rollupAttributes = page.getByLabel('Custom attributes in the rollups');
  }

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/settings`);
    await this.form.waitFor();
  }

  cost(channelLabel: string): Locator {
    return this.page.getByLabel(`${channelLabel} cost per contact in USD`);
  }

  /** The message shown next to an input (its aria-describedby element). */
  async messageFor(input: Locator): Promise<string> {
    const id = await input.getAttribute('aria-describedby');
    return this.page.locator(`[id="${id}"]`).innerText();
  }
}
