import { type NdjsonLine, ndjsonLines } from './ndjson-lines';

async function collect(chunks: (string | Buffer)[], max = 1000): Promise<NdjsonLine[]> {
  async function* source() {
    yield* chunks;
  }
  const lines: NdjsonLine[] = [];
  for await (const line of ndjsonLines(source(), max)) lines.push(line);
  return lines;
}

describe(ndjsonLines.name, () => {
  it('splits lines across chunk boundaries and numbers them from 1', async () => {
    expect(await collect(['{"a":', '1}\n{"b"', ':2}\n', '{"c":3}'])).toEqual([
      { number: 1, text: '{"a":1}' },
      { number: 2, text: '{"b":2}' },
      { number: 3, text: '{"c":3}' },
    ]);
  });

  it('accepts CRLF, a BOM and a final newline, and skips blank lines but counts them', async () => {
    expect(await collect(['\uFEFF{"a":1}\r\n\r\n  \n{"b":2}\r\n'])).toEqual([
      { number: 1, text: '{"a":1}' },
      { number: 4, text: '{"b":2}' },
    ]);
  });

  it('joins a UTF-8 character split between two chunks', async () => {
    const bytes = Buffer.from('{"name":"Zoë"}\n', 'utf8');
    const cut = bytes.indexOf(0xc3) + 1;
    expect(await collect([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual([
      { number: 1, text: '{"name":"Zoë"}' },
    ]);
  });

  it('reports an over-long line by number without buffering it, then goes on', async () => {
    const long = 'x'.repeat(40);
    expect(
      await collect(['ok\n', long.slice(0, 20), long.slice(20), long, '\nnext\n', long], 30),
    ).toEqual([
      { number: 1, text: 'ok' },
      { number: 2, tooLong: true },
      { number: 3, text: 'next' },
      { number: 4, tooLong: true },
    ]);
  });

  it('yields nothing for an empty body', async () => {
    expect(await collect([])).toEqual([]);
    expect(await collect(['\n\n'])).toEqual([]);
  });
});
