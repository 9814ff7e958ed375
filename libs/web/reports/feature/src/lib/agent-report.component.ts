import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  untracked,
} from '@angular/core';
import {
  ReportsStore,
  agentParams,
  agentReportPath,
  csvUrl,
  hasDateRange,
  reportMonth,
} from '@journey-atlas/web/reports/data-access';
import { FilterState, readyData } from '@journey-atlas/web/shared/data-access';
import { ReportMonthPicker } from './month-picker.component';
import {
  agentDifferenceText,
  betterWhenText,
  formatValue,
  periodOnlyText,
  tone,
} from './report-format';
import { reportRoute } from './report-query';

/** An agent, privately: their metrics beside their team's over the same period. */
@Component({
  selector: 'ja-agent-report',
  imports: [ReportMonthPicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agent-report.component.html',
  styleUrl: './reports.css',
})
export class AgentReportView {
  private readonly filters = inject(FilterState);
  private readonly store = inject(ReportsStore);
  private readonly route = reportRoute();

  protected readonly agentId = computed(() => this.route.params().get('agentId'));
  protected readonly month = computed(() => reportMonth(this.route.query()));
  protected readonly usesDates = computed(() => hasDateRange(this.filters.apiParams()));
  protected readonly ignoresTeam = computed(() => this.filters.apiParams().has('team'));
  protected readonly params = computed(() => agentParams(this.filters.apiParams(), this.month()));
  protected readonly csvHref = computed(() => {
    const agentId = this.agentId();
    return agentId ? csvUrl(agentReportPath(agentId), this.params()) : '';
  });
  protected readonly state = this.store.agent;
  protected readonly options = computed(() => readyData(this.store.options()));
  protected readonly report = computed(() => {
    const state = this.state();
    return state.status === 'ready' && state.data.agentId === this.agentId() ? state.data : null;
  });
  protected readonly period = computed(() => {
    const report = this.report();
    return report ? periodOnlyText(report.period, this.filters.filters()) : '';
  });

  protected readonly formatValue = formatValue;
  protected readonly tone = tone;
  protected readonly differenceText = agentDifferenceText;
  protected readonly betterWhenText = betterWhenText;

  constructor() {
    effect(() => {
      const agentId = this.agentId();
      const params = this.params();
      if (agentId) untracked(() => this.store.loadAgent(agentId, params));
    });
  }

  protected setAgent(agentId: string): void {
    this.route.open(agentId === '' ? ['/reports/agent'] : ['/reports/agent', agentId]);
  }

  protected setMonth(month: string | null): void {
    this.route.setQuery({ month });
  }

  protected reload(): void {
    const agentId = this.agentId();
    if (agentId) this.store.loadAgent(agentId, this.params());
  }

  protected errorText(): string {
    const state = this.state();
    return state.status === 'error' ? state.message : '';
  }
}
