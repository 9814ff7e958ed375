import type { Locator, Page } from 'playwright-core';

/** The overview's entry points and its live section, as a user sees them. */
export class OverviewLiveSection {
  readonly frictionCard: Locator;
  readonly channelShiftCard: Locator;
  readonly status: Locator;
  readonly total: Locator;
  readonly alerts: Locator;

  constructor(private readonly page: Page) {
    this.frictionCard = page.getByTestId('entry-friction');
    this.channelShiftCard = page.getByTestId('entry-channel-shift');
    this.status = page.getByTestId('live-status');
    this.total = page.getByTestId('live-total');
    this.alerts = page.getByTestId('live-alerts');
  }

  /** Waits until both entry-point cards have an answer (not loading). */
  async waitForEntryPoints(): Promise<void> {
    for (const card of [this.frictionCard, this.channelShiftCard]) {
      await card.locator('p:not([role="status"])').first().waitFor();
    }
  }

  /** Touchpoints in the live strip's window, once the strip is shown. */
  async liveTotal(): Promise<number> {
    await this.total.waitFor();
    return Number(await this.total.innerText());
  }

  /** Waits until the live strip counts more than `than` touchpoints. */
  async waitForTotalAbove(than: number): Promise<number> {
    const handle = await this.page.waitForFunction(
      (min) => {
        const text = document.querySelector('[data-testid="live-total"]')?.textContent ?? '';
        const total = Number(text.trim());
        return Number.isFinite(total) && total > min ? total : null;
      },
      than,
      { timeout: 30_000 },
    );
    return (await handle.jsonValue()) as number;
  }
}
