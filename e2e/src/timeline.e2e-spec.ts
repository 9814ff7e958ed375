import type {
  ChannelShiftsDto,
  CustomerProfileDto,
  CustomerTimelineDto,
} from '@journey-atlas/shared/domain';
import { screenshot } from './support/browser';
import { useBrowserSession } from './support/session';
import { ChannelShiftsPage } from './pages/channel-shifts.page';
import { CustomerTimelinePage } from './pages/customer-timeline.page';
import { JourneyMapPage } from './pages/journey-map.page';

const EMAIL = 'timeline.e2e@example.com';

/**
 * Drill-down on the demo data: a Sankey flow -> its sample journeys -> a customer's
 * swimlane timeline; search by identifier; the channel-shift heatmap and opportunities.
 */
describe('customer timeline and channel shifts on the demo data', () => {
  const session = useBrowserSession();

  async function api<T>(path: string): Promise<{ status: number; body: T }> {
    const response = await fetch(`${session.app.url}${path}`);
    return { status: response.status, body: (await response.json()) as T };
  }

  /** One customer of our own: web, then a long-waited phone call (failed containment, long wait). */
  async function ingestKnownCustomer(): Promise<string> {
    const hour = 3_600_000;
    const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * hour).toISOString();
    const common = { source: 'e2e', intent: 'e2e timeline check', interactionType: 'tech_support' };
    const response = await fetch(`${session.app.url}/api/v1/touchpoints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        touchpoints: [
          {
            ...common,
            id: 'tl-1',
            occurredAt: at(5),
            channel: 'web',
            customer: { email: EMAIL },
            outcome: 'unresolved',
          },
          {
            ...common,
            id: 'tl-2',
            occurredAt: at(4),
            channel: 'phone',
            customer: { email: EMAIL, phone: '+447700900123' },
            outcome: 'resolved',
            waitSeconds: 300,
            handleSeconds: 420,
            agentId: 'a-e2e',
            team: 'tier1',
          },
        ],
      }),
    });
    expect(response.status).toBe(200);
    // Journeys are built in the background: wait until the timeline holds both touchpoints.
    for (let attempt = 0; attempt < 60; attempt++) {
      const found = await api<CustomerProfileDto>(`/api/v1/customers?identifier=email:${EMAIL}`);
      if (found.status === 200) {
        const timeline = await api<CustomerTimelineDto>(
          `/api/v1/customers/${found.body.id}/timeline`,
        );
        if (timeline.body.touchpoints?.length === 2) return found.body.id;
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    throw new Error(`the journey of ${EMAIL} was not built\n${session.app.output()}`);
  }

  it('goes from a Sankey flow to its sample journeys and on to a customer timeline', async () => {
    const { page, errors } = await session.newPage();
    const map = new JourneyMapPage(page);
    await map.open(session.app.url);
    const panel = page.getByTestId('sample-journeys');
    const samples = panel.getByTestId('sample-journey-link');

    // The widest flows out of the first step first; the first whose samples are found wins.
    const flows = await map.chart.locator('[data-link]').evaluateAll((elements) =>
      elements
        .map((e) => ({
          id: e.getAttribute('data-link') ?? '',
          width: Number(e.getAttribute('stroke-width')),
        }))
        .filter((flow) => !flow.id.includes('exit:'))
        .sort((a, b) => b.width - a.width)
        .map((flow) => flow.id),
    );
    expect(flows.length).toBeGreaterThan(0);
    let found = 0;
    for (const [i, id] of flows.slice(0, 5).entries()) {
      const link = map.chart.locator(`[data-link="${id}"]`);
      if (i === 0) {
        // Keyboard: Enter on a focused flow opens the panel too.
        await link.focus();
        await page.keyboard.press('Enter');
      } else {
        await link.dispatchEvent('click');
      }
      await panel
        .getByRole('status')
        .filter({ hasText: /took this route/ })
        .waitFor();
      found = await samples.count();
      if (found > 0) break;
    }
    expect(found).toBeGreaterThan(0);
    expect(await map.selection.innerText()).toMatch(/→ .*journeys/);
    await screenshot(page, 'journey-map-samples');

    const href = (await samples.first().getAttribute('href')) ?? '';
    const journeyId = new URL(href, session.app.url).searchParams.get('journey');
    await samples.first().click();
    await page.waitForURL(/\/customers\/[0-9a-f-]{36}\?journey=/);
    expect(await page.title()).toBe('Customer timeline · Journey Atlas');
    const timeline = new CustomerTimelinePage(page);
    await timeline.chart.waitFor();
    expect(await timeline.marks.count()).toBeGreaterThan(0);
    expect((await timeline.lanes()).length).toBeGreaterThan(0);
    await expect(
      timeline.chart.locator(`[data-journey="${journeyId}"]`).getAttribute('class'),
    ).resolves.toContain('highlight');

    await timeline.marks.first().click();
    await timeline.details.waitFor();
    expect(await timeline.details.innerText()).toContain('Journey');
    await screenshot(page, 'customer-timeline');
    expect(errors).toEqual([]);
  });

  it('finds a customer by identifier and shows their journey with friction and its rule', async () => {
    const customerId = await ingestKnownCustomer();
    const { page, errors } = await session.newPage();
    const timeline = new CustomerTimelinePage(page);
    await timeline.openSearch(session.app.url);
    expect(await page.title()).toBe('Customers · Journey Atlas');

    await timeline.search('email', 'nobody.here@example.com');
    await page.getByText('No customer has this identifier').waitFor();

    await timeline.search('email', `  ${EMAIL.toUpperCase()} `);
    await page.waitForURL(`${session.app.url}/customers/${customerId}`);
    await timeline.chart.waitFor();
    expect(await timeline.lanes()).toEqual(['web', 'phone']);
    expect(await timeline.marks.count()).toBe(2);
    expect(await timeline.chart.getByTestId('friction-marker').count()).toBe(1);
    const legend = await page.getByTestId('swimlane-legend').innerText();
    expect(legend).toContain('Failed containment');
    expect(legend).toContain('the first assisted step of a journey that began in self-service');

    // Keyboard: Tab lands on a touchpoint, arrows walk them in time order, Enter opens one.
    await timeline.marks.first().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await timeline.details.waitFor();
    const details = await timeline.details.innerText();
    expect(details).toContain('Phone');
    expect(details).toContain('5 min');
    expect(details).toContain('Long wait');

    await page.getByRole('button', { name: 'Show as table' }).click();
    await timeline.table.waitFor();
    expect(await timeline.table.locator('tbody tr').count()).toBe(2);
    await screenshot(page, 'customer-timeline-search');
    expect(errors).toEqual([]);
  });

  it('shows the leak heatmap, its table and the ranked opportunities with their assumptions', async () => {
    const expected = (await api<ChannelShiftsDto>('/api/v1/channel-shifts')).body;
    const { page, errors } = await session.newPage();
    const shifts = new ChannelShiftsPage(page);
    await shifts.open(session.app.url);
    expect(await page.title()).toBe('Channel shifts · Journey Atlas');

    const pairs = new Set(expected.leaks.map((l) => `${l.fromChannel}>${l.toChannel}`));
    expect(pairs.size).toBeGreaterThan(0);
    await shifts.heatmap.waitFor();
    expect(await shifts.cells.count()).toBe(pairs.size);
    expect(await shifts.opportunities.count()).toBe(expected.opportunities.length);
    if (expected.opportunities.length) {
      const first = await shifts.opportunities.first().innerText();
      expect(first).toContain(expected.opportunities[0].intent);
      expect(first).toContain('Share assumed to move');
    }
    expect(await page.getByTestId('shift-assumptions').innerText()).toContain('Gartner');

    await shifts.cells.first().click();
    await page.getByTestId('leak-details').waitFor();
    expect(await shifts.cells.count()).toBe(pairs.size);
    expect(await page.getByRole('button', { name: 'Download SVG' }).isEnabled()).toBe(true);
    await screenshot(page, 'channel-shifts');

    await page.getByRole('button', { name: 'Show as table' }).click();
    await shifts.table.waitFor();
    expect(await shifts.table.locator('tbody tr').count()).toBe(pairs.size);

    await page.getByLabel('Cap on demand that moves').selectOption('0.2');
    await page.waitForURL(/cap=0\.2/);
    expect(errors).toEqual([]);
  });
});
