import type { MetricsResponseDto, SegmentCompareDto } from '@journey-atlas/shared/domain';
import { screenshot } from './support/browser';
import { useBrowserSession } from './support/session';
import { SegmentsPage } from './pages/segments.page';

/** Segment compare on a small demo dataset: Gold vs Standard, then another side B. */
describe('segment compare on the demo data', () => {
  const session = useBrowserSession();

  async function api<T>(path: string): Promise<T> {
    return (await (await fetch(`${session.app.url}${path}`)).json()) as T;
  }

  it('compares Gold with Standard: metrics with significance, both maps, sides kept in the URL', async () => {
    const { page, errors } = await session.newPage({ width: 1400, height: 1400 });
    const screen = new SegmentsPage(page);

    await screen.open(session.app.url);
    await screen.empty.waitFor();
    expect(await page.title()).toBe('Segment compare · Journey Atlas');

    await screen.setSide('a', 'tier', 'gold');
    await page.waitForURL(/a\.segment\.tier=gold/);
    await screen.setSide('b', 'tier', 'standard');
    await page.waitForURL(/b\.segment\.tier=standard/);
    expect(new URL(page.url()).searchParams.get('a.segment.tier')).toBe('gold');

    await screen.metricRows.first().waitFor();
    await screen.maps.nth(1).waitFor();
    expect(await screen.maps.count()).toBe(2);

    const compare = await api<SegmentCompareDto>(
      '/api/v1/segments/compare?a.segment.tier=gold&b.segment.tier=standard',
    );
    const gold = await api<MetricsResponseDto>('/api/v1/metrics?segment.tier=gold');
    expect(compare.a.journeys).toBe(gold.journeys);
    expect(compare.a.journeys).toBeGreaterThan(0);
    expect(compare.b.journeys).toBeGreaterThan(0);

    const cells = await screen.metricCells();
    expect(cells.map((row) => row[0])).toEqual(compare.metrics.map((m) => m.label));
    for (const row of cells) {
      expect(row).toHaveLength(5);
      expect(row[4]).toMatch(/^[●○–]/);
    }
    expect(await screen.paths.locator('tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page, 'segments');

    await screen.setSide('b', 'tier', 'silver');
    await page.waitForURL(/b\.segment\.tier=silver/);
    expect(new URL(page.url()).searchParams.get('a.segment.tier')).toBe('gold');
    await page.getByTestId('segments-summary').getByText('Tier = silver').waitFor();
    await screen.maps.nth(1).waitFor();

    await page.goBack();
    await page.waitForURL(/b\.segment\.tier=standard/);
    await page.getByTestId('segments-summary').getByText('Tier = standard').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
