import { PayloadTooLargeException } from '@nestjs/common';
import { formatBytes, readBody } from './read-body';

async function* chunks(...parts: string[]) {
  for (const part of parts) yield Buffer.from(part);
}

describe(readBody.name, () => {
  it('joins the chunks of a body within the limit', async () => {
    expect((await readBody(chunks('{"a"', ':1}'), 10, 'Body')).toString()).toBe('{"a":1}');
  });

  it('stops with 413 naming the limit as soon as the body passes it', async () => {
    const attempt = readBody(chunks('12345', '67890', 'x'), 11, 'Body');
    await expect(attempt).resolves.toHaveLength(11);
    await expect(readBody(chunks('12345', '6'), 5, 'The JSON body')).rejects.toThrow(
      new PayloadTooLargeException(
        'The JSON body is larger than the 5 bytes limit; send application/x-ndjson for bigger loads',
      ),
    );
  });

  it('writes whole megabytes as MB', () => {
    expect(formatBytes(32 * 1024 * 1024)).toBe('32 MB');
    expect(formatBytes(1000)).toBe('1000 bytes');
  });
});
