import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { MetricReportDto } from '@journey-atlas/shared/domain';
import { formatMetricValue, metricChange } from './metric-format';
import { Sparkline } from './sparkline.component';

/** One key metric: its value, the change vs the previous period and a sparkline per period. */
@Component({
  selector: 'ja-metric-card',
  imports: [Sparkline],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <article
      class="card"
      [attr.aria-labelledby]="'ja-metric-' + metric().name"
      data-testid="metric-card"
    >
      <h2 [id]="'ja-metric-' + metric().name">{{ metric().label }}</h2>
      <p class="value" data-testid="metric-value">{{ value() }}</p>
      <p class="change" [class]="change().tone" [attr.title]="change().description">
        <span aria-hidden="true">{{ change().arrow }} {{ change().text }}</span>
        <span class="sr-only">{{ change().description }}</span>
        @if (change().tone !== 'neutral') {
          <span class="verdict" aria-hidden="true">{{ change().tone }}</span>
        }
      </p>
      @if (series().length > 1) {
        <ja-sparkline [values]="series()" [label]="sparklineLabel()" />
      } @else {
        <p class="hint">Not enough weeks for a trend.</p>
      }
    </article>
  `,
  styles: `
    .card {
      background: var(--ja-surface, #fff);
      border: 1px solid var(--ja-line, #d8dee6);
      border-radius: 8px;
      padding: 0.9rem 1rem;
      display: flex;
      flex-direction: column;
      gap: 0.35rem;
      height: 100%;
      box-sizing: border-box;
    }
    h2 {
      margin: 0;
      font-size: 0.85rem;
      font-weight: 600;
      color: var(--ja-muted, #5b6675);
    }
    .value {
      margin: 0;
      font-size: 1.8rem;
      font-weight: 700;
    }
    .change {
      margin: 0;
      font-size: 0.85rem;
      display: flex;
      gap: 0.4rem;
    }
    /* blue / orange: distinguishable for red-green colour blindness; arrow, sign and word too */
    .better {
      color: #1b5fa8;
    }
    .worse {
      color: #b35300;
    }
    .neutral,
    .hint {
      color: var(--ja-muted, #5b6675);
    }
    .hint {
      margin: 0;
      font-size: 0.8rem;
    }
    .verdict {
      font-weight: 600;
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `,
})
export class MetricCard {
  readonly metric = input.required<MetricReportDto>();

  protected readonly value = computed(() =>
    formatMetricValue(this.metric().value, this.metric().unit),
  );
  protected readonly change = computed(() => metricChange(this.metric()));
  protected readonly series = computed(() => (this.metric().series ?? []).map((p) => p.value));
  protected readonly sparklineLabel = computed(() => {
    const metric = this.metric();
    const points = (metric.series ?? [])
      .map((p) => `week of ${p.start}: ${formatMetricValue(p.value, metric.unit)}`)
      .join(', ');
    return `${metric.label} per week: ${points}`;
  });
}
