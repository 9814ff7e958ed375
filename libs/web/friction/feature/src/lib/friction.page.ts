import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  untracked,
} from '@angular/core';
import {
  FRICTION_GROUPS,
  FrictionStore,
  frictionGroupBy,
} from '@journey-atlas/web/friction/data-access';
import { FilterState, readyData, routeQuery } from '@journey-atlas/web/shared/data-access';
import { FilterBar } from '@journey-atlas/web/shared/ui';
import { costAddedText, frictionTypeLabel, groupText, impactText } from './friction-format';

/** Friction: types ranked by the cost they add, the metrics each hurts, an optional breakdown. */
@Component({
  selector: 'ja-friction-page',
  imports: [FilterBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Shared screen styles in apps/web/src/styles.css.
  host: { class: 'ja-screen ja-list' },
  templateUrl: './friction.page.html',
  styleUrl: './friction.page.css',
})
export class FrictionPage {
  protected readonly filters = inject(FilterState);
  private readonly store = inject(FrictionStore);
  private readonly url = routeQuery();
  private readonly query = this.url.query;

  protected readonly groups = FRICTION_GROUPS;
  protected readonly groupBy = computed(() => frictionGroupBy(this.query()));
  protected readonly state = this.store.state;
  protected readonly report = computed(() => readyData(this.state()));
  protected readonly typeLabel = frictionTypeLabel;
  protected readonly impactText = impactText;
  protected readonly costAddedText = costAddedText;
  protected readonly groupText = groupText;

  constructor() {
    // One request per change of filters or breakdown; the store cancels stale ones.
    effect(() => {
      const params = this.filters.apiParams();
      const groupBy = this.groupBy();
      untracked(() => this.store.load(params, groupBy));
    });
  }

  protected reload(): void {
    this.store.load(this.filters.apiParams(), this.groupBy());
  }

  protected setGroupBy(value: string): void {
    this.url.setQuery({ groupBy: value === '' ? null : value });
  }

  protected errorText(): string {
    const state = this.state();
    return state.status === 'error' ? state.message : '';
  }
}
