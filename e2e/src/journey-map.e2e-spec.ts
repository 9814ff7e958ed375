import type { JourneyMapDto } from '@journey-atlas/shared/domain';
import { screenshot } from './support/browser';
import { useBrowserSession } from './support/session';
import { JourneyMapPage } from './pages/journey-map.page';

/**
 * The whole pipeline on a small demo dataset: generator -> ingestion and stitching ->
 * incremental journey builds -> analytics API -> the Sankey in a real browser.
 */
describe('journey map on the demo data', () => {
  const session = useBrowserSession();

  async function journeyMap(query = ''): Promise<JourneyMapDto> {
    return (await (
      await fetch(`${session.app.url}/api/v1/journey-map${query}`)
    ).json()) as JourneyMapDto;
  }

  it('draws the map from the API and follows a filter change into the URL and the chart', async () => {
    const { page, errors } = await session.newPage();
    const map = new JourneyMapPage(page);
    await map.open(session.app.url);

    const all = await map.flowDescriptions();
    expect(all.length).toBeGreaterThan(3);
    await screenshot(page, 'journey-map');

    await map.channelFilter.selectOption('phone');
    await page.waitForURL(/channel=phone/);
    await page.waitForFunction(
      (before) =>
        JSON.stringify(
          Array.from(document.querySelectorAll('[data-testid="sankey-svg"] [role="button"]')).map(
            (e) => e.getAttribute('aria-label'),
          ),
        ) !== before,
      JSON.stringify(all),
    );
    const phoneOnly = await map.flowDescriptions();
    expect(phoneOnly).not.toEqual(all);
    const api = await journeyMap('?channel=phone');
    expect(api.totals.journeys).toBeLessThan((await journeyMap()).totals.journeys);

    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('channel=phone'));
    await map.chart.waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
