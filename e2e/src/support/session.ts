import type { Browser, Page } from 'playwright-core';
import {
  type RunningApp,
  startApp,
  startAppWithDemo,
  stopAllApps,
  tempDataDir,
} from './app-process';
import { launchBrowser } from './browser';

type TempDir = Awaited<ReturnType<typeof tempDataDir>>;

export interface BrowserSession {
  /** The running app (set once beforeAll has run). */
  readonly app: RunningApp;
  readonly browser: Browser;
  /**
   * A new page that records its uncaught errors. Pages stay open until the browser closes: the
   * bundled Chromium runs single-process, and closing its last page takes the browser down with it.
   */
  newPage(viewport?: { width: number; height: number }): Promise<{ page: Page; errors: string[] }>;
}

/**
 * The preamble of a browser spec: registers a beforeAll that starts the app in a temporary data
 * dir (with the demo data unless `demo: false`) and launches Chromium, and an afterAll that closes
 * the browser (and with it every page), stops the app and removes the data dir.
 * Call it once at the top of a describe block.
 */
export function useBrowserSession(options: { demo?: boolean } = {}): BrowserSession {
  const { demo = true } = options;
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  let data: TempDir | undefined;

  beforeAll(async () => {
    data = await tempDataDir();
    app = demo ? await startAppWithDemo(data.dir) : await startApp({ dataDir: data.dir });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await stopAllApps();
    await data?.remove();
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} is not started: use it inside a test`);
    return value;
  };

  return {
    get app() {
      return started(app, 'app');
    },
    get browser() {
      return started(browser, 'browser');
    },
    async newPage(viewport = { width: 1280, height: 1000 }) {
      const page = await started(browser, 'browser').newPage({ viewport });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      return { page, errors };
    },
  };
}
