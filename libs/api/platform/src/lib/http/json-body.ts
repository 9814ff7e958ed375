import { BadRequestException, HttpException, PayloadTooLargeException } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { json } from 'express';

/**
 * The app's JSON body parser, except on routes that read (stream) their own body.
 * Parser errors become HttpExceptions so the exception filter answers 400/413 with the
 * one error body (Nest maps only malformed JSON on its own; the rest would be 500s).
 */
export function jsonBodyExcept(paths: readonly string[], limitBytes: number): RequestHandler {
  const parse = json({ limit: limitBytes });
  const skipped = new Set(paths);
  return (request: Request, response: Response, next: NextFunction) => {
    const path = request.path.length > 1 ? request.path.replace(/\/+$/, '') : request.path;
    if (skipped.has(path)) return next();
    return parse(request, response, (error?: unknown) =>
      next(error === undefined ? undefined : toHttpException(error, limitBytes)),
    );
  };
}

function toHttpException(error: unknown, limitBytes: number): unknown {
  const { type, status, message } = error as { type?: string; status?: number; message?: string };
  if (type === 'entity.too.large') {
    return new PayloadTooLargeException(
      `The JSON body is larger than the ${Math.round(limitBytes / 1024)} kB limit`,
    );
  }
  if (type === 'entity.parse.failed') {
    return new BadRequestException(`Malformed JSON in the request body (${message})`);
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new HttpException(message ?? 'Bad request body', status);
  }
  return error;
}
