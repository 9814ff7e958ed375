import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '@journey-atlas/api/platform';
import { createApp } from '../src/app/create-app';

export interface TestApp {
  app: INestApplication;
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * The real app listening on a free port, against the run's throwaway database. Its
 * worker runs rebuild jobs but leaves the customer-change queue alone, so specs can see
 * what ingestion queued and drive incremental rebuilds themselves.
 */
export async function startTestApp(): Promise<TestApp> {
  const databaseUrl = process.env.TEST_DATABASE_URL;
  if (!databaseUrl)
    throw new Error('TEST_DATABASE_URL is not set: run through the integration config');
  const app = await createApp({
    config: loadConfig({
      LOG_LEVEL: process.env.IT_LOG_LEVEL ?? 'silent',
      JOURNEY_WORKER: 'false',
    }),
    databaseUrl,
  });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return { app, baseUrl: `http://127.0.0.1:${address.port}`, close: () => app.close() };
}
