import { isFinished, type ImportJobDto } from '@journey-atlas/shared/domain';
import type { IngestClient } from './ingest-client';

/** Uploads a file body to POST /api/v1/imports and waits (polling) until the job ends. */
export async function importFile(
  client: IngestClient,
  body: string | Buffer,
  contentType: string,
  query = '',
): Promise<ImportJobDto> {
  const queued = await startImport(client, body, contentType, query);
  return waitForImport(client, queued.id);
}

export async function startImport(
  client: IngestClient,
  body: string | Buffer | FormData,
  contentType: string | undefined,
  query = '',
): Promise<ImportJobDto> {
  const response = await fetch(client.url('imports', query), {
    method: 'POST',
    headers: contentType ? { 'content-type': contentType } : {},
    body: Buffer.isBuffer(body) ? new Uint8Array(body) : body,
  });
  const answer = (await response.json()) as ImportJobDto & { message?: string };
  if (response.status !== 202) {
    throw new Error(`POST /imports answered ${response.status}: ${answer.message}`);
  }
  return answer;
}

export async function waitForImport(client: IngestClient, id: string): Promise<ImportJobDto> {
  for (let i = 0; i < 1200; i++) {
    const { body } = await client.get<ImportJobDto>(`imports/${id}`);
    if (isFinished(body.status)) return body;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Import ${id} did not finish in time`);
}
