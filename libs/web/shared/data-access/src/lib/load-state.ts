import { HttpErrorResponse } from '@angular/common/http';

/** What a screen shows while it waits for, has, or failed to get its data. */
export type LoadState<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; message: string };

/** The data of a loaded state; null while loading, after an error, or before any load. */
export function readyData<T>(state: LoadState<T> | { status: 'idle' }): T | null {
  return state.status === 'ready' ? state.data : null;
}

/** A sentence for the user: the API's own message when it sent one. */
export function errorMessage(error: unknown): string {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 0) return 'The Journey Atlas server cannot be reached. Is it running?';
    const body = error.error as { message?: unknown } | null;
    if (body && typeof body.message === 'string') return body.message;
    return `The server answered ${error.status} ${error.statusText}.`;
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
}
