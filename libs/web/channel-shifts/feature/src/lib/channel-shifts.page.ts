import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import {
  CAP_CHOICES,
  ChannelShiftsStore,
  DEFAULT_CAP,
  DEFAULT_MIN_CONTAINMENT,
  type LeakCell,
  MIN_CONTAINMENT_CHOICES,
  channelShiftOptions,
  leakMatrix,
  leaksCsv,
  opportunitiesCsv,
  sameShiftOptions,
} from '@journey-atlas/web/channel-shifts/data-access';
import { FilterState, readyData, routeQuery } from '@journey-atlas/web/shared/data-access';
import { FilterBar } from '@journey-atlas/web/shared/ui';
import { downloadText } from './download';
import { LeakHeatmap } from './heatmap/leak-heatmap.component';
import { assumptionFacts, opportunityText } from './opportunity-text';
import { channelLabel, excessText, formatCount, formatShare, formatUsd } from './shift-format';

/**
 * Channel shifts: where self-service hands customers over to assisted channels (a heatmap
 * of leaks) and which assisted demand self-service could take, ranked by projected monthly
 * savings with the assumptions behind each number. Filters and options live in the URL.
 */
@Component({
  selector: 'ja-channel-shifts-page',
  imports: [FilterBar, LeakHeatmap],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Shared screen styles in apps/web/src/styles.css.
  host: { class: 'ja-screen' },
  templateUrl: './channel-shifts.page.html',
  styleUrl: './channel-shifts.page.css',
})
export class ChannelShiftsPage {
  protected readonly filters = inject(FilterState);
  private readonly store = inject(ChannelShiftsStore);
  private readonly url = routeQuery();
  private readonly query = this.url.query;

  protected readonly capChoices = CAP_CHOICES;
  protected readonly containmentChoices = MIN_CONTAINMENT_CHOICES;
  protected readonly options = computed(() => channelShiftOptions(this.query()), {
    equal: sameShiftOptions,
  });
  protected readonly cap = computed(() => this.options().cap ?? DEFAULT_CAP);
  protected readonly minContainment = computed(
    () => this.options().minContainment ?? DEFAULT_MIN_CONTAINMENT,
  );
  protected readonly state = this.store.state;
  protected readonly report = computed(() => readyData(this.state()));
  protected readonly matrix = computed(() => leakMatrix(this.report()?.leaks ?? []));
  protected readonly opportunities = computed(() =>
    (this.report()?.opportunities ?? []).map((o) => ({ o, text: opportunityText(o) })),
  );
  protected readonly totalSavings = computed(() =>
    (this.report()?.opportunities ?? []).reduce((sum, o) => sum + o.projectedMonthlySavings, 0),
  );
  protected readonly facts = computed(() => {
    const report = this.report();
    return report ? assumptionFacts(report.assumptions) : [];
  });
  protected readonly picked = signal<LeakCell | null>(null);

  protected readonly channelLabel = channelLabel;
  protected readonly formatCount = formatCount;
  protected readonly formatShare = formatShare;
  protected readonly formatUsd = formatUsd;
  protected readonly excessText = excessText;

  constructor() {
    effect(() => {
      const params = this.filters.apiParams();
      const options = this.options();
      untracked(() => {
        this.picked.set(null);
        this.store.load(params, options);
      });
    });
  }

  protected reload(): void {
    this.store.load(this.filters.apiParams(), this.options());
  }

  protected setOption(name: 'cap' | 'minContainment', value: string): void {
    this.url.setQuery({ [name]: Number(value) });
  }

  protected exportLeaks(): void {
    const report = this.report();
    if (report)
      downloadText('channel-shift-leaks.csv', leaksCsv(report.leaks), 'text/csv;charset=utf-8');
  }

  protected exportOpportunities(): void {
    const report = this.report();
    if (report) {
      downloadText(
        'channel-shift-opportunities.csv',
        opportunitiesCsv(report.opportunities),
        'text/csv;charset=utf-8',
      );
    }
  }

  protected errorText(): string {
    const state = this.state();
    return state.status === 'error' ? state.message : '';
  }
}
