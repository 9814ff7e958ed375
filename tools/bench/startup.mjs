// Time from `node dist/apps/api/main.js` to a healthy /api/health, on a fresh data folder
// (initdb + migrations) and on a warm restart, plus peak RSS of the API process.
// usage: node tools/bench/startup.mjs [runs=5]   (build first: npx nx run-many -t build -p api web)
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const runs = Number(process.argv[2] ?? 5);
const main = path.resolve('dist/apps/api/main.js');

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

function rssKb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)[1]);
}

async function timeStart(dataDir) {
  const port = await freePort();
  const env = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
  };
  const started = performance.now();
  const child = spawn(process.execPath, [main], { env, stdio: 'ignore' });
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) break;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const ms = performance.now() - started;
  const peak = rssKb(child.pid);
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
  return { ms, peakRssMb: peak / 1024 };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const cold = [];
const warm = [];
const rss = [];
for (let i = 0; i < runs; i++) {
  const dir = mkdtempSync(path.join(tmpdir(), 'ja-bench-'));
  chmodSync(dir, 0o755);
  const first = await timeStart(dir);
  const second = await timeStart(dir);
  cold.push(first.ms);
  warm.push(second.ms);
  rss.push(second.peakRssMb);
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  JSON.stringify({
    runs,
    coldStartMedianMs: Math.round(median(cold)),
    warmStartMedianMs: Math.round(median(warm)),
    apiPeakRssMedianMb: Math.round(median(rss)),
  }),
);
