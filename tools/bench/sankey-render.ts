// Render time of the journey-map Sankey in headless Chromium: a generated map of 300 nodes
// and 1,500 links, from data set to SVG painted, read back from performance marks in the page
// (route /dev/sankey-bench, a benchmark fixture). Serves dist/apps/web itself (no API needed).
// usage: npx tsx tools/bench/sankey-render.ts [--runs=15] [--nodes=300] [--links=1500] [--build]
//   (builds the web app first when dist/apps/web is missing or --build is given;
//    browser: CHROMIUM_PATH, else the Chromium inside @sparticuz/chromium)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

declare global {
  interface Window {
    jaSankeyBench?: { run(seed: number): Promise<{ ms: number; paths: number; nodes: number }> };
  }
}

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist/apps/web/browser');
const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? 'true'] as const;
  }),
);
const runs = Number(args.get('runs') ?? 15);
const warmup = 3;
const nodes = Number(args.get('nodes') ?? 300);
const links = Number(args.get('links') ?? 1500);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

function build(): void {
  console.log('building the web app (npx nx run web:build) ...');
  const result = spawnSync('npx', ['nx', 'run', 'web:build', '--output-style=static'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  if (result.status !== 0) throw new Error('web build failed');
}

/** Static files from dist, index.html for every route (the app routes in the browser). */
function serve(): Promise<{ url: string; close(): void }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = path.join(DIST, path.normalize(pathname));
    if (!file.startsWith(DIST) || !existsSync(file) || pathname === '/') {
      file = path.join(DIST, 'index.html');
    }
    try {
      const body = readFileSync(file);
      response.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => server.close() });
    }),
  );
}

async function browserOptions(): Promise<{ executablePath: string; args: string[] }> {
  if (process.env.CHROMIUM_PATH) {
    return {
      executablePath: process.env.CHROMIUM_PATH,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
    };
  }
  const c = (await import('@sparticuz/chromium')).default;
  return { executablePath: await c.executablePath(), args: c.args };
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

async function main(): Promise<void> {
  if (args.has('build') || !existsSync(path.join(DIST, 'index.html'))) build();
  const server = await serve();
  const browser = await chromium.launch({ ...(await browserOptions()), headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`${server.url}/dev/sankey-bench?nodes=${nodes}&links=${links}`);
    await page.waitForFunction(() => window.jaSankeyBench !== undefined);
    const times: number[] = [];
    for (let i = 0; i < warmup + runs; i++) {
      const result = await page.evaluate((seed) => window.jaSankeyBench?.run(seed), i + 1);
      if (!result) throw new Error('the bench page did not answer');
      if (result.paths !== links || result.nodes !== nodes) {
        throw new Error(
          `rendered ${result.nodes} nodes / ${result.paths} links, expected ${nodes} / ${links}`,
        );
      }
      if (i >= warmup) times.push(result.ms);
    }
    // The same numbers, as the page recorded them (performance.measure entries).
    const measured = await page.evaluate(() =>
      performance.getEntriesByType('measure').map((m) => ({ name: m.name, ms: m.duration })),
    );
    const sorted = [...times].sort((a, b) => a - b);
    const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
    console.log(
      [
        `machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
          `Node ${process.version}, Chromium ${browser.version()} headless`,
        `map: ${nodes} nodes, ${links} links; ${runs} runs after ${warmup} warm-up runs`,
        `data set -> SVG painted: median ${fmt(percentile(sorted, 50))}, p95 ${fmt(percentile(sorted, 95))}, ` +
          `min ${fmt(sorted[0])}, max ${fmt(sorted[sorted.length - 1])}`,
        `page measures: ${measured.length} (${measured
          .slice(-3)
          .map((m) => `${m.name} ${fmt(m.ms)}`)
          .join(', ')})`,
      ].join('\n'),
    );
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
