import { HttpClient, type HttpParams } from '@angular/common/http';
import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import type {
  JourneyMapNodeDto,
  JourneySampleDto,
  JourneySummaryDto,
} from '@journey-atlas/shared/domain';
import { type LoadState, errorMessage } from '@journey-atlas/web/shared/data-access';
import type { Subscription } from 'rxjs';
import { type MapSelection, matchingSamples, sampleParams } from './journey-samples';

/** Sample journeys behind a map selection, and how many recent journeys were searched. */
export interface JourneySamples {
  journeys: JourneySummaryDto[];
  /** Journeys the API returned (the newest ones through the selection's channel). */
  searched: number;
  /** The channel the pool was narrowed to, if any. */
  channel: string | null;
}

/** Sample journeys for the flow or step picked on the journey map (`GET /api/v1/journeys`). */
@Injectable({ providedIn: 'root' })
export class JourneySamplesStore {
  private readonly http = inject(HttpClient);
  private readonly current = signal<LoadState<JourneySamples> | null>(null);
  private request: Subscription | null = null;
  /** null: nothing picked. */
  readonly state = this.current.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
  }

  load(
    filters: HttpParams,
    selection: MapSelection,
    nodes: readonly JourneyMapNodeDto[],
    steps: number,
  ): void {
    this.request?.unsubscribe();
    this.current.set({ status: 'loading' });
    const params = sampleParams(filters, selection, nodes);
    this.request = this.http.get<JourneySampleDto>('/api/v1/journeys', { params }).subscribe({
      next: (data) =>
        this.current.set({
          status: 'ready',
          data: {
            journeys: matchingSamples(data.journeys, selection, nodes, steps),
            searched: data.journeys.length,
            channel: params.get('channel'),
          },
        }),
      error: (error: unknown) =>
        this.current.set({ status: 'error', message: errorMessage(error) }),
    });
  }

  clear(): void {
    this.request?.unsubscribe();
    this.current.set(null);
  }
}
