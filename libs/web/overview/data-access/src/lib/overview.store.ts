import { HttpClient, type HttpParams } from '@angular/common/http';
import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import type { MetricsResponseDto } from '@journey-atlas/shared/domain';
import { type LoadState, errorMessage } from '@journey-atlas/web/shared/data-access';
import type { Subscription } from 'rxjs';
import type { OverviewPeriod } from './overview-period';

/** The key metrics on the overview, in the order they are shown. */
export const OVERVIEW_METRICS = [
  'fcr',
  'containment',
  'self_service_share',
  'csat',
  'ces',
  'service_level',
  'cost_to_serve',
] as const;

/** `GET /api/v1/metrics`, as the analytics API answers it. */
export type MetricsResponse = MetricsResponseDto;

/** The overview's key metrics with their previous period and weekly series. */
@Injectable({ providedIn: 'root' })
export class OverviewStore {
  private readonly http = inject(HttpClient);
  private readonly current = signal<LoadState<MetricsResponse>>({ status: 'loading' });
  private request: Subscription | null = null;
  readonly state = this.current.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
  }

  /**
   * Loads the metrics for the filters over the period; a newer call cancels an older one.
   * `silent` (a live refresh) keeps the cards on screen until the new answer arrives.
   */
  load(filters: HttpParams, period: OverviewPeriod, silent = false): void {
    this.request?.unsubscribe();
    if (!silent || this.current().status !== 'ready') this.current.set({ status: 'loading' });
    const params = filters
      .set('from', period.from)
      .set('to', period.to)
      .set('names', OVERVIEW_METRICS.join(','))
      .set('period', 'week');
    this.request = this.http.get<MetricsResponse>('/api/v1/metrics', { params }).subscribe({
      next: (data) => this.current.set({ status: 'ready', data }),
      error: (error: unknown) =>
        this.current.set({ status: 'error', message: errorMessage(error) }),
    });
  }
}
