import { HttpClient, HttpEventType, HttpParams } from '@angular/common/http';
import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { type ImportJobDto, isFinished } from '@journey-atlas/shared/domain';
import { errorMessage } from '@journey-atlas/web/shared/data-access';
import type { Subscription } from 'rxjs';
import { IMPORT_POLL_INTERVAL_MS, IMPORT_UPLOAD_HTTP } from './import-upload-http';
import {
  type ImportOptions,
  type ImportState,
  importProgress,
  importTally,
  mappingError,
} from './import-state';

const IMPORTS_URL = '/api/v1/imports';

/**
 * One bulk file import at a time: uploads the file (`POST /api/v1/imports`, multipart)
 * reporting the bytes sent, then follows the job (`GET /api/v1/imports/:id`) until it is
 * done or failed. The store outlives the screen, so coming back shows the import where it
 * is; starting another import stops following the old one (the server still finishes it).
 */
@Injectable({ providedIn: 'root' })
export class ImportStore {
  private readonly http = inject(HttpClient);
  private readonly uploadHttp = inject(IMPORT_UPLOAD_HTTP);
  private readonly pollMs = inject(IMPORT_POLL_INTERVAL_MS);
  private readonly current = signal<ImportState>({ phase: 'idle' });
  private request: Subscription | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  readonly state = this.current.asReadonly();
  readonly progress = computed(() => importProgress(this.current()));
  readonly tally = computed(() => importTally(this.current()));
  readonly job = computed(() => {
    const state = this.current();
    return state.phase === 'job' || state.phase === 'error' ? state.job : null;
  });
  /** True from the upload until the job has finished. */
  readonly busy = computed(() => {
    const state = this.current();
    return state.phase === 'uploading' || (state.phase === 'job' && !isFinished(state.job.status));
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** Uploads `file` and follows its import. A bad mapping is refused before any upload. */
  start(file: File, options: ImportOptions = {}): void {
    this.stop();
    const badMapping = mappingError(options.mapping);
    if (badMapping) {
      this.current.set({ phase: 'error', message: badMapping, fileName: file.name, job: null });
      return;
    }
    const body = new FormData();
    if (options.mapping?.trim()) body.append('mapping', options.mapping);
    body.append('file', file, file.name);
    let params = new HttpParams();
    if (options.format) params = params.set('format', options.format);
    this.current.set({ phase: 'uploading', fileName: file.name, loaded: 0, total: file.size });
    this.request = this.uploadHttp
      .post<ImportJobDto>(IMPORTS_URL, body, { params, reportProgress: true, observe: 'events' })
      .subscribe({
        next: (event) => {
          if (event.type === HttpEventType.UploadProgress) {
            this.current.set({
              phase: 'uploading',
              fileName: file.name,
              loaded: event.loaded,
              total: event.total ?? file.size,
            });
          } else if (event.type === HttpEventType.Response && event.body) {
            this.follow(event.body);
          }
        },
        error: (error: unknown) =>
          this.current.set({
            phase: 'error',
            message: errorMessage(error),
            fileName: file.name,
            job: null,
          }),
      });
  }

  /** Looks at the job again now (after a failed look, or to resume following it). */
  refresh(): void {
    const job = this.job();
    if (!job) return;
    this.stop();
    this.fetch(job);
  }

  /** Back to the empty form. */
  reset(): void {
    this.stop();
    this.current.set({ phase: 'idle' });
  }

  private follow(job: ImportJobDto): void {
    this.current.set({ phase: 'job', job });
    if (!isFinished(job.status)) {
      this.timer = setTimeout(() => this.fetch(job), this.pollMs);
    }
  }

  private fetch(last: ImportJobDto): void {
    this.timer = null;
    const params = new HttpParams().set('workspace', last.workspace);
    this.request = this.http
      .get<ImportJobDto>(`${IMPORTS_URL}/${encodeURIComponent(last.id)}`, { params })
      .subscribe({
        next: (job) => this.follow(job),
        error: (error: unknown) =>
          this.current.set({
            phase: 'error',
            message: `Could not check the import: ${errorMessage(error)}`,
            fileName: last.fileName,
            job: last,
          }),
      });
  }

  private stop(): void {
    this.request?.unsubscribe();
    this.request = null;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
