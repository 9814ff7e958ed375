import { HttpClient, HttpXhrBackend } from '@angular/common/http';
import { InjectionToken, inject } from '@angular/core';

/**
 * The HttpClient an import upload goes through. The app's client uses the fetch backend,
 * which cannot report upload progress; this one talks XHR so the progress bar can follow
 * the bytes as they leave the browser. Tests point it at the testing backend instead.
 */
export const IMPORT_UPLOAD_HTTP = new InjectionToken<HttpClient>('IMPORT_UPLOAD_HTTP', {
  providedIn: 'root',
  factory: () => new HttpClient(inject(HttpXhrBackend)),
});

/** How long to wait between two looks at a running import (GET /api/v1/imports/:id). */
export const IMPORT_POLL_INTERVAL_MS = new InjectionToken<number>('IMPORT_POLL_INTERVAL_MS', {
  providedIn: 'root',
  factory: () => 500,
});
