import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  untracked,
} from '@angular/core';
import {
  MANAGEMENT_REPORT_PATH,
  ReportsStore,
  csvUrl,
  hasDateRange,
  managementParams,
  reportMonth,
} from '@journey-atlas/web/reports/data-access';
import { FilterState, readyData } from '@journey-atlas/web/shared/data-access';
import { ReportMonthPicker } from './month-picker.component';
import {
  betterWhenText,
  changeText,
  dollars,
  formatValue,
  frictionLabel,
  periodText,
  relativeText,
  tone,
  verdict,
} from './report-format';
import { reportRoute } from './report-query';

/** Management: the key metrics that changed, significant changes first, biggest first. */
@Component({
  selector: 'ja-management-report',
  imports: [ReportMonthPicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './management-report.component.html',
  styleUrl: './reports.css',
})
export class ManagementReportView {
  private readonly filters = inject(FilterState);
  private readonly store = inject(ReportsStore);
  private readonly route = reportRoute();

  protected readonly month = computed(() => reportMonth(this.route.query()));
  protected readonly usesDates = computed(() => hasDateRange(this.filters.apiParams()));
  protected readonly params = computed(() =>
    managementParams(this.filters.apiParams(), this.month()),
  );
  protected readonly csvHref = computed(() => csvUrl(MANAGEMENT_REPORT_PATH, this.params()));
  protected readonly state = this.store.management;
  protected readonly options = computed(() => readyData(this.store.options()));
  protected readonly report = computed(() => readyData(this.state()));
  protected readonly period = computed(() => {
    const report = this.report();
    return report ? periodText(report.period, this.filters.filters()) : '';
  });

  protected readonly formatValue = formatValue;
  protected readonly changeText = changeText;
  protected readonly relativeText = relativeText;
  protected readonly tone = tone;
  protected readonly verdict = verdict;
  protected readonly betterWhenText = betterWhenText;
  protected readonly frictionLabel = frictionLabel;
  protected readonly dollars = dollars;

  constructor() {
    effect(() => {
      const params = this.params();
      untracked(() => this.store.loadManagement(params));
    });
  }

  protected setMonth(month: string | null): void {
    this.route.setQuery({ month });
  }

  protected reload(): void {
    this.store.loadManagement(this.params());
  }

  protected errorText(): string {
    const state = this.state();
    return state.status === 'error' ? state.message : '';
  }
}
