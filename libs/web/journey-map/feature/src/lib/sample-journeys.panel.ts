import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { JourneySamples } from '@journey-atlas/web/journey-map/data-access';
import type { LoadState } from '@journey-atlas/web/shared/data-access';
import { sampleLine, samplesNote } from './sample-text';
import { readyData } from '@journey-atlas/web/shared/data-access';

/** Side panel: the picked flow or step, and sample journeys behind it linking to timelines. */
@Component({
  selector: 'ja-sample-journeys-panel',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <aside class="panel" aria-labelledby="ja-samples-title" data-testid="sample-journeys">
      <header>
        <h2 id="ja-samples-title">Sample journeys</h2>
        <button type="button" (click)="closed.emit()" aria-label="Close sample journeys">✕</button>
      </header>
      <p data-testid="map-selection" aria-live="polite">{{ selection() }}</p>
      @switch (state().status) {
        @case ('loading') {
          <p role="status" class="hint">Loading sample journeys…</p>
        }
        @case ('error') {
          <div role="alert" class="error">
            <p>Sample journeys could not be loaded: {{ errorText() }}</p>
            <button type="button" (click)="retry.emit()">Try again</button>
          </div>
        }
        @case ('ready') {
          @if (samples(); as data) {
            <p class="hint" role="status">{{ note() }}</p>
            <ol class="samples">
              @for (journey of data.journeys; track journey.id) {
                @let line = lineOf(journey);
                <li>
                  <a
                    [routerLink]="['/customers', journey.customerId]"
                    [queryParams]="{ journey: journey.id }"
                    data-testid="sample-journey-link"
                    >{{ line.title }}</a
                  >
                  <span class="path">{{ line.path }}</span>
                  <span class="hint">{{ line.detail }}</span>
                </li>
              }
            </ol>
          }
        }
      }
    </aside>
  `,
  styles: `
    .panel {
      background: var(--ja-surface);
      border: 1px solid var(--ja-line);
      border-radius: 6px;
      padding: 0.75rem 1rem;
      max-height: 640px;
      overflow: auto;
    }
    header {
      display: flex;
      justify-content: space-between;
      align-items: center;
    }
    h2 {
      font-size: 1rem;
      margin: 0;
    }
    header button {
      font: inherit;
      border: 1px solid var(--ja-line);
      background: var(--ja-surface);
      border-radius: 4px;
      cursor: pointer;
    }
    .hint {
      color: var(--ja-muted);
      font-size: 0.85rem;
    }
    .samples {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .samples li {
      display: flex;
      flex-direction: column;
      gap: 0.1rem;
      padding: 0.5rem 0;
      border-top: 1px solid var(--ja-line);
    }
    .path {
      font-size: 0.85rem;
    }
    .error {
      border-left: 4px solid var(--ja-warn);
      background: #fff4ec;
      padding: 0.5rem 0.75rem;
    }
  `,
})
export class SampleJourneysPanel {
  readonly state = input.required<LoadState<JourneySamples>>();
  /** What was picked, in words. */
  readonly selection = input.required<string>();
  readonly closed = output<void>();
  readonly retry = output<void>();

  protected readonly samples = computed(() => readyData(this.state()));
  protected readonly note = computed(() => {
    const samples = this.samples();
    return samples ? samplesNote(samples) : '';
  });
  protected readonly lineOf = sampleLine;

  protected errorText(): string {
    const state = this.state();
    return state.status === 'error' ? state.message : '';
  }
}
