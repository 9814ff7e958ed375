import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, Injectable, InjectionToken, inject, signal } from '@angular/core';
import type { SettingsUpdatedDto, WorkspaceSettingsDto } from '@journey-atlas/shared/domain';
import { type LoadState, errorMessage } from '@journey-atlas/web/shared/data-access';
import type { Subscription } from 'rxjs';
import type { BackgroundJobDto } from './job';
import { type FieldErrors, serverFieldErrors } from './settings-form';

/** How long to wait between two looks at the rebuild job a save started. */
export const REBUILD_POLL_INTERVAL_MS = new InjectionToken<number>('REBUILD_POLL_INTERVAL_MS', {
  providedIn: 'root',
  factory: () => 1000,
});

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  /** Saved; `rebuild` is the job it queued (null: nothing effective changed). */
  | { status: 'saved'; rebuild: BackgroundJobDto | { id: string; status: 'unknown' } | null }
  | { status: 'error'; message: string; fieldErrors: FieldErrors };

const SETTINGS_URL = '/api/v1/settings';

/**
 * The workspace settings (`GET`/`PUT /api/v1/settings`) and the journey rebuild a change
 * queues, followed through `GET /api/v1/jobs/:id` until it is done or failed.
 */
@Injectable({ providedIn: 'root' })
export class SettingsStore {
  private readonly http = inject(HttpClient);
  private readonly pollMs = inject(REBUILD_POLL_INTERVAL_MS);
  private readonly current = signal<LoadState<WorkspaceSettingsDto>>({ status: 'loading' });
  private readonly saving = signal<SaveState>({ status: 'idle' });
  private request: Subscription | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  readonly state = this.current.asReadonly();
  readonly saveState = this.saving.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stopFollowing());
  }

  load(): void {
    this.current.set({ status: 'loading' });
    this.http.get<WorkspaceSettingsDto>(SETTINGS_URL).subscribe({
      next: (data) => this.current.set({ status: 'ready', data }),
      error: (error: unknown) =>
        this.current.set({ status: 'error', message: errorMessage(error) }),
    });
  }

  /** PUTs a body built by `validateDraft`; a 400 comes back as messages per field. */
  save(body: Record<string, unknown>): void {
    this.stopFollowing();
    this.saving.set({ status: 'saving' });
    this.http.put<SettingsUpdatedDto>(SETTINGS_URL, body).subscribe({
      next: (answer) => {
        this.current.set({ status: 'ready', data: answer.settings });
        if (!answer.rebuild) {
          this.saving.set({ status: 'saved', rebuild: null });
          return;
        }
        this.saving.set({
          status: 'saved',
          rebuild: { id: answer.rebuild.jobId, status: 'unknown' },
        });
        this.followJob(answer.rebuild.jobId);
      },
      error: (error: unknown) =>
        this.saving.set({
          status: 'error',
          message: errorMessage(error),
          fieldErrors:
            error instanceof HttpErrorResponse && error.status === 400
              ? serverFieldErrors((error.error as { details?: unknown } | null)?.details)
              : {},
        }),
    });
  }

  /** Forgets the last save's outcome (e.g. when the form is edited again). */
  clearSaveState(): void {
    if (this.saving().status === 'error') this.saving.set({ status: 'idle' });
  }

  private followJob(id: string): void {
    this.request = this.http
      .get<BackgroundJobDto>(`/api/v1/jobs/${encodeURIComponent(id)}`)
      .subscribe({
        next: (job) => {
          this.saving.set({ status: 'saved', rebuild: job });
          if (job.status === 'queued' || job.status === 'running') {
            this.timer = setTimeout(() => this.followJob(id), this.pollMs);
          }
        },
        // The settings are saved either way; the rebuild's progress just cannot be shown.
        error: () => this.saving.set({ status: 'saved', rebuild: { id, status: 'unknown' } }),
      });
  }

  private stopFollowing(): void {
    this.request?.unsubscribe();
    this.request = null;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
