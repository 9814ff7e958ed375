import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Accepts a caller's request id when it looks sane, otherwise makes one. */
export function requestIdFor(request: IncomingMessage, response: ServerResponse): string {
  const given = request.headers[REQUEST_ID_HEADER];
  const id = typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
  response.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

/** Structured JSON logs (pino) with the request id on every line of a request. */
export function loggingModule(config: AppConfig) {
  return LoggerModule.forRoot({
    // Express 5 path syntax; the default '*' makes Nest warn about legacy routes.
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      level: config.logLevel,
      genReqId: requestIdFor,
      customProps: (request) => ({ requestId: request.id }),
      autoLogging: { ignore: (request) => request.url === '/api/health' },
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      serializers: {
        req: (request: { id: string; method: string; url: string }) => ({
          id: request.id,
          method: request.method,
          url: request.url,
        }),
      },
    },
  });
}
