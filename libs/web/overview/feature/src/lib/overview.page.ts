import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { type MetricReportDto } from '@journey-atlas/shared/domain';
import {
  EntryPointsStore,
  LiveFeed,
  OVERVIEW_METRICS,
  OverviewStore,
  lastDay,
  overviewPeriod,
  periodDays,
} from '@journey-atlas/web/overview/data-access';
import { LiveStrip, MetricCard, clock } from '@journey-atlas/web/overview/ui';
import { FilterState, readyData } from '@journey-atlas/web/shared/data-access';
import { FilterBar } from '@journey-atlas/web/shared/ui';
import { frictionText, opportunityText } from './entry-point-text';

/**
 * Overview: the key metrics for the filters in the URL, each with its change vs the previous
 * period of the same length and a weekly sparkline. Without dates it reports on the last 30
 * days ending today, and says so. The top friction and the top channel-shift opportunity
 * lead to their screens; `/api/v1/live` keeps a touchpoints-per-minute strip and fired
 * alerts current, and refreshes the cards after each journey build without a reload.
 */
@Component({
  selector: 'ja-overview-page',
  imports: [FilterBar, MetricCard, LiveStrip, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Shared screen styles in apps/web/src/styles.css.
  host: { class: 'ja-screen' },
  templateUrl: './overview.page.html',
  styleUrl: './overview.page.css',
})
export class OverviewPage {
  protected readonly filters = inject(FilterState);
  private readonly store = inject(OverviewStore);
  private readonly entryPoints = inject(EntryPointsStore);
  protected readonly live = inject(LiveFeed);
  protected readonly topFriction = this.entryPoints.topFriction;
  protected readonly topOpportunity = this.entryPoints.topOpportunity;
  protected readonly friction = computed(() => readyData(this.topFriction()));
  protected readonly opportunity = computed(() => readyData(this.topOpportunity()));
  protected readonly frictionText = frictionText;
  protected readonly opportunityText = opportunityText;
  protected readonly clock = clock;

  protected readonly state = this.store.state;
  /** Recomputed when the filter bar's dates change; "today" is read at that moment. */
  protected readonly period = computed(() =>
    overviewPeriod({ from: this.filters.from(), to: this.filters.to() }, new Date()),
  );
  protected readonly lastDay = computed(() => lastDay(this.period()));
  protected readonly days = computed(() => periodDays(this.period()));
  protected readonly report = computed(() => readyData(this.state()));
  /** The key metrics in their fixed order, whatever order the API answered in. */
  protected readonly metrics = computed((): MetricReportDto[] => {
    const byName = new Map((this.report()?.metrics ?? []).map((m) => [m.name, m]));
    return OVERVIEW_METRICS.flatMap((name) => byName.get(name) ?? []);
  });

  constructor() {
    // One request per change of filters; the stores cancel stale ones.
    effect(() => {
      const params = this.filters.apiParams();
      const period = this.period();
      untracked(() => {
        this.store.load(params, period);
        this.entryPoints.load(params, period);
      });
    });
    // After each journey build the server says the metrics moved: refresh in place.
    effect(() => {
      if (this.live.metrics() === null) return;
      untracked(() => {
        this.store.load(this.filters.apiParams(), this.period(), true);
        this.entryPoints.load(this.filters.apiParams(), this.period(), true);
      });
    });
    this.live.connect();
    inject(DestroyRef).onDestroy(() => this.live.disconnect());
  }

  protected reload(): void {
    this.store.load(this.filters.apiParams(), this.period());
  }

  protected reloadEntryPoints(): void {
    this.entryPoints.load(this.filters.apiParams(), this.period());
  }

  protected errorText(): string {
    const state = this.state();
    return state.status === 'error' ? state.message : '';
  }
}
