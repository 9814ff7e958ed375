import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { TimelineEntryDto } from '@journey-atlas/shared/domain';
import { CustomerTimelineStore, timelineCsv } from '@journey-atlas/web/timeline/data-access';
import { CustomerSearch } from './customer-search.component';
import { SwimlaneChart } from './swimlane/swimlane-chart.component';
import { TouchpointDetails } from './touchpoint-details.component';
import { downloadText } from './download';
import { profileFacts } from './profile-facts';
import { readyData } from '@journey-atlas/web/shared/data-access';

/**
 * One customer's timeline: their profile, every touchpoint as swimlanes by channel with
 * journeys outlined and friction marked, details of a touchpoint on click or Enter.
 * `?journey=<id>` (set by the journey map's samples) emphasises one journey.
 */
@Component({
  selector: 'ja-customer-timeline-page',
  imports: [CustomerSearch, SwimlaneChart, TouchpointDetails, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Shared screen styles in apps/web/src/styles.css.
  host: { class: 'ja-screen' },
  templateUrl: './customer-timeline.page.html',
  styleUrl: './customer-timeline.page.css',
})
export class CustomerTimelinePage {
  protected readonly store = inject(CustomerTimelineStore);
  private readonly route = inject(ActivatedRoute);
  private readonly params = toSignal(this.route.paramMap, {
    initialValue: this.route.snapshot.paramMap,
  });
  private readonly query = toSignal(this.route.queryParamMap, {
    initialValue: this.route.snapshot.queryParamMap,
  });

  protected readonly customerId = computed(() => this.params().get('id') ?? '');
  protected readonly highlight = computed(() => this.query().get('journey'));
  protected readonly state = this.store.state;
  protected readonly data = computed(() => readyData(this.state()));
  protected readonly facts = computed(() => {
    const data = this.data();
    return data ? profileFacts(data.profile, data.timeline) : [];
  });
  protected readonly selected = signal<TimelineEntryDto | null>(null);

  constructor() {
    effect(() => {
      const id = this.customerId();
      untracked(() => {
        this.selected.set(null);
        this.store.load(id);
      });
    });
  }

  protected reload(): void {
    this.store.load(this.customerId());
  }

  protected select(entry: TimelineEntryDto): void {
    this.selected.set(entry);
  }

  protected exportCsv(): void {
    const data = this.data();
    if (!data) return;
    downloadText(
      `customer-${data.timeline.customerId}-timeline.csv`,
      timelineCsv(data.timeline.touchpoints),
      'text/csv;charset=utf-8',
    );
  }

  protected errorText(): string {
    const state = this.state();
    return state.status === 'error' ? state.message : '';
  }
}
