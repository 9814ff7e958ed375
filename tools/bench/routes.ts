/**
 * One cold request per analytics route on a prepared bench folder: which screens answer
 * from the rollups and which still read the fact tables, and how long those take.
 *
 *   NX_DAEMON=false npx nx build api
 *   npx tsx tools/bench/routes.ts --dir tmp/bench-analytics-2350000 [--main FILE] [PATH ...]
 *
 * The folder is one that tools/bench/analytics.ts filled (DIR/data). The API runs with the
 * answer cache off and no journey worker; each path (default: the screens' usual requests)
 * is asked once, in order, with a 10-minute timeout, and its time and status printed.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startBenchApi } from './lib/bench-api';
import { runBench } from './lib/bench-support';
import { loadAverage } from './lib/process-cpu';

const ROOT = path.resolve(__dirname, '../..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dir: { type: 'string', default: 'tmp/bench-analytics-2350000' },
    main: { type: 'string', default: 'dist/apps/api/main.js' },
  },
});

/** The requests the web screens make on first load (no filters but one segment). */
const SCREEN_REQUESTS = [
  '/api/v1/journey-map?steps=5&segment.tier=gold',
  '/api/v1/metrics?names=fcr,containment,self_service_share,csat,ces,service_level,cost_to_serve&segment.region=east',
  '/api/v1/metrics?names=fcr,containment,self_service_share,csat,ces,service_level,cost_to_serve&from=2026-11-05&to=2026-12-05&period=week',
  '/api/v1/friction?segment.tier=gold',
  '/api/v1/channel-shifts',
  '/api/v1/paths?limit=20',
  '/api/v1/flow-graph',
  '/api/v1/segments/compare?a.segment.tier=gold&b.segment.tier=standard',
  '/api/v1/reports/management',
  '/api/v1/metrics?names=fcr,csat&groupBy=channel',
  '/api/v1/journeys?limit=20&step.0=ivr&step.1=phone',
];

async function main(): Promise<void> {
  const dir = path.resolve(ROOT, values.dir);
  const api = await startBenchApi({
    main: path.resolve(ROOT, values.main),
    dataDir: path.join(dir, 'data'),
    logFile: path.join(dir, 'api-routes.log'),
    env: {
      LOG_LEVEL: 'info',
      DEMO_DATA: 'false',
      JOURNEY_WORKER: 'false',
      ANALYTICS_CACHE_MB: '0',
    },
    startSeconds: 600,
  });
  try {
    for (const route of positionals.length > 0 ? positionals : SCREEN_REQUESTS) {
      const started = performance.now();
      const answer = await fetch(`${api.url}${route}`, { signal: AbortSignal.timeout(600_000) });
      await answer.arrayBuffer();
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `${seconds.toFixed(2).padStart(8)} s  ${answer.status}  load ${loadAverage()}  ${route}`,
      );
    }
  } finally {
    await api.stop();
  }
}

runBench(main);
