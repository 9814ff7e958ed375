import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { monthLabel } from './report-format';

let nextId = 0;

/** The report month: '' is the API's default (the last full month in the data). */
@Component({
  selector: 'ja-report-month-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label [for]="id">Month</label>
    <select
      [id]="id"
      #select
      [disabled]="disabled()"
      (change)="monthChange.emit(select.value === '' ? null : select.value)"
    >
      <option value="" [selected]="value() === null">
        Last full month{{ defaultMonth() ? ' (' + label(defaultMonth() ?? '') + ')' : '' }}
      </option>
      @for (month of months(); track month) {
        <option [value]="month" [selected]="month === value()">{{ label(month) }}</option>
      }
      @if (value() !== null && !months().includes(value() ?? '')) {
        <option [value]="value()" selected>{{ label(value() ?? '') }}</option>
      }
    </select>
  `,
  styles: `
    label {
      font-size: 0.85rem;
      font-weight: 600;
      color: var(--ja-muted);
      margin-right: 0.35rem;
    }
    select {
      font: inherit;
      padding: 0.3rem 0.5rem;
      border: 1px solid var(--ja-line);
      border-radius: 4px;
    }
  `,
})
export class ReportMonthPicker {
  /** Months with data, newest first. */
  readonly months = input<readonly string[]>([]);
  readonly defaultMonth = input<string | null>(null);
  readonly value = input<string | null>(null);
  readonly disabled = input(false);
  readonly monthChange = output<string | null>();
  protected readonly id = `ja-report-month-${nextId++}`;
  protected readonly label = monthLabel;
}
