import { HttpClient, type HttpParams } from '@angular/common/http';
import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { type LoadState, errorMessage } from '@journey-atlas/web/shared/data-access';
import type { Subscription } from 'rxjs';
import type { JourneyMapOptions, JourneyMapResponse } from './journey-map.dto';

/** The journey map for the current filters, from `GET /api/v1/journey-map`. */
@Injectable({ providedIn: 'root' })
export class JourneyMapStore {
  private readonly http = inject(HttpClient);
  private readonly current = signal<LoadState<JourneyMapResponse>>({ status: 'loading' });
  private request: Subscription | null = null;
  readonly state = this.current.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
  }

  /** Loads the map; a newer call cancels an older one still in flight, so answers never cross. */
  load(filters: HttpParams, options: JourneyMapOptions): void {
    this.request?.unsubscribe();
    this.current.set({ status: 'loading' });
    let params = filters.set('steps', options.steps);
    if (options.minCount !== null) params = params.set('minCount', options.minCount);
    this.request = this.http.get<JourneyMapResponse>('/api/v1/journey-map', { params }).subscribe({
      next: (data) => this.current.set({ status: 'ready', data }),
      error: (error: unknown) =>
        this.current.set({ status: 'error', message: errorMessage(error) }),
    });
  }
}
