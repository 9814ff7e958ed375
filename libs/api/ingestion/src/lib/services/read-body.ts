import { PayloadTooLargeException } from '@nestjs/common';

/** Reads a whole (bounded) body, giving up with 413 as soon as it passes the limit. */
export async function readBody(
  chunks: AsyncIterable<Buffer | string>,
  limitBytes: number,
  what: string,
): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    const part = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += part.length;
    if (size > limitBytes) throw tooLarge(limitBytes, what);
    parts.push(part);
  }
  return Buffer.concat(parts);
}

export function tooLarge(limitBytes: number, what: string): PayloadTooLargeException {
  return new PayloadTooLargeException(
    `${what} is larger than the ${formatBytes(limitBytes)} limit; send application/x-ndjson for bigger loads`,
  );
}

export function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${bytes} bytes`;
}
