import { HttpClient, type HttpParams } from '@angular/common/http';
import { DestroyRef, Injectable, type WritableSignal, inject, signal } from '@angular/core';
import type { JourneyMapDto, SegmentCompareDto } from '@journey-atlas/shared/domain';
import {
  type JourneyFilters,
  type LoadState,
  errorMessage,
} from '@journey-atlas/web/shared/data-access';
import type { Subscription } from 'rxjs';
import {
  type SegmentSide,
  type SegmentSides,
  SEGMENT_SIDES,
  compareApiParams,
  isDefined,
  sideApiParams,
} from './segment-definition';

/** Steps of each side's journey map (the journey-map screen's default). */
export const SEGMENT_MAP_STEPS = 5;

/** Nothing to load yet: neither side is defined. */
export type SegmentLoadState<T> = LoadState<T> | { status: 'idle' };

/**
 * Segment compare's data: `GET /api/v1/segments/compare` for both sides and one
 * `GET /api/v1/journey-map` per side with that side's filters. A newer `load` cancels
 * the requests of an older one, so answers never cross.
 */
@Injectable({ providedIn: 'root' })
export class SegmentsStore {
  private readonly http = inject(HttpClient);
  private readonly compareState = signal<SegmentLoadState<SegmentCompareDto>>({ status: 'idle' });
  private readonly mapStates = {
    a: signal<SegmentLoadState<JourneyMapDto>>({ status: 'idle' }),
    b: signal<SegmentLoadState<JourneyMapDto>>({ status: 'idle' }),
  };
  private requests: Subscription[] = [];

  readonly compare = this.compareState.asReadonly();
  readonly mapA = this.mapStates.a.asReadonly();
  readonly mapB = this.mapStates.b.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.cancel());
  }

  /** Loads the comparison and both maps; with neither side defined, stays idle. */
  load(common: JourneyFilters, sides: SegmentSides): void {
    this.cancel();
    if (!isDefined(sides.a) && !isDefined(sides.b)) {
      this.compareState.set({ status: 'idle' });
      for (const side of SEGMENT_SIDES) this.mapStates[side].set({ status: 'idle' });
      return;
    }
    this.track(this.compareState, '/api/v1/segments/compare', compareApiParams(common, sides));
    for (const side of SEGMENT_SIDES) {
      this.loadMap(side, sideApiParams(common, sides[side]));
    }
  }

  private loadMap(side: SegmentSide, filters: HttpParams): void {
    this.track(
      this.mapStates[side],
      '/api/v1/journey-map',
      filters.set('steps', SEGMENT_MAP_STEPS),
    );
  }

  private track<T>(
    state: WritableSignal<SegmentLoadState<T>>,
    url: string,
    params: HttpParams,
  ): void {
    state.set({ status: 'loading' });
    this.requests.push(
      this.http.get<T>(url, { params }).subscribe({
        next: (data) => state.set({ status: 'ready', data }),
        error: (error: unknown) => state.set({ status: 'error', message: errorMessage(error) }),
      }),
    );
  }

  private cancel(): void {
    for (const request of this.requests) request.unsubscribe();
    this.requests = [];
  }
}
