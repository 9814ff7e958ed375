import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { ROOT } from './app-process';

export const SCREENSHOT_DIR = path.join(ROOT, 'dist/e2e/screenshots');

/** Headless Chromium as resolved by the global setup (CHROMIUM_PATH or @sparticuz/chromium). */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.E2E_CHROMIUM_EXECUTABLE;
  if (!executablePath)
    throw new Error('E2E_CHROMIUM_EXECUTABLE is not set: run through e2e/jest.config.ts');
  const args = JSON.parse(process.env.E2E_CHROMIUM_ARGS ?? '[]') as string[];
  return chromium.launch({ executablePath, args, headless: true });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
