import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportFormat } from '@journey-atlas/shared/domain';

export interface ImporterOptions {
  file: string;
  format: ImportFormat;
  mapping?: string;
  workspace?: string;
  url: string;
  help: boolean;
}

/** A bad command line; the CLI prints the message and exits with code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const DEFAULT_URL = 'http://127.0.0.1:3000';

export const USAGE = `Usage: npm run import -- FILE [options]

  FILE              a CSV (.csv .tsv .txt) or NDJSON (.ndjson .jsonl) file of touchpoints
  --mapping FILE    mapping JSON for a source's own columns and codes (see libs/api/ingestion/README.md)
  --workspace W     workspace slug (default: the default workspace)
  --url URL         the running Journey Atlas server (default ${DEFAULT_URL})
  --format F        csv or ndjson, when the file name does not say
  --help            show this help

Exit code: 0 every row accepted (duplicates included), 1 some rows rejected,
2 bad command line, 3 the import could not run (server down, upload refused, job failed).
`;

const FORMATS: Record<string, ImportFormat> = {
  '.csv': 'csv',
  '.tsv': 'csv',
  '.txt': 'csv',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
};

/** Parses and validates the command line; every error names the flag and what it allows. */
export function parseImporterArgs(argv: readonly string[]): ImporterOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: {
        mapping: { type: 'string' },
        workspace: { type: 'string' },
        url: { type: 'string' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const help = values.help ?? false;
  if (help) return { file: '', format: 'csv', url: DEFAULT_URL, help };
  if (positionals.length !== 1) {
    throw new UsageError(
      `${positionals.length === 0 ? 'Name the file to import' : `Import one file at a time (got ${positionals.length})`}\n\n${USAGE}`,
    );
  }
  const file = positionals[0];
  const format = formatOf(file, values.format);
  const url = values.url ?? DEFAULT_URL;
  if (!/^https?:\/\/[^/]+/.test(url)) {
    throw new UsageError(`--url must be an http(s) URL like ${DEFAULT_URL} (got "${url}")`);
  }
  if (values.workspace !== undefined && !/^[a-z0-9][a-z0-9-]*$/i.test(values.workspace)) {
    throw new UsageError(`--workspace must be a workspace slug (got "${values.workspace}")`);
  }
  return {
    file,
    format,
    url: url.replace(/\/+$/, ''),
    help,
    ...(values.mapping !== undefined ? { mapping: values.mapping } : {}),
    ...(values.workspace !== undefined ? { workspace: values.workspace } : {}),
  };
}

function formatOf(file: string, given: string | undefined): ImportFormat {
  if (given !== undefined) {
    if (given !== 'csv' && given !== 'ndjson') {
      throw new UsageError(`--format must be one of: csv, ndjson (got "${given}")`);
    }
    return given;
  }
  const found = FORMATS[extname(file).toLowerCase()];
  if (!found) {
    throw new UsageError(
      `Cannot tell the format of "${file}" from its extension (.csv .tsv .txt .ndjson .jsonl); add --format csv|ndjson`,
    );
  }
  return found;
}
