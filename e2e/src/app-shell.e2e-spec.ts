import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { CHANNEL_CATALOGUE } from '@journey-atlas/shared/domain';
import { type RunningApp, startApp, stopAllApps, tempDataDir } from './support/app-process';
import { launchBrowser, screenshot } from './support/browser';
import { ChannelCataloguePage } from './pages/channel-catalogue.page';

describe('app shell in a real browser', () => {
  let app: RunningApp;
  let browser: Browser;
  let data: Awaited<ReturnType<typeof tempDataDir>>;

  beforeAll(async () => {
    data = await tempDataDir();
    app = await startApp({ dataDir: data.dir });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await stopAllApps();
    await data?.remove();
  });

  it('loads the shell and shows the channel catalogue from the API', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const channels = new ChannelCataloguePage(page);
    await channels.open(app.url);

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
    const deep = await fetch(`${app.url}/settings/channels`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<ja-root');
    const missingApi = await fetch(`${app.url}/api/v1/unknown`);
    expect(missingApi.status).toBe(404);
    expect(missingApi.headers.get('content-type')).toContain('application/json');
  });

  it('serves the OpenAPI docs page', async () => {
    const docs = await fetch(`${app.url}/api/docs`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('swagger');
  });
});
