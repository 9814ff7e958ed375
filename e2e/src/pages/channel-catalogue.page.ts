import type { Locator, Page } from 'playwright-core';

/** Settings › Channels, as a user sees it. */
export class ChannelCataloguePage {
  readonly table: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Channel catalogue' });
  }

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/settings/channels`);
    await this.table.waitFor();
  }

  rows(): Locator {
    return this.table.locator('tbody tr');
  }

  row(channel: string): Locator {
    return this.table.locator(`tbody tr[data-channel="${channel}"]`);
  }
}
