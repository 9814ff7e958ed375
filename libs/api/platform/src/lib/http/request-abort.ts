import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpException, Injectable, type NestMiddleware } from '@nestjs/common';

/** nginx's "client closed request": nobody reads this answer, it only ends the handler. */
export const CLIENT_CLOSED_REQUEST = 499;

export class ClientClosedRequestException extends HttpException {
  constructor() {
    super('The client closed the request before the answer was ready', CLIENT_CLOSED_REQUEST);
  }
}

const requestSignals = new AsyncLocalStorage<AbortSignal>();

/**
 * The signal of the HTTP request being served (RequestAbortMiddleware), aborted when its
 * client goes away before the answer is sent; undefined outside such a request.
 */
export function currentRequestSignal(): AbortSignal | undefined {
  return requestSignals.getStore();
}

/** Runs `work` as if it served a request with this signal (jobs, tests). */
export function runWithRequestSignal<T>(signal: AbortSignal, work: () => T): T {
  return requestSignals.run(signal, work);
}

/**
 * Gives every request an abort signal that fires when the connection closes before the
 * response has finished, so that long reads (a map over the fact tables can take seconds)
 * stop holding a connection and a core for a client that left.
 */
@Injectable()
export class RequestAbortMiddleware implements NestMiddleware {
  use(_request: IncomingMessage, response: ServerResponse, next: () => void): void {
    const controller = new AbortController();
    response.once('close', () => {
      if (!response.writableFinished) controller.abort(new ClientClosedRequestException());
    });
    requestSignals.run(controller.signal, next);
  }
}
