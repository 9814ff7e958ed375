import { parseArgs } from 'node:util';
import type { DatasetOptions } from '../model/dataset';
import type { OutputFormat } from '../write/write-dataset';

export interface CliOptions {
  dataset: DatasetOptions;
  out: string;
  format: OutputFormat;
  help: boolean;
}

/** A bad command line; the CLI prints the message and exits with code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const DEFAULTS = {
  customers: 20_000,
  seed: 42,
  out: 'tmp/demo',
  format: 'ndjson',
  start: '2026-07-01',
  days: 120,
};

export const USAGE = `Usage: npm run generate -- [options]

  --customers N     number of true persons (default ${DEFAULTS.customers})
  --touchpoints N   exact number of touchpoints instead (e.g. 1000000); persons follow from it
  --seed N          random seed, a non-negative integer (default ${DEFAULTS.seed})
  --out DIR         output folder (default ${DEFAULTS.out})
  --format F        ndjson or csv (default ${DEFAULTS.format})
  --start DATE      first day, YYYY-MM-DD, UTC (default ${DEFAULTS.start})
  --days N          days in the window (default ${DEFAULTS.days})
  --help            show this help
`;

/** Parses and validates the flags; every error names the flag and what it allows. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        customers: { type: 'string' },
        touchpoints: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string' },
        start: { type: 'string' },
        days: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  }
  if (values.customers !== undefined && values.touchpoints !== undefined) {
    throw new UsageError('--customers and --touchpoints size the output two ways: give only one');
  }
  const format = values.format ?? DEFAULTS.format;
  if (format !== 'ndjson' && format !== 'csv') {
    throw new UsageError(`--format must be one of: ndjson, csv (got "${format}")`);
  }
  const start = parseStart(values.start ?? DEFAULTS.start);
  const common = {
    seed: integer('--seed', values.seed, DEFAULTS.seed, 0, Number.MAX_SAFE_INTEGER),
    start,
    days: integer('--days', values.days, DEFAULTS.days, 1, 3660),
  };
  const dataset: DatasetOptions =
    values.touchpoints !== undefined
      ? { ...common, touchpoints: integer('--touchpoints', values.touchpoints, 0, 1, 500_000_000) }
      : {
          ...common,
          customers: integer('--customers', values.customers, DEFAULTS.customers, 1, 50_000_000),
        };
  const out = values.out ?? DEFAULTS.out;
  if (out.trim() === '') throw new UsageError('--out must be a folder path');
  return { dataset, out, format, help: values.help ?? false };
}

function integer(
  flag: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (raw === undefined) return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!/^\d[\d_]*$/.test(raw) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

function parseStart(raw: string): Date {
  const date = new Date(`${raw}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(raw) ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== raw
  ) {
    throw new UsageError(`--start must be a date YYYY-MM-DD (got "${raw}")`);
  }
  return date;
}
