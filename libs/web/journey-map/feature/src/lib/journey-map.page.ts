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
import { ActivatedRoute, Router } from '@angular/router';
import {
  JourneyMapStore,
  JourneySamplesStore,
  type MapSelection,
  STEP_CHOICES,
  journeyMapOptions,
  sameOptions,
} from '@journey-atlas/web/journey-map/data-access';
import {
  type JourneyMapLink,
  type JourneyMapNode,
  SankeyChart,
} from '@journey-atlas/web/journey-map/ui';
import { FilterState, readyData } from '@journey-atlas/web/shared/data-access';
import { FilterBar } from '@journey-atlas/web/shared/ui';
import { SampleJourneysPanel } from './sample-journeys.panel';
import { describeSelection } from './selection-text';

/**
 * Journey map: step-wise channel flows for the filters in the URL. Filters, `steps` and
 * `minCount` all live in the query string, so the view can be shared and reloaded.
 */
@Component({
  selector: 'ja-journey-map-page',
  imports: [FilterBar, SankeyChart, SampleJourneysPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './journey-map.page.html',
  styles: `
    h1 {
      margin: 0 0 0.25rem;
      font-size: 1.5rem;
    }
    .lead,
    .hint {
      color: var(--ja-muted);
    }
    .options {
      display: flex;
      gap: 1rem;
      align-items: center;
      margin: 1rem 0;
    }
    .options label {
      font-size: 0.85rem;
      font-weight: 600;
      color: var(--ja-muted);
      margin-right: 0.35rem;
    }
    select,
    input {
      font: inherit;
      padding: 0.3rem 0.5rem;
      border: 1px solid var(--ja-line);
      border-radius: 4px;
    }
    input {
      width: 6rem;
    }
    .error {
      border-left: 4px solid var(--ja-warn);
      background: #fff4ec;
      padding: 0.75rem 1rem;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 1rem;
      align-items: start;
    }
    .layout.with-panel {
      grid-template-columns: minmax(0, 1fr) 20rem;
    }
    @media (max-width: 900px) {
      .layout.with-panel {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `,
})
export class JourneyMapPage {
  protected readonly filters = inject(FilterState);
  protected readonly store = inject(JourneyMapStore);
  protected readonly samples = inject(JourneySamplesStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly query = toSignal(this.route.queryParamMap, {
    initialValue: this.route.snapshot.queryParamMap,
  });

  protected readonly stepChoices = STEP_CHOICES;
  protected readonly options = computed(() => journeyMapOptions(this.query()), {
    equal: sameOptions,
  });
  protected readonly state = this.store.state;
  protected readonly map = computed(() => readyData(this.state()));
  private readonly picked = signal<MapSelection | null>(null);
  protected readonly selection = computed(() => {
    const picked = this.picked();
    const map = this.map();
    return picked && map ? describeSelection(picked, map.nodes) : null;
  });

  constructor() {
    // One request per change of filters or map options; the store cancels stale ones.
    effect(() => {
      const params = this.filters.apiParams();
      const options = this.options();
      untracked(() => {
        this.picked.set(null);
        this.samples.clear();
        this.store.load(params, options);
      });
    });
  }

  protected reload(): void {
    this.store.load(this.filters.apiParams(), this.options());
  }

  protected setSteps(value: string): void {
    void this.setOption({ steps: Number(value) });
  }

  protected setMinCount(value: string): void {
    const count = Number(value);
    void this.setOption({ minCount: Number.isInteger(count) && count > 0 ? count : null });
  }

  protected pickLink(link: JourneyMapLink): void {
    this.pick({ link });
  }

  protected pickNode(node: JourneyMapNode): void {
    this.pick({ node });
  }

  /** Loads the sample journeys behind the picked flow or step, with the map's filters. */
  protected pick(selection: MapSelection | null = this.picked()): void {
    const map = this.map();
    if (!selection || !map) return;
    this.picked.set(selection);
    this.samples.load(this.filters.apiParams(), selection, map.nodes, this.options().steps);
  }

  protected closePanel(): void {
    this.picked.set(null);
    this.samples.clear();
  }

  protected errorText(): string {
    const state = this.state();
    return state.status === 'error' ? state.message : '';
  }

  private setOption(patch: Partial<{ steps: number; minCount: number | null }>): Promise<boolean> {
    return this.router.navigate([], {
      relativeTo: this.route,
      queryParams: patch,
      queryParamsHandling: 'merge',
    });
  }
}
