import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { type CsvRecord, csvLines, splitLine } from './csv-lines';

async function read(text: string, delimiter = ',', chunk = 7): Promise<CsvRecord[]> {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += chunk) chunks.push(text.slice(i, i + chunk));
  const out: CsvRecord[] = [];
  for await (const record of csvLines(Readable.from(chunks), delimiter)) out.push(record);
  return out;
}

/** What the importer read before the fast path: csv-parse over the whole file. */
async function reference(text: string, delimiter = ','): Promise<CsvRecord[]> {
  const parser = Readable.from([text]).pipe(
    parse({
      delimiter,
      bom: true,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
    }),
  );
  const out: CsvRecord[] = [];
  const skipped: CsvRecord[] = [];
  parser.on('skip', (error: Error & { lines?: number }) =>
    skipped.push({ line: error.lines ?? 0, error: error.message }),
  );
  let lastLine = 0;
  let lastEmpty = 0;
  for await (const { record, info } of parser as AsyncIterable<{
    record: string[];
    info: { lines: number; empty_lines: number };
  }>) {
    out.push(...skipped.splice(0));
    out.push({ line: lastLine + 1 + (info.empty_lines - lastEmpty), cells: record });
    lastLine = info.lines;
    lastEmpty = info.empty_lines;
  }
  return [...out, ...skipped];
}

const FILES: [string, string, string][] = [
  ['plain', 'id,email,phone\n1,a@x.com,\n2,,+44 1\n', ','],
  ['no final line break', 'id,email\n1,a@x.com\n2,b@x.com', ','],
  ['quoted fields', 'id,email\n1,"  a@X.com ",x\n"2","say ""hi""",""\n3,"a,b",\n', ','],
  ['CRLF and a BOM', '\uFEFFid,email\r\n1,a@x.com\r\n\r\n2,"b@x.com"\r\n', ','],
  ['empty lines', '\n\nid,email\n\n1,a\n\n\n2,b\n\n', ','],
  ['semicolons', 'id;cost\n1;12,5\n2;"3;4"\n', ';'],
  ['a quoted field over two lines', 'id,note\n1,"two\nlines"\n2,x\n3,"y"\n', ','],
  ['a stray quote', 'id,note\n1,ab"c\n2,x\n', ','],
  ['an unclosed quote', 'id,note\n1,"abc\n2,x\n', ','],
  ['text after a closing quote', 'id,note\n1,"a"b,c\n2,x\n', ','],
  ['mixed line endings', 'id,note\r\n1,a\n2,b\r\n', ','],
  ['a lone CR inside a line', 'id,note\n1,a\rb\n2,c\n', ','],
  ['a quoted header', '"id","email"\n1,a\n', ','],
  ['tabs', 'id\temail\n1\t"a b"\n', '\t'],
];

describe(csvLines.name, () => {
  it.each(FILES)('reads %s exactly as csv-parse does', async (_name, text, delimiter) => {
    // Sorted by line: csv-parse reported a skipped record when it found it, which could
    // be before records it had already read.
    const expected = (await reference(text, delimiter)).sort((a, b) => a.line - b.line);
    expect(await read(text, delimiter)).toEqual(expected);
    expect(await read(text, delimiter, 1)).toEqual(expected);
    expect(await read(text, delimiter, 1000)).toEqual(expected);
  });

  it('numbers records by the line they start on, also after falling back', async () => {
    const records = await read('id,note\n\n1,"a\nb"\n\n2,c\n');
    expect(records).toEqual([
      { line: 1, cells: ['id', 'note'] },
      { line: 3, cells: ['1', 'a\nb'] },
      { line: 6, cells: ['2', 'c'] },
    ]);
  });
});

describe(splitLine.name, () => {
  it('splits plain and well-quoted lines, and leaves the rest to csv-parse', () => {
    expect(splitLine('a,,b,', ',')).toEqual(['a', '', 'b', '']);
    expect(splitLine('"a ""q""",b,"",', ',')).toEqual(['a "q"', 'b', '', '']);
    expect(splitLine('a,b"c', ',')).toBeUndefined();
    expect(splitLine('"a"b', ',')).toBeUndefined();
    expect(splitLine('"a', ',')).toBeUndefined();
  });
});
