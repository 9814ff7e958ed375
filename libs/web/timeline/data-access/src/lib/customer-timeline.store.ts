import { HttpClient, HttpErrorResponse, HttpParams } from '@angular/common/http';
import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import type { CustomerProfileDto, CustomerTimelineDto } from '@journey-atlas/shared/domain';
import { type LoadState, errorMessage } from '@journey-atlas/web/shared/data-access';
import { type Subscription, forkJoin } from 'rxjs';

/** One customer's profile and every touchpoint of their journeys. */
export interface CustomerTimeline {
  profile: CustomerProfileDto;
  timeline: CustomerTimelineDto;
}

/** Where a search by identifier stands. */
export type CustomerSearchState =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'found'; customer: CustomerProfileDto }
  | { status: 'not-found'; identifier: string }
  | { status: 'error'; message: string };

/** `GET /api/v1/customers/:id` with `/timeline`, and the search `GET /api/v1/customers?identifier=`. */
@Injectable({ providedIn: 'root' })
export class CustomerTimelineStore {
  private readonly http = inject(HttpClient);
  private readonly current = signal<LoadState<CustomerTimeline>>({ status: 'loading' });
  private readonly search = signal<CustomerSearchState>({ status: 'idle' });
  private request: Subscription | null = null;
  private searchRequest: Subscription | null = null;
  readonly state = this.current.asReadonly();
  readonly searchState = this.search.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.request?.unsubscribe();
      this.searchRequest?.unsubscribe();
    });
  }

  /** Loads the profile and the timeline together; a newer call cancels an older one. */
  load(customerId: string): void {
    this.request?.unsubscribe();
    this.current.set({ status: 'loading' });
    const id = encodeURIComponent(customerId);
    this.request = forkJoin({
      profile: this.http.get<CustomerProfileDto>(`/api/v1/customers/${id}`),
      timeline: this.http.get<CustomerTimelineDto>(`/api/v1/customers/${id}/timeline`),
    }).subscribe({
      next: (data) => this.current.set({ status: 'ready', data }),
      error: (error: unknown) =>
        this.current.set({ status: 'error', message: errorMessage(error) }),
    });
  }

  /** Finds the stitched customer behind `kind:value`; a 404 is "not found", not an error. */
  find(identifier: string): void {
    this.searchRequest?.unsubscribe();
    this.search.set({ status: 'searching' });
    const params = new HttpParams().set('identifier', identifier);
    this.searchRequest = this.http
      .get<CustomerProfileDto>('/api/v1/customers', { params })
      .subscribe({
        next: (customer) => this.search.set({ status: 'found', customer }),
        error: (error: unknown) =>
          this.search.set(
            error instanceof HttpErrorResponse && error.status === 404
              ? { status: 'not-found', identifier }
              : { status: 'error', message: errorMessage(error) },
          ),
      });
  }

  resetSearch(): void {
    this.searchRequest?.unsubscribe();
    this.search.set({ status: 'idle' });
  }
}
