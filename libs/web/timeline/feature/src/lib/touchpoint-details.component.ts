import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { TimelineEntryDto } from '@journey-atlas/shared/domain';
import {
  channelLabel,
  formatDateTime,
  formatSeconds,
  formatUsd,
  frictionInfo,
} from './timeline-format';

/** The details of one touchpoint, opened from the swimlanes or their table. */
@Component({
  selector: 'ja-touchpoint-details',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="details" aria-labelledby="ja-touchpoint-title" data-testid="touchpoint-details">
      <header>
        <h2 id="ja-touchpoint-title" tabindex="-1">{{ channel() }} · {{ when() }}</h2>
        <button type="button" (click)="closed.emit()" aria-label="Close touchpoint details">
          ✕
        </button>
      </header>
      <dl>
        <dt>Journey</dt>
        <dd>{{ entry().journeyKey }} (step {{ entry().index + 1 }})</dd>
        <dt>Direction</dt>
        <dd>{{ entry().direction }}, {{ entry().assisted ? 'assisted' : 'self-service' }}</dd>
        <dt>Outcome</dt>
        <dd>{{ entry().outcome ?? '–' }}</dd>
        <dt>Agent / team</dt>
        <dd>{{ entry().agentId ?? '–' }} / {{ entry().team ?? '–' }}</dd>
        <dt>Wait</dt>
        <dd>{{ wait() }}</dd>
        <dt>Handle time</dt>
        <dd>{{ handle() }}</dd>
        <dt>Cost</dt>
        <dd>{{ cost() }}</dd>
        <dt>Source id</dt>
        <dd>{{ entry().externalId }}</dd>
      </dl>
      <h3>Friction</h3>
      <ul>
        @for (item of friction(); track item.type) {
          <li>
            <strong>{{ item.label }}</strong> — rule: {{ item.rule }}
          </li>
        } @empty {
          <li>None on this touchpoint.</li>
        }
      </ul>
    </section>
  `,
  styles: `
    .details {
      background: var(--ja-surface);
      border: 1px solid var(--ja-line);
      border-radius: 6px;
      padding: 0.75rem 1rem;
    }
    header {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 0.5rem;
    }
    h2 {
      font-size: 1rem;
      margin: 0;
    }
    h3 {
      font-size: 0.9rem;
      margin: 0.75rem 0 0.25rem;
    }
    button {
      font: inherit;
      border: 1px solid var(--ja-line);
      background: var(--ja-surface);
      border-radius: 4px;
      cursor: pointer;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.2rem 0.75rem;
      margin: 0.5rem 0 0;
      font-size: 0.9rem;
    }
    dt {
      color: var(--ja-muted);
    }
    dd {
      margin: 0;
    }
    ul {
      margin: 0;
      padding-left: 1.1rem;
      font-size: 0.9rem;
    }
  `,
})
export class TouchpointDetails {
  readonly entry = input.required<TimelineEntryDto>();
  readonly closed = output<void>();

  protected readonly channel = computed(() => channelLabel(this.entry().channel));
  protected readonly when = computed(() => formatDateTime(this.entry().occurredAt));
  protected readonly wait = computed(() => formatSeconds(this.entry().waitSeconds));
  protected readonly handle = computed(() => formatSeconds(this.entry().handleSeconds));
  protected readonly cost = computed(() => formatUsd(this.entry().cost));
  protected readonly friction = computed(() =>
    this.entry().friction.map((type) => ({ type, ...frictionInfo(type) })),
  );
}
