import { HttpClient, type HttpParams } from '@angular/common/http';
import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import type {
  ChannelShiftOpportunityDto,
  ChannelShiftsDto,
  FrictionRankingDto,
  FrictionRowDto,
} from '@journey-atlas/shared/domain';
import { type LoadState, errorMessage } from '@journey-atlas/web/shared/data-access';
import type { Subscription } from 'rxjs';
import type { OverviewPeriod } from './overview-period';

/** The top friction (by the cost it adds) and the top channel-shift opportunity (by savings). */
export interface EntryPoints {
  friction: LoadState<FrictionRowDto | null>;
  opportunity: LoadState<ChannelShiftOpportunityDto | null>;
}

/** The first friction row with events: the API ranks them by the cost they add. */
export function topFriction(ranking: FrictionRankingDto): FrictionRowDto | null {
  return ranking.friction.find((row) => row.count > 0) ?? null;
}

/** The first opportunity: the API ranks them by projected monthly savings. */
export function topOpportunity(shifts: ChannelShiftsDto): ChannelShiftOpportunityDto | null {
  return shifts.opportunities[0] ?? null;
}

/** The overview's two entry points, for the filters and period of its metrics. */
@Injectable({ providedIn: 'root' })
export class EntryPointsStore {
  private readonly http = inject(HttpClient);
  private readonly friction = signal<EntryPoints['friction']>({ status: 'loading' });
  private readonly opportunity = signal<EntryPoints['opportunity']>({ status: 'loading' });
  private requests: Subscription[] = [];
  readonly topFriction = this.friction.asReadonly();
  readonly topOpportunity = this.opportunity.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.cancel());
  }

  /** A newer call cancels an older one; `silent` keeps what is shown until the answer. */
  load(filters: HttpParams, period: OverviewPeriod, silent = false): void {
    this.cancel();
    if (!silent) {
      this.friction.set({ status: 'loading' });
      this.opportunity.set({ status: 'loading' });
    }
    const params = filters.set('from', period.from).set('to', period.to);
    this.requests = [
      this.http.get<FrictionRankingDto>('/api/v1/friction', { params }).subscribe({
        next: (data) => this.friction.set({ status: 'ready', data: topFriction(data) }),
        error: (error: unknown) =>
          this.friction.set({ status: 'error', message: errorMessage(error) }),
      }),
      this.http.get<ChannelShiftsDto>('/api/v1/channel-shifts', { params }).subscribe({
        next: (data) => this.opportunity.set({ status: 'ready', data: topOpportunity(data) }),
        error: (error: unknown) =>
          this.opportunity.set({ status: 'error', message: errorMessage(error) }),
      }),
    ];
  }

  private cancel(): void {
    for (const request of this.requests) request.unsubscribe();
    this.requests = [];
  }
}
