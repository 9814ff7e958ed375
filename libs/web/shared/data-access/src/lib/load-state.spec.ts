import { HttpErrorResponse } from '@angular/common/http';
import { errorMessage, readyData } from './load-state';

describe(errorMessage.name, () => {
  it('passes on the API’s own message', () => {
    const error = new HttpErrorResponse({
      status: 400,
      statusText: 'Bad Request',
      error: { message: 'Unknown filter "segment.x y"' },
    });
    expect(errorMessage(error)).toBe('Unknown filter "segment.x y"');
  });

  it('names the status when the API sent no message', () => {
    const error = new HttpErrorResponse({ status: 404, statusText: 'Not Found', error: null });
    expect(errorMessage(error)).toBe('The server answered 404 Not Found.');
  });

  it('says when the server cannot be reached', () => {
    expect(errorMessage(new HttpErrorResponse({ status: 0 }))).toBe(
      'The Journey Atlas server cannot be reached. Is it running?',
    );
  });

  it('falls back to the error’s message, then to a generic sentence', () => {
    expect(errorMessage(new Error('boom'))).toBe('boom');
    expect(errorMessage('?')).toBe('Something went wrong.');
  });
});

describe(readyData.name, () => {
  it('gives the data of a ready state and null otherwise', () => {
    expect(readyData({ status: 'ready', data: [1, 2] })).toEqual([1, 2]);
    expect(readyData({ status: 'loading' })).toBeNull();
    expect(readyData({ status: 'error', message: 'down' })).toBeNull();
    expect(readyData({ status: 'idle' })).toBeNull();
  });
});
