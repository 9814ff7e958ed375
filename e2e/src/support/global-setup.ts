import { existsSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

/**
 * Checks the builds exist and resolves the browser once: CHROMIUM_PATH when set,
 * otherwise the Chromium shipped inside the npm package @sparticuz/chromium (unpacked
 * to /tmp on first use). Test files read the result from the environment.
 */
export default async function globalSetup(): Promise<void> {
  for (const built of ['dist/apps/api/main.js', 'dist/apps/web/browser/index.html']) {
    if (!existsSync(path.join(ROOT, built))) {
      throw new Error(
        `${built} is missing: run the e2e target through Nx (npx nx e2e e2e), which builds first`,
      );
    }
  }
  if (process.env.CHROMIUM_PATH) {
    process.env.E2E_CHROMIUM_EXECUTABLE = process.env.CHROMIUM_PATH;
    process.env.E2E_CHROMIUM_ARGS = JSON.stringify([
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ]);
    return;
  }
  const chromium = (await import('@sparticuz/chromium')).default;
  process.env.E2E_CHROMIUM_EXECUTABLE = await chromium.executablePath();
  process.env.E2E_CHROMIUM_ARGS = JSON.stringify(chromium.args);
}
