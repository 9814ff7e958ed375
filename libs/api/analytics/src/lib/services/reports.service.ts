import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AgentReportDto,
  ManagementReportDto,
  MetricReportDto,
  ReportOptionsDto,
  ReportPeriodDto,
  TeamReportDto,
  TeamReportMetricDto,
} from '@journey-atlas/shared/domain';
import type { MetricName } from '@journey-atlas/shared/journey-rules';
import { DataSource } from 'typeorm';
import { badFilter } from '../filters/bad-filter';
import type { ResolvedFilter } from '../sql/filter.sql';
import { AGENT_TEAMS, DATA_MONTHS, DATE_BOUNDS, TEAMS, TEAM_EXISTS } from '../sql/reports.sql';
import { ChannelShiftsService } from './channel-shifts.service';
import { filterDto } from './filter-dto';
import { FrictionService } from './friction.service';
import { MetricsService } from './metrics.service';
import {
  DEFAULT_SIGNIFICANCE,
  addMonths,
  agentVsTeam,
  compareMonth,
  defaultReportMonth,
  metricChange,
  monthRange,
  monthStart,
  rankChanges,
} from './report-rules';

/** A report's period: the filter narrowed to it, and how it is described. */
interface ReportPeriod {
  filter: ResolvedFilter;
  dto: ReportPeriodDto;
}

/** The channel-shift defaults of GET /api/v1/channel-shifts. */
const SHIFT_DEFAULTS = { minContainment: 0.5, minJourneys: 20, cap: 0.3 };

const PRIVACY =
  'Private to the agent: this agent and their team as a whole only, never another agent.';

const EMPTY_FRACTION = { value: null, numerator: 0, denominator: 0 };

function meta(metric: MetricReportDto) {
  const { name, label, unit, betterWhen } = metric;
  return { name, label, unit, betterWhen };
}

function byName(metrics: readonly MetricReportDto[], name: string): MetricReportDto | undefined {
  return metrics.find((metric) => metric.name === name);
}

