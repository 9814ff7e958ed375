import type { PathsDto } from '@journey-atlas/shared/domain';
import { screenshot } from './support/browser';
import { useBrowserSession } from './support/session';
import { OverviewPage } from './pages/overview.page';
import { PathsPage } from './pages/paths.page';
import { FrictionPage } from './pages/friction.page';

/** The overview's key metrics, the top paths and the friction ranking on a small demo dataset. */
describe('overview, top paths and friction on the demo data', () => {
  const session = useBrowserSession();

  async function paths(): Promise<PathsDto> {
    return (await (await fetch(`${session.app.url}/api/v1/paths?limit=5`)).json()) as PathsDto;
  }

  it('shows the seven key metrics with numbers, then the top paths and the friction ranking', async () => {
    const { page, errors } = await session.newPage();
    const overview = new OverviewPage(page);
    await overview.open(session.app.url);

    expect(await page.title()).toBe('Overview · Journey Atlas');
    expect(await overview.period.innerText()).toContain('Last 30 days ending today');
    const metrics = await overview.metrics();
    expect(metrics.map((m) => m.label)).toEqual([
      'First contact resolution',
      'Containment rate',
      'Self-service share',
      'Customer satisfaction',
      'Customer effort score',
      'Service level',
      'Cost to serve',
    ]);
    for (const metric of metrics) expect(metric.value).toMatch(/\d/);
    expect(await page.getByTestId('sparkline').count()).toBeGreaterThan(0);
    await screenshot(page, 'overview');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Top paths' })
      .click();
    await page.waitForURL(/\/paths/);
    const table = new PathsPage(page);
    await table.waitForRows();
    const api = await paths();
    expect(await table.rows.count()).toBeGreaterThanOrEqual(Math.min(api.paths.length, 5));
    expect(await table.chips(0)).toHaveLength(api.paths[0].path.length);
    await screenshot(page, 'paths');

    const friction = new FrictionPage(page);
    await friction.open(session.app.url);
    expect(await friction.rows.count()).toBeGreaterThan(0);
    await friction.groupBy.selectOption('channel');
    await page.waitForURL(/groupBy=channel/);
    await page.getByRole('columnheader', { name: 'By channel' }).waitFor();
    await screenshot(page, 'friction');
    expect(errors).toEqual([]);
    await page.close();
  });
});
