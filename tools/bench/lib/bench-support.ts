import { createServer } from 'node:net';

/** A free loopback port for an API or its embedded Postgres. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface StatementSummaryOptions {
  /** How much of each statement's text names its shape. */
  keyChars: number;
  top: number;
  decimals: number;
}

/**
 * Total time per statement shape from Postgres' `duration: … ms statement: …` log lines
 * (as the API's JSON log carries them), slowest first, one printable line each.
 */
export function slowestStatements(
  logText: string,
  { keyChars, top, decimals }: StatementSummaryOptions,
): string[] {
  const pattern = new RegExp(
    `duration: ([\\d.]+) ms\\s+(?:statement|execute[^:]*): ((?:(?!\\\\n\\\\t\\\\t|"\\}).){0,${keyChars}})`,
    'g',
  );
  const totals = new Map<string, { ms: number; count: number }>();
  for (const match of logText.matchAll(pattern)) {
    const key = match[2]
      .replace(/\\[nt]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    const entry = totals.get(key) ?? { ms: 0, count: 0 };
    entry.ms += Number(match[1]);
    entry.count++;
    totals.set(key, entry);
  }
  return [...totals.entries()]
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, top)
    .map(
      ([key, { ms, count }]) =>
        `${(ms / 1000).toFixed(decimals).padStart(decimals + 5)} s ${String(count).padStart(4)}x  ${key}`,
    );
}

/**
 * Runs a bench's main and exits with its outcome: the API child, pg clients and timers
 * must not keep a finished (or failed) bench alive.
 */
export function runBench(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