/**
 * The three reports of DESIGN.md over the metrics engine: management (key changes, current
 * vs previous period, with the top friction and channel-shift opportunity), team (a month vs
 * the months before) and agent (private: the agent vs their team).
 */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly metrics: MetricsService,
    private readonly friction: FrictionService,
    private readonly channelShifts: ChannelShiftsService,
  ) {}

  async options(filter: ResolvedFilter): Promise<ReportOptionsDto> {
    const months = await this.dataMonths(filter);
    const teams = (await this.dataSource.query(TEAMS, [filter.workspaceId])) as { team: string }[];
    const agents = (await this.dataSource.query(AGENT_TEAMS, [filter.workspaceId, null])) as {
      agent_id: string;
      team: string | null;
    }[];
    return {
      teams: teams.map((row) => row.team),
      agents: agents.map((row) => ({ agentId: row.agent_id, team: row.team })),
      months,
      defaultMonth: defaultReportMonth(months.at(-1) ?? null, months[0] ?? null, new Date()),
    };
  }

  async management(
    filter: ResolvedFilter,
    month: string | null,
    names: readonly MetricName[],
  ): Promise<ManagementReportDto> {
    const period = await this.period(filter, month);
    const current = { ...period.filter, previousFromAt: null };
    const [metrics, friction, shifts] = await Promise.all([
      // self_service_share counts the journeys of both windows.
      this.metrics.metrics(period.filter, {
        names: [...new Set<MetricName>([...names, 'self_service_share'])],
        groupBy: null,
        period: null,
      }),
      this.friction.ranking(current, null),
      this.channelShifts.channelShifts(current, SHIFT_DEFAULTS),
    ]);
    const journeys = byName(metrics.metrics, 'self_service_share');
    const changes = names.map((name) => {
      const metric = byName(metrics.metrics, name) as MetricReportDto;
      return metricChange(meta(metric), metric, metric.previous ?? EMPTY_FRACTION);
    });
    return {
      filter: filterDto(period.filter),
      period: period.dto,
      journeys: journeys?.denominator ?? 0,
      previousJourneys: journeys?.previous?.denominator ?? 0,
      significance: DEFAULT_SIGNIFICANCE,
      changes: rankChanges(changes),
      topFriction: friction.friction.find((row) => row.journeysAffected > 0) ?? null,
      topOpportunity: shifts.opportunities[0] ?? null,
    };
  }

  async team(
    filter: ResolvedFilter,
    team: string,
    month: string | null,
    previousMonths: number,
    names: readonly MetricName[],
  ): Promise<TeamReportDto> {
    const [{ found }] = (await this.dataSource.query(TEAM_EXISTS, [filter.workspaceId, team])) as {
      found: boolean;
    }[];
    if (!found) {
      throw new NotFoundException(
        `No touchpoint in workspace "${filter.workspace}" belongs to team "${team}"; GET /api/v1/reports/options lists the teams`,
      );
    }
    const chosen = month ?? (await this.defaultMonth(filter));
    const months = monthRange(chosen, previousMonths);
    const bounds = await this.monthBounds(filter, months[0], addMonths(chosen, 1));
    const answer = await this.metrics.metrics(
      { ...filter, team, fromAt: bounds.fromAt, toAt: bounds.toAt, previousFromAt: null },
      {
        names: [...new Set<MetricName>([...names, 'self_service_share'])],
        groupBy: null,
        period: 'month',
      },
    );
    const monthValues = (metric: MetricReportDto) =>
      months.map((m) => {
        const point = metric.series?.find((p) => p.start.slice(0, 7) === m);
        const { value, numerator, denominator } = point ?? EMPTY_FRACTION;
        return { month: m, value, numerator, denominator };
      });
    const report = (metric: MetricReportDto): TeamReportMetricDto => {
      const values = monthValues(metric);
      const current = values[values.length - 1];
      return {
        ...meta(metric),
        value: current.value,
        numerator: current.numerator,
        denominator: current.denominator,
        months: values,
        comparisons: values
          .slice(0, -1)
          .reverse()
          .map((earlier) => compareMonth(earlier.month, current, earlier, metric.betterWhen)),
      };
    };
    const journeys = byName(answer.metrics, 'self_service_share') as MetricReportDto;
    return {
      filter: filterDto({ ...filter, team, fromAt: bounds.fromAt, toAt: bounds.toAt }),
      team,
      month: chosen,
      monthSource: month === null ? 'default' : 'month',
      months,
      journeys: monthValues(journeys).map((value) => value.denominator),
      metrics: names.map((name) => report(byName(answer.metrics, name) as MetricReportDto)),
    };
  }

  async agent(
    filter: ResolvedFilter,
    agentId: string,
    month: string | null,
    names: readonly MetricName[],
  ): Promise<AgentReportDto> {
    const [found] = (await this.dataSource.query(AGENT_TEAMS, [filter.workspaceId, agentId])) as {
      team: string | null;
    }[];
    if (!found) {
      throw new NotFoundException(
        `No touchpoint in workspace "${filter.workspace}" was handled by agent "${agentId}"; GET /api/v1/reports/options lists the agents`,
      );
    }
    const period = await this.period(filter, month);
    const base = { ...period.filter, previousFromAt: null };
    const request = {
      names: [...new Set<MetricName>([...names, 'transfer_rate'])],
      groupBy: null,
      period: null,
    };
    const [own, team] = await Promise.all([
      this.metrics.metrics({ ...base, agent: agentId }, request),
      this.metrics.metrics({ ...base, team: found.team }, request),
    ]);
    return {
      filter: filterDto(period.filter),
      agentId,
      team: found.team,
      period: period.dto,
      contacts: byName(own.metrics, 'transfer_rate')?.denominator ?? 0,
      privacy: PRIVACY,
      metrics: names.map((name) => {
        const mine = byName(own.metrics, name) as MetricReportDto;
        const theirs = byName(team.metrics, name) as MetricReportDto;
        const pick = ({ value, numerator, denominator }: MetricReportDto) => ({
          value,
          numerator,
          denominator,
        });
        return {
          ...meta(mine),
          agent: pick(mine),
          team: pick(theirs),
          ...agentVsTeam(mine, theirs, mine.betterWhen),
        };
      }),
    };
  }

  /** from + to (compared with the same length before), else a month (vs the month before). */
  private async period(filter: ResolvedFilter, month: string | null): Promise<ReportPeriod> {
    if (filter.from || filter.to) {
      if (month !== null) {
        badFilter('month', 'cannot be combined with "from" / "to"', ['month', 'from + to']);
      }
      if (!filter.fromAt || !filter.toAt || !filter.previousFromAt) {
        badFilter(filter.from ? 'to' : 'from', 'is needed too: a report covers [from, to)', [
          'from + to',
          'month',
        ]);
      }
      return {
        filter,
        dto: {
          from: filter.fromAt.toISOString(),
          to: filter.toAt.toISOString(),
          previousFrom: filter.previousFromAt.toISOString(),
          previousTo: filter.fromAt.toISOString(),
          month: null,
          source: 'range',
        },
      };
    }
    const chosen = month ?? (await this.defaultMonth(filter));
    const bounds = await this.monthBounds(filter, chosen, addMonths(chosen, 1));
    const previousFromAt = (await this.monthBounds(filter, addMonths(chosen, -1), chosen)).fromAt;
    const from = { text: monthStart(chosen), dateOnly: true };
    const to = { text: monthStart(addMonths(chosen, 1)), dateOnly: true };
    return {
      filter: { ...filter, from, to, ...bounds, previousFromAt },
      dto: {
        from: bounds.fromAt.toISOString(),
        to: bounds.toAt.toISOString(),
        previousFrom: previousFromAt.toISOString(),
        previousTo: bounds.fromAt.toISOString(),
        month: chosen,
        source: month === null ? 'default' : 'month',
      },
    };
  }

  /** [start of `first`, start of `end`) as instants in the workspace time zone. */
  private async monthBounds(
    filter: ResolvedFilter,
    first: string,
    end: string,
  ): Promise<{ fromAt: Date; toAt: Date }> {
    const [row] = (await this.dataSource.query(DATE_BOUNDS, [
      monthStart(first),
      monthStart(end),
      filter.timeZone,
    ])) as { from_at: Date; to_at: Date }[];
    return { fromAt: row.from_at, toAt: row.to_at };
  }

  private async dataMonths(filter: ResolvedFilter): Promise<string[]> {
    const rows = (await this.dataSource.query(DATA_MONTHS, [
      filter.workspaceId,
      filter.timeZone,
    ])) as { month: string }[];
    return rows.map((row) => row.month);
  }

  private async defaultMonth(filter: ResolvedFilter): Promise<string> {
    const months = await this.dataMonths(filter);
    return defaultReportMonth(months.at(-1) ?? null, months[0] ?? null, new Date());
  }
}
