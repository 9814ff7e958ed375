import { open } from 'node:fs/promises';

/** How much of a file is looked at to guess its encoding and delimiter. */
export const SNIFF_BYTES = 1024 * 1024;

export type TextEncoding = 'utf-8' | 'utf-16le' | 'windows-1252';

export interface SniffedFormat {
  encoding: TextEncoding;
  /** Only meaningful for CSV. */
  delimiter: string;
}

const DELIMITERS = [',', ';', '\t', '|'];

/**
 * UTF-8 unless the bytes are not valid UTF-8; then Windows-1252 (a superset of the
 * printable Latin-1 that European exports use).
 */
export function sniffEncoding(sample: Buffer): TextEncoding {
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8';
  try {
    // stream: true lets a character cut at the end of the sample pass.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** The delimiter found most often in the header line, outside quotes (comma by default). */
export function sniffDelimiter(text: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const char of text.replace(/^\uFEFF/, '')) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && DELIMITERS.includes(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

export async function sniffFile(path: string): Promise<{ sample: Buffer; size: number }> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const sample = Buffer.alloc(Math.min(size, SNIFF_BYTES));
    await file.read(sample, 0, sample.length, 0);
    return { sample, size };
  } finally {
    await file.close();
  }
}
