import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { sparklineGeometry } from './sparkline-geometry';

/** A small trend line of a metric's values per period; geometry from `sparklineGeometry`. */
@Component({
  selector: 'ja-sparkline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg
      [attr.viewBox]="'0 0 ' + width() + ' ' + height()"
      [attr.width]="width()"
      [attr.height]="height()"
      role="img"
      [attr.aria-label]="label()"
      data-testid="sparkline"
    >
      @if (geometry().path) {
        <path class="line" [attr.d]="geometry().path" />
      }
      @if (geometry().last; as last) {
        <circle class="dot" [attr.cx]="last.x" [attr.cy]="last.y" r="2.5" />
      }
    </svg>
  `,
  styles: `
    :host {
      display: inline-block;
      line-height: 0;
    }
    .line {
      fill: none;
      stroke: var(--ja-brand, #1f3a5f);
      stroke-width: 1.5;
      stroke-linejoin: round;
      stroke-linecap: round;
    }
    .dot {
      fill: var(--ja-brand, #1f3a5f);
    }
  `,
})
export class Sparkline {
  /** Values in period order; null where a period has no value. */
  readonly values = input.required<readonly (number | null)[]>();
  /** What the line shows, read out instead of the drawing. */
  readonly label = input.required<string>();
  readonly width = input(120);
  readonly height = input(28);

  protected readonly geometry = computed(() =>
    sparklineGeometry(this.values(), this.width(), this.height(), 3),
  );
}
