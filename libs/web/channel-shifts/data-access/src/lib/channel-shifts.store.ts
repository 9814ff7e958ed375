import { HttpClient, type HttpParams } from '@angular/common/http';
import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import type { ChannelShiftsDto } from '@journey-atlas/shared/domain';
import { type LoadState, errorMessage } from '@journey-atlas/web/shared/data-access';
import type { Subscription } from 'rxjs';
import type { ChannelShiftOptions } from './channel-shift-options';

/** Leaks and opportunities for the current filters, from `GET /api/v1/channel-shifts`. */
@Injectable({ providedIn: 'root' })
export class ChannelShiftsStore {
  private readonly http = inject(HttpClient);
  private readonly current = signal<LoadState<ChannelShiftsDto>>({ status: 'loading' });
  private request: Subscription | null = null;
  readonly state = this.current.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
  }

  /** A newer call cancels an older one still in flight, so answers never cross. */
  load(filters: HttpParams, options: ChannelShiftOptions): void {
    this.request?.unsubscribe();
    this.current.set({ status: 'loading' });
    let params = filters;
    if (options.cap !== null) params = params.set('cap', options.cap);
    if (options.minContainment !== null)
      params = params.set('minContainment', options.minContainment);
    this.request = this.http.get<ChannelShiftsDto>('/api/v1/channel-shifts', { params }).subscribe({
      next: (data) => this.current.set({ status: 'ready', data }),
      error: (error: unknown) =>
        this.current.set({ status: 'error', message: errorMessage(error) }),
    });
  }
}
