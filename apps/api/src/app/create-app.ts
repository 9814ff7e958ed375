import { type INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { STREAMED_BODY_PATHS } from '@journey-atlas/api/ingestion';
import { HttpExceptionFilter, jsonBodyExcept } from '@journey-atlas/api/platform';
import { AppModule, type AppOptions } from './app.module';

/** Builds the configured Nest app (not listening yet); shared by main and the tests. */
export async function createApp(options: AppOptions): Promise<INestApplication> {
  // Nest's own body parser would buffer every body; touchpoint ingestion streams NDJSON.
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.use(jsonBodyExcept(STREAMED_BODY_PATHS, 1024 * 1024));
  app.setGlobalPrefix('api');
  app.useGlobalPipes(
    new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
  );
  app.useGlobalFilters(new HttpExceptionFilter());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Journey Atlas API')
      .setDescription('Customer-journey analytics for customer service')
      .setVersion('1')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
  // A streamed NDJSON ingest of millions of touchpoints takes longer than Node's default
  // 5-minute limit for receiving a whole request; slow headers are still cut off
  // (headersTimeout).
  const server = app.getHttpServer() as import('node:http').Server;
  server.requestTimeout = 0;
  return app;
}
