import { existsSync } from 'node:fs';
import { CHANNEL_CATALOGUE } from '@journey-atlas/shared/domain';
import { screenshot } from './support/browser';
import { useBrowserSession } from './support/session';
import { ChannelCataloguePage } from './pages/channel-catalogue.page';

describe('app shell in a real browser', () => {
  const session = useBrowserSession({ demo: false });

  it('loads the shell and shows the channel catalogue from the API', async () => {
    const { page, errors } = await session.newPage({ width: 1280, height: 900 });
    const channels = new ChannelCataloguePage(page);
    await channels.open(session.app.url);

    expect(await page.title()).toBe('Channels · Journey Atlas');
    await expect(page.getByRole('navigation', { name: 'Main' }).textContent()).resolves.toContain(
      'Channels',
    );
    expect(await channels.rows().count()).toBe(CHANNEL_CATALOGUE.length);
    const phone = await channels.row('phone').innerText();
    expect(phone).toContain('Phone');
    expect(phone).toContain('Assisted');
    expect(phone).toContain('$8.00');
    expect(phone).toContain('80% in 20 s');
    expect(await channels.row('chatbot').innerText()).toContain('Always open');
    expect(errors).toEqual([]);

    const file = await screenshot(page, 'channels');
    expect(existsSync(file)).toBe(true);
    await page.close();
  });

  it('serves deep links to the Angular app and keeps /api for the API', async () => {
    const deep = await fetch(`${session.app.url}/settings/channels`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<ja-root');
    const missingApi = await fetch(`${session.app.url}/api/v1/unknown`);
    expect(missingApi.status).toBe(404);
    expect(missingApi.headers.get('content-type')).toContain('application/json');
  });

  it('serves the OpenAPI docs page', async () => {
    const docs = await fetch(`${session.app.url}/api/docs`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('swagger');
  });
});
