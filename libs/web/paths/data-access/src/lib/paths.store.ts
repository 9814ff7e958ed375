import { HttpClient, type HttpParams } from '@angular/common/http';
import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import type { PathsDto } from '@journey-atlas/shared/domain';
import { type LoadState, errorMessage } from '@journey-atlas/web/shared/data-access';
import type { Subscription } from 'rxjs';

/** `GET /api/v1/paths`, as the analytics API answers it. */
export type PathsResponse = PathsDto;

/** The most common full channel paths for the current filters. */
@Injectable({ providedIn: 'root' })
export class PathsStore {
  private readonly http = inject(HttpClient);
  private readonly current = signal<LoadState<PathsResponse>>({ status: 'loading' });
  private request: Subscription | null = null;
  readonly state = this.current.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
  }

  /** Loads the top `limit` paths; a newer call cancels an older one still in flight. */
  load(filters: HttpParams, limit: number): void {
    this.request?.unsubscribe();
    this.current.set({ status: 'loading' });
    const params = filters.set('limit', limit);
    this.request = this.http.get<PathsResponse>('/api/v1/paths', { params }).subscribe({
      next: (data) => this.current.set({ status: 'ready', data }),
      error: (error: unknown) =>
        this.current.set({ status: 'error', message: errorMessage(error) }),
    });
  }
}
