import type { ServerResponse } from 'node:http';
import { type ImportJobDto, isFinished } from '@journey-atlas/shared/domain';

/** How often the job row is looked at while streaming its progress. */
const POLL_MS = 250;

/**
 * Server-Sent Events of one import: a `progress` event whenever the job row changes,
 * then a final `done` (or `failed`) event with the whole job, then the stream ends.
 */
export async function streamImportEvents(
  response: ServerResponse,
  load: () => Promise<ImportJobDto>,
  first: ImportJobDto,
): Promise<void> {
  response.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  let closed = false;
  response.on('close', () => (closed = true));
  let job = first;
  let last = '';
  while (!closed) {
    const progress = JSON.stringify({ status: job.status, progress: job.progress });
    if (isFinished(job.status)) {
      response.write(`event: ${job.status}\ndata: ${JSON.stringify(job)}\n\n`);
      break;
    }
    if (progress !== last) response.write(`event: progress\ndata: ${progress}\n\n`);
    last = progress;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    job = await load();
  }
  response.end();
}
