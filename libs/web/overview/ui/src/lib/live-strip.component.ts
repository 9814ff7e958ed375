import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { LiveMinuteDto } from '@journey-atlas/shared/domain';
import { liveStripBars } from './live-strip-geometry';

/**
 * Touchpoints ingested per minute, as a strip of bars (geometry from `liveStripBars`) with
 * the same numbers in a table for screen readers and keyboard users.
 */
@Component({
  selector: 'ja-live-strip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg
      [attr.viewBox]="'0 0 ' + width() + ' ' + height()"
      [attr.width]="width()"
      [attr.height]="height()"
      role="img"
      [attr.aria-label]="summary()"
      data-testid="live-strip-chart"
    >
      <line class="base" x1="0" [attr.x2]="width()" [attr.y1]="height()" [attr.y2]="height()" />
      @for (bar of bars(); track bar.minute) {
        <rect
          class="bar"
          [attr.x]="bar.x"
          [attr.y]="bar.y"
          [attr.width]="bar.width"
          [attr.height]="bar.height"
        >
          <title>{{ bar.label }}: {{ bar.total }}</title>
        </rect>
      }
    </svg>
    <p class="now">
      <strong data-testid="live-last-minute">{{ lastTotal() }}</strong> this minute ·
      <span data-testid="live-total">{{ total() }}</span> in the last {{ minutes().length }} minutes
    </p>
    <details>
      <summary>Per minute and channel (table)</summary>
      <table data-testid="live-table">
        <caption class="visually-hidden">
          Touchpoints ingested per minute, by channel
        </caption>
        <thead>
          <tr>
            <th scope="col">Minute</th>
            <th scope="col">Touchpoints</th>
            <th scope="col">By channel</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.minute) {
            <tr>
              <th scope="row">{{ row.label }}</th>
              <td>{{ row.total }}</td>
              <td>{{ row.channels }}</td>
            </tr>
          }
        </tbody>
      </table>
    </details>
  `,
  styles: `
    :host {
      display: block;
    }
    .bar {
      fill: var(--ja-brand, #1f3a5f);
    }
    .base {
      stroke: var(--ja-line, #d0d7de);
    }
    .now {
      margin: 0.25rem 0;
      color: var(--ja-muted, #555);
    }
    table {
      border-collapse: collapse;
      font-size: 0.875rem;
    }
    th,
    td {
      text-align: left;
      padding: 0.125rem 0.5rem;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
  `,
})
export class LiveStrip {
  readonly minutes = input.required<readonly LiveMinuteDto[]>();
  readonly width = input(240);
  readonly height = input(40);

  protected readonly bars = computed(() =>
    liveStripBars(this.minutes(), this.width(), this.height()),
  );
  protected readonly total = computed(() => this.minutes().reduce((sum, m) => sum + m.total, 0));
  protected readonly lastTotal = computed(() => this.minutes().at(-1)?.total ?? 0);
  protected readonly summary = computed(
    () =>
      `Touchpoints per minute, last ${this.minutes().length} minutes: ` +
      this.bars()
        .map((bar) => `${bar.label} ${bar.total}`)
        .join(', '),
  );
  protected readonly rows = computed(() =>
    this.bars().map((bar, i) => ({
      minute: bar.minute,
      label: bar.label,
      total: bar.total,
      channels:
        Object.entries(this.minutes()[i].byChannel)
          .map(([channel, n]) => `${channel} ${n}`)
          .join(', ') || '—',
    })),
  );
}
