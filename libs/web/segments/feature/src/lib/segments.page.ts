import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import type { JourneyMapDto } from '@journey-atlas/shared/domain';
import { SankeyChart } from '@journey-atlas/web/journey-map/ui';
import {
  EMPTY_DEFINITION,
  type SegmentDefinition,
  type SegmentLoadState,
  type SegmentSide,
  SegmentsStore,
  compareApiParams,
  isDefined,
  sidePatch,
  sidesFromParams,
} from '@journey-atlas/web/segments/data-access';
import { SettingsStore } from '@journey-atlas/web/settings/data-access';
import { FilterState, readyData } from '@journey-atlas/web/shared/data-access';
import { FilterBar } from '@journey-atlas/web/shared/ui';
import {
  betterSide,
  describeDefinition,
  describePath,
  formatDifference,
  formatMetricValue,
  formatShare,
  pathText,
  significanceView,
} from './segment-format';
import { SEGMENT_ATTRIBUTES, SideEditor } from './side-editor.component';

/** How many channel transitions the transitions table lists. */
const TRANSITIONS_SHOWN = 12;

/**
 * Segment compare: two segment definitions (A and B, `a.*` / `b.*` in the URL) side by side
 * under the filter bar's common filters — metrics with differences and significance, top
 * paths, channel transitions, and one journey map per side.
 */
@Component({
  selector: 'ja-segments-page',
  imports: [FilterBar, SideEditor, SankeyChart],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Shared screen styles in apps/web/src/styles.css.
  host: { class: 'ja-screen ja-list' },
  templateUrl: './segments.page.html',
  styleUrl: './segments.page.css',
})
export class SegmentsPage {
  protected readonly filters = inject(FilterState);
  protected readonly store = inject(SegmentsStore);
  private readonly settings = inject(SettingsStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly query = toSignal(this.route.queryParams, {
    initialValue: this.route.snapshot.queryParams,
  });

  protected readonly sides = computed(() => sidesFromParams(this.query()), {
    equal: (x, y) => JSON.stringify(x) === JSON.stringify(y),
  });
  protected readonly anyDefined = computed(
    () => isDefined(this.sides().a) || isDefined(this.sides().b),
  );
  protected readonly report = computed(() => readyData(this.store.compare()));
  protected readonly transitions = computed(
    () => this.report()?.transitions.slice(0, TRANSITIONS_SHOWN) ?? [],
  );
  protected readonly csvHref = computed(
    () =>
      `/api/v1/segments/compare?${compareApiParams(this.filters.filters(), this.sides())
        .set('format', 'csv')
        .toString()}`,
  );
  /**
   * The attributes a side can use: the built-in ones, then the custom attributes the
   * workspace counts in its rollups (settings), which answer as fast.
   */
  protected readonly attributes = computed(() => [
    ...SEGMENT_ATTRIBUTES,
    ...(readyData(this.settings.state())?.rollupAttributes ?? []),
  ]);
  protected readonly maps = computed(() => [
    { side: 'a' as const, state: this.store.mapA(), definition: this.sides().a },
    { side: 'b' as const, state: this.store.mapB(), definition: this.sides().b },
  ]);

  protected readonly describeDefinition = describeDefinition;
  protected readonly formatMetricValue = formatMetricValue;
  protected readonly formatDifference = formatDifference;
  protected readonly formatShare = formatShare;
  protected readonly significanceView = significanceView;
  protected readonly betterSide = betterSide;
  protected readonly pathText = pathText;
  protected readonly describePath = describePath;

  constructor() {
    this.settings.load();
    // One load per change of the common filters or a side; the store cancels stale requests.
    effect(() => {
      const common = this.filters.filters();
      const sides = this.sides();
      untracked(() => this.store.load(common, sides));
    });
  }

  protected reload(): void {
    this.store.load(this.filters.filters(), this.sides());
  }

  protected setSide(side: SegmentSide, definition: SegmentDefinition): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: sidePatch(this.route.snapshot.queryParams, side, definition),
      queryParamsHandling: 'merge',
    });
  }

  /** The example the empty state offers: Gold vs Standard customers. */
  protected tryExample(): void {
    const patch = {
      ...sidePatch(this.route.snapshot.queryParams, 'a', {
        ...EMPTY_DEFINITION,
        attribute: 'tier',
        value: 'gold',
      }),
      ...sidePatch(this.route.snapshot.queryParams, 'b', {
        ...EMPTY_DEFINITION,
        attribute: 'tier',
        value: 'standard',
      }),
    };
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: patch,
      queryParamsHandling: 'merge',
    });
  }

  protected mapData(state: SegmentLoadState<JourneyMapDto>): JourneyMapDto | null {
    return readyData(state);
  }

  protected errorText(state: SegmentLoadState<unknown>): string {
    return state.status === 'error' ? state.message : '';
  }
}
