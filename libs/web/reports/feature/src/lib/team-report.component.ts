import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  untracked,
} from '@angular/core';
import { TEAM_REPORT_MAX_MONTHS, type TeamReportMetricDto } from '@journey-atlas/shared/domain';
import {
  ReportsStore,
  csvUrl,
  reportMonth,
  teamMonths,
  teamParams,
  teamReportPath,
} from '@journey-atlas/web/reports/data-access';
import { FilterState, readyData } from '@journey-atlas/web/shared/data-access';
import { ReportMonthPicker } from './month-picker.component';
import {
  betterWhenText,
  changeText,
  formatValue,
  monthLabel,
  shortMonthLabel,
  tone,
} from './report-format';
import { reportRoute } from './report-query';

/** A team: each metric in the chosen month against each of the months before. */
@Component({
  selector: 'ja-team-report',
  imports: [ReportMonthPicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './team-report.component.html',
  styleUrl: './reports.css',
})
export class TeamReportView {
  private readonly filters = inject(FilterState);
  private readonly store = inject(ReportsStore);
  private readonly route = reportRoute();

  protected readonly team = computed(() => this.route.params().get('team'));
  protected readonly month = computed(() => reportMonth(this.route.query()));
  protected readonly previousMonths = computed(() => teamMonths(this.route.query()));
  protected readonly monthCounts = Array.from({ length: TEAM_REPORT_MAX_MONTHS }, (_, i) => i + 1);
  protected readonly ignoredFilters = computed(() => {
    const params = this.filters.apiParams();
    return ['from', 'to', 'team'].filter((name) => params.has(name));
  });
  protected readonly params = computed(() =>
    teamParams(this.filters.apiParams(), this.month(), this.previousMonths()),
  );
  protected readonly csvHref = computed(() => {
    const team = this.team();
    return team ? csvUrl(teamReportPath(team), this.params()) : '';
  });
  protected readonly state = this.store.team;
  protected readonly options = computed(() => readyData(this.store.options()));
  protected readonly report = computed(() => {
    const state = this.state();
    return state.status === 'ready' && state.data.team === this.team() ? state.data : null;
  });

  protected readonly formatValue = formatValue;
  protected readonly changeText = changeText;
  protected readonly tone = tone;
  protected readonly monthLabel = monthLabel;
  protected readonly shortMonthLabel = shortMonthLabel;
  protected readonly betterWhenText = betterWhenText;

  constructor() {
    effect(() => {
      const team = this.team();
      const params = this.params();
      if (team) untracked(() => this.store.loadTeam(team, params));
    });
  }

  /** The chosen month against the month right before it. */
  protected lastChange(metric: TeamReportMetricDto) {
    return metric.comparisons[0] ?? null;
  }

  protected setTeam(team: string): void {
    this.route.open(team === '' ? ['/reports/team'] : ['/reports/team', team]);
  }

  protected setMonth(month: string | null): void {
    this.route.setQuery({ month });
  }

  protected setMonths(value: string): void {
    this.route.setQuery({ months: Number(value) });
  }

  protected reload(): void {
    const team = this.team();
    if (team) this.store.loadTeam(team, this.params());
  }

  protected errorText(): string {
    const state = this.state();
    return state.status === 'error' ? state.message : '';
  }
}
