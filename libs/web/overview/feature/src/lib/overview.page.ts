import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { type MetricReportDto } from '@journey-atlas/shared/domain';
import {
  OVERVIEW_METRICS,
  OverviewStore,
  lastDay,
  overviewPeriod,
  periodDays,
} from '@journey-atlas/web/overview/data-access';
import { MetricCard } from '@journey-atlas/web/overview/ui';
import { FilterState } from '@journey-atlas/web/shared/data-access';
import { FilterBar } from '@journey-atlas/web/shared/ui';

/**
 * Overview: the key metrics for the filters in the URL, each with its change vs the previous
 * period of the same length and a weekly sparkline. Without dates it reports on the last 30
 * days ending today, and says so.
 */
@Component({
  selector: 'ja-overview-page',
  imports: [FilterBar, MetricCard, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './overview.page.html',
  styleUrl: './overview.page.css',
})
export class OverviewPage {
  protected readonly filters = inject(FilterState);
  private readonly store = inject(OverviewStore);

  protected readonly state = this.store.state;
  /** Recomputed when the filter bar's dates change; "today" is read at that moment. */
  protected readonly period = computed(() =>
    overviewPeriod({ from: this.filters.from(), to: this.filters.to() }, new Date()),
  );
  protected readonly lastDay = computed(() => lastDay(this.period()));
  protected readonly days = computed(() => periodDays(this.period()));
  protected readonly report = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.data : null;
  });
  /** The key metrics in their fixed order, whatever order the API answered in. */
  protected readonly metrics = computed((): MetricReportDto[] => {
    const byName = new Map((this.report()?.metrics ?? []).map((m) => [m.name, m]));
    return OVERVIEW_METRICS.flatMap((name) => byName.get(name) ?? []);
  });

  constructor() {
    // One request per change of filters; the store cancels stale ones.
    effect(() => {
      const params = this.filters.apiParams();
      const period = this.period();
      untracked(() => this.store.load(params, period));
    });
  }

  protected reload(): void {
    this.store.load(this.filters.apiParams(), this.period());
  }

  protected errorText(): string {
    const state = this.state();
    return state.status === 'error' ? state.message : '';
  }
}
