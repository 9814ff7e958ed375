import { StringDecoder } from 'node:string_decoder';

/** One non-blank line of an NDJSON body, numbered from 1 as an editor shows it. */
export type NdjsonLine = { number: number; text: string } | { number: number; tooLong: true };

/**
 * Splits a byte stream into lines as it arrives, never holding more than one line:
 * UTF-8 characters split across chunks are joined, CRLF and a leading BOM are accepted,
 * blank lines are skipped (but counted), and a line longer than `maxLineChars` is
 * reported as too long and skipped instead of being buffered.
 */
export async function* ndjsonLines(
  chunks: AsyncIterable<Buffer | string>,
  maxLineChars: number,
): AsyncGenerator<NdjsonLine> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let tooLong = false;
  let number = 0;

  function* complete(text: string): Generator<NdjsonLine> {
    number++;
    if (tooLong || text.length > maxLineChars) {
      tooLong = false;
      yield { number, tooLong: true };
      return;
    }
    const line = (number === 1 ? text.replace(/^\uFEFF/, '') : text).replace(/\r$/, '');
    if (line.trim() !== '') yield { number, text: line };
  }

  function* take(decoded: string): Generator<NdjsonLine> {
    let start = 0;
    for (let end = decoded.indexOf('\n'); end !== -1; end = decoded.indexOf('\n', start)) {
      const text = pending + decoded.slice(start, end);
      pending = '';
      yield* complete(text);
      start = end + 1;
    }
    if (!tooLong) pending += decoded.slice(start);
    if (pending.length > maxLineChars) {
      tooLong = true;
      pending = '';
    }
  }

  for await (const chunk of chunks) {
    yield* take(typeof chunk === 'string' ? chunk : decoder.write(chunk));
  }
  yield* take(decoder.end());
  if (pending !== '' || tooLong) yield* complete(pending);
}
