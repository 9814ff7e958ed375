import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ImportFormat, ImportJobDto, ImportProgressDto } from '@journey-atlas/shared/domain';

const CONTENT_TYPES: Record<ImportFormat, string> = {
  csv: 'text/csv',
  ndjson: 'application/x-ndjson',
};

/** The server could not be reached or refused the upload; the CLI says why and exits 3. */
export class ServerError extends Error {
  override readonly name = 'ServerError';
}

export interface UploadRequest {
  url: string;
  file: string;
  format: ImportFormat;
  workspace?: string;
  mapping?: string;
}

function client(url: URL): typeof http | typeof https {
  return url.protocol === 'https:' ? https : http;
}

function unreachable(base: string, error: NodeJS.ErrnoException): ServerError {
  if (
    error.code === 'ECONNREFUSED' ||
    error.code === 'ENOTFOUND' ||
    error.code === 'EHOSTUNREACH'
  ) {
    return new ServerError(
      `No Journey Atlas server answers at ${base} (${error.code}). Start it with \`npm start\`, or point --url at a running one.`,
    );
  }
  return new ServerError(`The connection to ${base} failed: ${error.message}`);
}

function readJson(response: http.IncomingMessage): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    response.on('data', (chunk: Buffer) => parts.push(chunk));
    response.on('error', reject);
    response.on('end', () => {
      const text = Buffer.concat(parts).toString('utf8');
      try {
        resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) });
      } catch {
        resolve({ status: response.statusCode ?? 0, body: { message: text.slice(0, 500) } });
      }
    });
  });
}

/** Streams the file as the request body (never read whole); resolves with the queued job. */
export async function uploadFile(
  request: UploadRequest,
  onProgress: (progress: ImportProgressDto) => void,
): Promise<ImportJobDto> {
  const { size } = await stat(request.file);
  const query = new URLSearchParams({ name: request.file.split(/[\\/]/).pop() ?? request.file });
  if (request.workspace) query.set('workspace', request.workspace);
  if (request.mapping) query.set('mapping', request.mapping);
  const url = new URL(`${request.url}/api/v1/imports?${query}`);
  const progress: ImportProgressDto = {
    bytesTotal: size,
    bytesRead: 0,
    rowsRead: 0,
    accepted: 0,
    duplicates: 0,
    rejected: 0,
  };
  const outgoing = client(url).request(url, {
    method: 'POST',
    headers: { 'content-type': CONTENT_TYPES[request.format], 'content-length': size },
  });
  const answer = new Promise<http.IncomingMessage>((resolve, reject) => {
    outgoing.on('response', resolve);
    outgoing.on('error', reject);
  });
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      progress.bytesRead += chunk.length;
      onProgress(progress);
      done(null, chunk);
    },
  });
  try {
    await Promise.all([pipeline(createReadStream(request.file), counter, outgoing), answer]);
  } catch (error) {
    throw unreachable(request.url, error as NodeJS.ErrnoException);
  }
  const { status, body } = await readJson(await answer);
  if (status !== 202) {
    const message = (body as { message?: unknown }).message;
    throw new ServerError(`The server refused the upload (${status}): ${String(message)}`);
  }
  return body as ImportJobDto;
}

/** Follows the job's Server-Sent Events until it is done or failed; returns the final job. */
export function followImport(
  base: string,
  job: ImportJobDto,
  onProgress: (progress: ImportProgressDto) => void,
): Promise<ImportJobDto> {
  const url = new URL(
    `${base}/api/v1/imports/${job.id}/events?workspace=${encodeURIComponent(job.workspace)}`,
  );
  return new Promise((resolve, reject) => {
    const request = client(url).get(url, (response) => {
      if (response.statusCode !== 200) {
        reject(new ServerError(`The progress stream answered ${response.statusCode}`));
        response.resume();
        return;
      }
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
          const event = parseEvent(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          if (event?.name === 'progress')
            onProgress((event.data as { progress: ImportProgressDto }).progress);
          else if (event) resolve(event.data as ImportJobDto);
        }
      });
      response.on('end', () =>
        reject(new ServerError('The progress stream ended before the import did')),
      );
    });
    request.on('error', (error) => reject(unreachable(base, error)));
  });
}

/** One SSE message: `event: name` and `data: json` lines. */
export function parseEvent(text: string): { name: string; data: unknown } | undefined {
  let name = 'message';
  let data = '';
  for (const line of text.split('\n')) {
    if (line.startsWith('event:')) name = line.slice(6).trim();
    else if (line.startsWith('data:')) data += line.slice(5).trim();
  }
  if (data === '') return undefined;
  try {
    return { name, data: JSON.parse(data) };
  } catch {
    return undefined;
  }
}
