import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';

/** The one error body every route answers with. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: unknown;
  requestId?: string;
}

/**
 * Turns every exception into the same JSON body with the request id. Unknown errors
 * are logged with their stack and answered with a plain 500 (no internals leak).
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<Request & { id?: string }>();
    const response = context.getResponse<Response>();
    const body = this.toBody(exception);
    body.requestId = request.id;
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, requestId: request.id }, 'Unhandled error');
    }
    if (!response.headersSent) response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const answer = exception.getResponse();
      if (typeof answer === 'string') {
        return { statusCode, error: HttpStatus[statusCode] ?? 'Error', message: answer };
      }
      const { message, error, ...rest } = answer as Record<string, unknown>;
      const messages = Array.isArray(message) ? message.map(String) : undefined;
      return {
        statusCode,
        error: typeof error === 'string' ? error : (HttpStatus[statusCode] ?? 'Error'),
        message: messages ? messages.join('; ') : String(message ?? exception.message),
        ...(messages ? { details: messages } : {}),
        ...(Object.keys(rest).filter((k) => k !== 'statusCode').length ? { details: rest } : {}),
      };
    }
    return {
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'Something went wrong on our side.',
    };
  }
}
