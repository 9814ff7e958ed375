import type { GoalTreeDto, MetricsResponseDto } from '@journey-atlas/shared/domain';
import { screenshot } from './support/browser';
import { useBrowserSession } from './support/session';
import { PyramidPage } from './pages/pyramid.page';

/** A percentage as the web app writes it: one decimal at most. */
function percent(value: number): string {
  return `${Number((value * 100).toFixed(1)).toLocaleString('en-US', { maximumFractionDigits: 1 })}%`;
}

/** The metrics pyramid: build a goal and a strategic metric in the UI, read its actual value. */
describe('metrics pyramid on the demo data', () => {
  const session = useBrowserSession();

  it('creates a goal and a strategic metric and shows its actual value vs target', async () => {
    const { page, errors } = await session.newPage();
    const pyramid = new PyramidPage(page);
    await page.goto(session.app.url);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Pyramid' })
      .click();
    await page.waitForURL(/\/pyramid/);
    expect(await page.title()).toBe('Metrics pyramid · Journey Atlas');
    await pyramid.empty.waitFor();
    expect(await pyramid.empty.innerText()).toContain('No goals yet');

    await page.getByRole('button', { name: 'Add your first goal' }).click();
    await pyramid.addGoal('Cut cost to serve', 'cost_reduction');
    await pyramid.node('Cut cost to serve').waitFor();
    await pyramid.addStrategic('Cut cost to serve', 'containment', '60', '2027-06-30');
    await pyramid.node('Containment rate').waitFor();

    const tree = (await (
      await fetch(`${session.app.url}/api/v1/goals/tree`)
    ).json()) as GoalTreeDto;
    const strategic = tree.goals[0].children[0];
    const metrics = (await (
      await fetch(
        `${session.app.url}/api/v1/metrics?names=containment&from=${tree.from}&to=${tree.to}`,
      )
    ).json()) as MetricsResponseDto;
    expect(strategic.actual?.value).toBe(metrics.metrics[0].value);
    expect(strategic.target).toBe(0.6);
    const value = metrics.metrics[0].value;
    expect(value).not.toBeNull();
    expect(await pyramid.actual('Containment rate').innerText()).toBe(percent(value as number));
    expect(await pyramid.node('Containment rate').locator('.target').first().innerText()).toBe(
      'target 60% by 2027-06-30',
    );
    expect(await pyramid.status('Containment rate').innerText()).toBe(
      (value as number) >= 0.6 ? 'On track' : 'Off track',
    );
    await screenshot(page, 'pyramid');

    // Two more strategic metrics break the "at most 2 per goal" limit: the page says so.
    for (const metric of ['fcr', 'cost_to_serve']) {
      const response = await fetch(`${session.app.url}/api/v1/goals`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          level: 'strategic',
          parentId: tree.goals[0].id,
          metric,
          target: metric === 'fcr' ? 0.7 : 5,
          targetDate: '2027-06-30',
        }),
      });
      expect(response.status).toBe(201);
    }
    await page.reload();
    await pyramid.limits.waitFor();
    expect(await pyramid.limits.innerText()).toContain(
      'Goal "Cut cost to serve" has 3 strategic metrics; at most 2.',
    );
    expect(
      await pyramid.node('Cut cost to serve').locator('.warning').first().innerText(),
    ).toContain('at most 2');
    expect(await pyramid.nodes.count()).toBe(4);
    await screenshot(page, 'pyramid-warnings');
    expect(errors).toEqual([]);
    await page.close();
  });
});
