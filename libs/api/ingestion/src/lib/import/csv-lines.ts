import { Readable } from 'node:stream';
import { parse } from 'csv-parse';

/** A CSV record with the 1-based line it starts on, or one csv-parse could not read. */
export type CsvRecord = { line: number; cells: string[] } | { line: number; error: string };

/**
 * Reads CSV records from decoded text. Plain lines (one physical line per record, quotes
 * only around whole fields) are split here, which is several times cheaper than
 * csv-parse; from the first line that is anything else (a quoted field spanning lines, a
 * stray quote, a lone CR, a line ending unlike the first one) the rest of the file goes
 * to csv-parse with the options the importer always used, so odd files read exactly as
 * before. Empty lines are skipped but counted.
 */
export async function* csvLines(
  text: AsyncIterable<string | Buffer>,
  delimiter: string,
): AsyncGenerator<CsvRecord> {
  const chunks = text[Symbol.asyncIterator]();
  let pending = '';
  let line = 0;
  let crlf: boolean | undefined;
  for (;;) {
    const next = await chunks.next();
    const buffer = next.done ? pending : pending + String(next.value);
    let start = 0;
    for (;;) {
      let end = buffer.indexOf('\n', start);
      if (end === -1) {
        // The file's last line may lack its line break.
        if (!next.done || start >= buffer.length) break;
        end = buffer.length;
      }
      let raw = buffer.slice(start, end);
      if (line === 0 && raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
      const hasCr = raw.endsWith('\r');
      if (end < buffer.length) crlf ??= hasCr;
      const body = hasCr ? raw.slice(0, -1) : raw;
      const cells =
        (end < buffer.length ? hasCr === crlf : !hasCr) && body.indexOf('\r') === -1
          ? splitLine(body, delimiter)
          : undefined;
      if (cells === undefined) {
        yield* viaCsvParse(buffer.slice(start), chunks, delimiter, line, crlf);
        return;
      }
      line++;
      start = end + 1;
      if (body !== '') yield { line, cells };
    }
    if (next.done) return;
    pending = buffer.slice(start);
  }
}

/**
 * One physical line's cells; undefined unless every quote opens and closes a whole field
 * (`""` inside it is a quote) — those lines read the same here as in csv-parse.
 */
export function splitLine(line: string, delimiter: string): string[] | undefined {
  if (line.indexOf('"') === -1) return line.split(delimiter);
  const cells: string[] = [];
  let at = 0;
  for (;;) {
    if (line.charCodeAt(at) === 0x22) {
      let value = '';
      let from = at + 1;
      for (;;) {
        const quote = line.indexOf('"', from);
        if (quote === -1) return undefined;
        value += line.slice(from, quote);
        if (line.charCodeAt(quote + 1) !== 0x22) {
          at = quote + 1;
          break;
        }
        value += '"';
        from = quote + 2;
      }
      cells.push(value);
      if (at === line.length) return cells;
      if (line[at] !== delimiter) return undefined;
      at++;
      continue;
    }
    const next = line.indexOf(delimiter, at);
    const cell = line.slice(at, next === -1 ? line.length : next);
    if (cell.indexOf('"') !== -1) return undefined;
    cells.push(cell);
    if (next === -1) return cells;
    at = next + 1;
  }
}

/**
 * The rest of the file through csv-parse; `before` lines were read already, `crlf` tells
 * how they ended (undefined: none was read yet).
 */
async function* viaCsvParse(
  head: string,
  rest: AsyncIterator<string | Buffer>,
  delimiter: string,
  before: number,
  crlf: boolean | undefined,
): AsyncGenerator<CsvRecord> {
  async function* remaining(): AsyncGenerator<string> {
    // The lines read already, as empty lines: csv-parse then numbers lines (in its
    // messages too) as in the file, and skips them.
    yield (crlf ? '\r\n' : '\n').repeat(before) + head;
    for (let next = await rest.next(); !next.done; next = await rest.next()) {
      yield String(next.value);
    }
  }
  const parser = Readable.from(remaining()).pipe(
    parse({
      delimiter,
      bom: before === 0,
      // csv-parse takes the first line break it meets as the file's; keep the first line's.
      ...(crlf === undefined ? {} : { record_delimiter: crlf ? '\r\n' : '\n' }),
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
    }),
  );
  // Records csv-parse could not read (e.g. a stray quote) are skipped and reported here.
  const skipped: { line: number; error: string }[] = [];
  parser.on('skip', (error: Error & { lines?: number }) =>
    skipped.push({ line: error.lines ?? 0, error: error.message }),
  );
  let lastLine = 0;
  let lastEmpty = 0;
  for await (const { record, info } of parser as AsyncIterable<{
    record: string[];
    info: { lines: number; empty_lines: number };
  }>) {
    yield* skipped.splice(0);
    // info.lines is where the record ends; a quoted field can span lines.
    const line = lastLine + 1 + (info.empty_lines - lastEmpty);
    lastLine = info.lines;
    lastEmpty = info.empty_lines;
    yield { line, cells: record };
  }
  yield* skipped.splice(0);
}
