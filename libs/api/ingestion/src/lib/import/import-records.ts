import { createReadStream } from 'node:fs';
import type { FieldError, ImportDetectedDto, ImportFormat } from '@journey-atlas/shared/domain';
import iconv from 'iconv-lite';
import { ndjsonLines } from '../services/ndjson-lines';
import { csvLines } from './csv-lines';
import { sniffDelimiter, sniffEncoding, sniffFile } from './file-format';
import type { ImportMapping } from './import-mapping';
import { type MappedRow, RowMapper } from './row-mapper';

/** One NDJSON line may not be longer than this (as for POST /api/v1/touchpoints). */
const MAX_LINE_CHARS = 1024 * 1024;

/** A data row of the file: mapped, or already known to be bad. `line` is 1-based. */
export type ImportRecord =
  | { index: number; line: number; row: MappedRow }
  | { index: number; line: number; errors: FieldError[] };

export interface ReadProgress {
  bytesRead: number;
}

/**
 * Streams the records of an uploaded file: detects encoding (and, for CSV, the
 * delimiter), decodes, parses and maps row by row. Memory holds one chunk and one row.
 */
export async function* readImportFile(
  path: string,
  format: ImportFormat,
  mapping: ImportMapping,
  progress: ReadProgress,
  onDetected: (detected: ImportDetectedDto) => void,
): AsyncGenerator<ImportRecord> {
  const { sample } = await sniffFile(path);
  const encoding = mapping.encoding ?? sniffEncoding(sample);
  const file = createReadStream(path, { highWaterMark: 64 * 1024 });
  file.on('data', (chunk) => (progress.bytesRead += chunk.length));
  const text = file.pipe(iconv.decodeStream(encoding));
  if (format === 'ndjson') {
    onDetected({ encoding });
    yield* ndjsonRecords(text, new RowMapper([], mapping));
    return;
  }
  const delimiter =
    mapping.delimiter ?? sniffDelimiter(iconv.decode(sample.subarray(0, 64 * 1024), encoding));
  yield* csvRecords(text as AsyncIterable<string>, mapping, delimiter, (ignoredColumns) =>
    onDetected({ encoding, delimiter, ignoredColumns }),
  );
}

async function* ndjsonRecords(
  text: NodeJS.ReadableStream,
  mapper: RowMapper,
): AsyncGenerator<ImportRecord> {
  let index = 0;
  for await (const line of ndjsonLines(text, MAX_LINE_CHARS)) {
    const at = index++;
    if ('tooLong' in line) {
      yield {
        index: at,
        line: line.number,
        errors: [lineError(`line is longer than ${MAX_LINE_CHARS} characters`)],
      };
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(line.text);
    } catch (error) {
      yield {
        index: at,
        line: line.number,
        errors: [lineError(`not valid JSON: ${(error as Error).message}`)],
      };
      continue;
    }
    // Not an object: validation answers "must be a JSON object" with the line number.
    yield {
      index: at,
      line: line.number,
      row: isObject(parsed) ? mapper.fromObject(parsed) : { raw: parsed },
    };
  }
}

async function* csvRecords(
  text: AsyncIterable<string | Buffer>,
  mapping: ImportMapping,
  delimiter: string,
  onHeader: (ignoredColumns: string[]) => void,
): AsyncGenerator<ImportRecord> {
  let mapper: RowMapper | undefined;
  let index = 0;
  for await (const record of csvLines(text, delimiter)) {
    if ('error' in record) {
      yield {
        index: index++,
        line: record.line,
        errors: [lineError(`not readable CSV: ${record.error}`)],
      };
      continue;
    }
    if (!mapper) {
      mapper = new RowMapper(record.cells, mapping, delimiter !== ',');
      onHeader(mapper.ignoredColumns);
      continue;
    }
    yield { index: index++, line: record.line, row: mapper.fromCells(record.cells) };
  }
  if (!mapper) onHeader([]);
}

function lineError(message: string): FieldError {
  return { field: '(line)', message };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
