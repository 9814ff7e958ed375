import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, type Params, Router } from '@angular/router';
import { filter } from 'rxjs';
import {
  EMPTY_FILTERS,
  type JourneyFilters,
  type SegmentFilter,
  activeFilterCount,
  fromQueryParams,
  isFilterParam,
  sameFilters,
  toApiParams,
  toQueryParams,
} from './filter-params';

/**
 * The one filter bar's state. The URL's query params are the source of truth, so a view can
 * be reloaded, shared and walked with back/forward; this service only reads them after each
 * navigation and writes them by navigating. Query params that are not filters (a screen's
 * own, e.g. `steps`) are kept as they are.
 */
@Injectable({ providedIn: 'root' })
export class FilterState {
  private readonly router = inject(Router);
  private readonly params = signal<Params>(this.currentParams());

  /** Changes only when the filters do, not on every navigation. */
  readonly filters = computed(() => fromQueryParams(this.params()), { equal: sameFilters });
  readonly from = computed(() => this.filters().from);
  readonly to = computed(() => this.filters().to);
  readonly segments = computed(() => this.filters().segments);
  readonly intent = computed(() => this.filters().intent);
  readonly channel = computed(() => this.filters().channel);
  readonly team = computed(() => this.filters().team);
  readonly activeCount = computed(() => activeFilterCount(this.filters()));
  /** The filters as analytics API query params, ready for `HttpClient.get(url, { params })`. */
  readonly apiParams = computed(() => toApiParams(this.filters()));

  constructor() {
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => this.params.set(this.currentParams()));
  }

  /** Changes some filters and navigates; resolves when the URL says so. */
  update(patch: Partial<JourneyFilters>): Promise<boolean> {
    return this.replace({ ...this.filters(), ...patch });
  }

  /** Adds `segment.<attribute>=value` (another value of the same attribute is OR-ed by the API). */
  addSegment(segment: SegmentFilter): Promise<boolean> {
    return this.update({ segments: [...this.segments(), segment] });
  }

  removeSegment(segment: SegmentFilter): Promise<boolean> {
    return this.update({
      segments: this.segments().filter(
        (s) => s.attribute !== segment.attribute || s.value !== segment.value,
      ),
    });
  }

  clear(): Promise<boolean> {
    return this.replace(EMPTY_FILTERS);
  }

  /** Sets exactly these filters, keeping the screen's other query params. */
  replace(filters: JourneyFilters): Promise<boolean> {
    const others = Object.fromEntries(
      Object.entries(this.currentParams()).filter(([key]) => !isFilterParam(key)),
    );
    const url = this.router.parseUrl(this.router.url);
    url.queryParams = { ...others, ...toQueryParams(filters) };
    return this.router.navigateByUrl(url);
  }

  private currentParams(): Params {
    return this.router.parseUrl(this.router.url).queryParams;
  }
}
