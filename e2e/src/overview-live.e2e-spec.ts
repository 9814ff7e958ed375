import type { Page } from 'playwright-core';
import type { ChannelShiftsDto, FrictionRankingDto } from '@journey-atlas/shared/domain';
import { screenshot } from './support/browser';
import { useBrowserSession } from './support/session';
import { OverviewPage } from './pages/overview.page';
import { OverviewLiveSection } from './pages/overview-live.page';

/** The overview's entry points and live updates against the real app with demo data. */
describe('overview entry points and live updates', () => {
  const session = useBrowserSession();
  // One page for both tests: the single-process Chromium ends with its last page.
  let page: Page;
  let errors: string[];

  async function get<T>(path: string): Promise<T> {
    return (await (await fetch(`${session.app.url}${path}`)).json()) as T;
  }

  beforeAll(async () => {
    ({ page, errors } = await session.newPage({ width: 1280, height: 1200 }));
  });

  it('shows the top friction and channel-shift opportunity as links to their screens', async () => {
    const overview = new OverviewPage(page);
    await overview.open(session.app.url);
    const live = new OverviewLiveSection(page);
    await live.waitForEntryPoints();

    expect(await page.getByTestId('entry-friction-link').getAttribute('href')).toBe('/friction');
    expect(await page.getByTestId('entry-channel-shift-link').getAttribute('href')).toBe(
      '/channel-shifts',
    );
    // The cards show what the API ranks first for the same period.
    const dates = await page.evaluate(() => {
      const text = document.querySelector('[data-testid="overview-period"]')?.textContent ?? '';
      return text.match(/\d{4}-\d{2}-\d{2}/g) ?? [];
    });
    const to = new Date(Date.parse(`${dates[1]}T00:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    const query = `from=${dates[0]}&to=${to}`;
    const friction = await get<FrictionRankingDto>(`/api/v1/friction?${query}`);
    const top = friction.friction.find((row) => row.count > 0);
    expect(top).toBeDefined();
    expect(await live.frictionCard.innerText()).toContain(
      `${top?.count.toLocaleString('en-US')} events`,
    );
    const shifts = await get<ChannelShiftsDto>(`/api/v1/channel-shifts?${query}`);
    const card = await live.channelShiftCard.innerText();
    if (shifts.opportunities.length > 0) {
      expect(card).toContain(`Move “${shifts.opportunities[0].intent}” to self-service`);
    } else {
      expect(card).toContain('No intent qualifies yet');
    }
    await page.getByTestId('entry-friction-link').click();
    await page.waitForURL(/\/friction/);
  });

  it('updates the live strip and fired alerts without a reload when touchpoints arrive', async () => {
    // A rule that fires after any build with journeys in the last year.
    const rule = await fetch(`${session.app.url}/api/v1/alerts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'E2E journeys present',
        kind: 'metric_threshold',
        metric: 'contacts_per_journey',
        comparison: 'above',
        value: 0,
        windowDays: 366,
      }),
    });
    expect(rule.status).toBe(201);

    const overview = new OverviewPage(page);
    await overview.open(session.app.url);
    const live = new OverviewLiveSection(page);
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="live-status"]')?.textContent?.includes('connected'),
    );
    const before = await live.liveTotal();
    // Marks this document: a reload would lose it.
    await page.evaluate(() => ((window as unknown as { e2eMarker: number }).e2eMarker = 42));

    const now = Date.now();
    const touchpoints = Array.from({ length: 5 }, (_, i) => ({
      id: `e2e-live-${now}-${i}`,
      source: 'e2e',
      occurredAt: new Date(now - 60_000 + i * 1000).toISOString(),
      channel: i % 2 ? 'web' : 'phone',
      intent: 'router offline',
      customer: { email: `e2e-live-${now}-${i}@example.com` },
    }));
    const posted = await fetch(`${session.app.url}/api/v1/touchpoints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ touchpoints }),
    });
    expect(((await posted.json()) as { accepted: number }).accepted).toBe(5);

    expect(await live.waitForTotalAbove(before + 4)).toBeGreaterThanOrEqual(before + 5);
    // The worker builds the new customers' journeys, the rule fires, the alert arrives.
    await live.alerts.getByText('E2E journeys present').first().waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { e2eMarker?: number }).e2eMarker)).toBe(
      42,
    );
    await screenshot(page, 'overview-live');
    expect(errors).toEqual([]);

    // An open live stream does not hold the process: SIGTERM still exits cleanly.
    expect(await session.app.stop('SIGTERM')).toBe(0);
  });
});
