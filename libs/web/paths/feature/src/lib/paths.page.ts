import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  untracked,
} from '@angular/core';
import {
  LIMIT_CHOICES,
  PathsStore,
  pathsCsv,
  pathsLimit,
} from '@journey-atlas/web/paths/data-access';
import { FilterState, readyData, routeQuery } from '@journey-atlas/web/shared/data-access';
import { FilterBar } from '@journey-atlas/web/shared/ui';
import { downloadText } from './download';
import { channelLabel, describePath, formatDuration, formatShare, formatUsd } from './path-format';

/** Top paths: the most common full channel paths for the filters in the URL, with `limit`. */
@Component({
  selector: 'ja-paths-page',
  imports: [FilterBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Shared screen styles in apps/web/src/styles.css.
  host: { class: 'ja-screen ja-list' },
  templateUrl: './paths.page.html',
  styleUrl: './paths.page.css',
})
export class PathsPage {
  protected readonly filters = inject(FilterState);
  private readonly store = inject(PathsStore);
  private readonly url = routeQuery();
  private readonly query = this.url.query;

  protected readonly limitChoices = LIMIT_CHOICES;
  protected readonly limit = computed(() => pathsLimit(this.query()));
  protected readonly state = this.store.state;
  protected readonly report = computed(() => readyData(this.state()));
  protected readonly channelLabel = channelLabel;
  protected readonly describePath = describePath;
  protected readonly formatShare = formatShare;
  protected readonly formatUsd = formatUsd;
  protected readonly formatDuration = formatDuration;

  constructor() {
    // One request per change of filters or limit; the store cancels stale ones.
    effect(() => {
      const params = this.filters.apiParams();
      const limit = this.limit();
      untracked(() => this.store.load(params, limit));
    });
  }

  protected reload(): void {
    this.store.load(this.filters.apiParams(), this.limit());
  }

  protected setLimit(value: string): void {
    this.url.setQuery({ limit: Number(value) });
  }

  protected exportCsv(): void {
    const report = this.report();
    if (report) downloadText('top-paths.csv', pathsCsv(report.paths), 'text/csv;charset=utf-8');
  }

  protected errorText(): string {
    const state = this.state();
    return state.status === 'error' ? state.message : '';
  }
}
