import { HttpClient, type HttpParams } from '@angular/common/http';
import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import type { FrictionRankingDto } from '@journey-atlas/shared/domain';
import { type LoadState, errorMessage } from '@journey-atlas/web/shared/data-access';
import type { Subscription } from 'rxjs';
import type { FrictionGroupBy } from './friction-options';

/** `GET /api/v1/friction`, as the analytics API answers it. */
export type FrictionResponse = FrictionRankingDto;

/** Friction types ranked by the cost they add, for the current filters. */
@Injectable({ providedIn: 'root' })
export class FrictionStore {
  private readonly http = inject(HttpClient);
  private readonly current = signal<LoadState<FrictionResponse>>({ status: 'loading' });
  private request: Subscription | null = null;
  readonly state = this.current.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
  }

  /** Loads the ranking, broken down by `groupBy` when given; a newer call cancels an older one. */
  load(filters: HttpParams, groupBy: FrictionGroupBy | null): void {
    this.request?.unsubscribe();
    this.current.set({ status: 'loading' });
    const params = groupBy ? filters.set('groupBy', groupBy) : filters;
    this.request = this.http.get<FrictionResponse>('/api/v1/friction', { params }).subscribe({
      next: (data) => this.current.set({ status: 'ready', data }),
      error: (error: unknown) =>
        this.current.set({ status: 'error', message: errorMessage(error) }),
    });
  }
}
