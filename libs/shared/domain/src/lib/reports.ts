/**
 * Request and response shapes of the reports API (`/api/v1/reports/...`), shared with the
 * web app. DESIGN.md: reports serve three audiences — management (key trend changes),
 * teams (this month vs previous months) and agents (private, relative to their team).
 */
import type {
  AnalyticsFilterDto,
  ChannelShiftOpportunityDto,
  FrictionRowDto,
  MetricFractionDto,
  MetricValueDto,
  TrendDirection,
} from './analytics';

/** A calendar month in the workspace time zone: `YYYY-MM`. */
export const REPORT_MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The metrics the management report ranks unless `names` says otherwise. */
export const MANAGEMENT_REPORT_METRICS = [
  'fcr',
  'containment',
  'self_service_share',
  'csat',
  'nps',
  'ces',
  'aht',
  'service_level',
  'cost_to_serve',
  'repeat_contact_rate',
  'transfer_rate',
  'abandonment_rate',
] as const;

/** The team report's metrics unless `names` says otherwise. */
export const TEAM_REPORT_METRICS = [
  'fcr',
  'csat',
  'ces',
  'nps',
  'aht',
  'response_time',
  'service_level',
  'transfer_rate',
  'abandonment_rate',
  'repeat_contact_rate',
  'conversations_per_agent',
] as const;

/** Metrics that mean something for one agent (their contacts, the journeys they took part in). */
export const AGENT_REPORT_METRICS = [
  'fcr',
  'aht',
  'transfer_rate',
  'csat',
  'ces',
  'nps',
  'repeat_contact_rate',
  'conversations_per_agent',
] as const;

/** Default number of previous months the team report compares with, and the most allowed. */
export const TEAM_REPORT_DEFAULT_MONTHS = 3;
export const TEAM_REPORT_MAX_MONTHS = 12;

/** The period a report covers and the one it is compared with. */
export interface ReportPeriodDto {
  from: string;
  to: string;
  /** The window compared with: the previous calendar month for `month`, else same length before. */
  previousFrom: string;
  previousTo: string;
  /** `month` when the report covers one calendar month (given or the default). */
  month: string | null;
  /** Where the period came from: `from`/`to`, `month`, or the default (the last full month). */
  source: 'range' | 'month' | 'default';
}

/** One metric's change in the management report. */
export interface ReportMetricChangeDto extends MetricValueDto {
  name: string;
  label: string;
  unit: string;
  betterWhen: 'higher' | 'lower';
  /** change / |previous value|; null when either value is missing or the previous is 0. */
  relativeChange: number | null;
  /** Large enough and on enough data to report (see `significance`). */
  significant: boolean;
  /** Why it is or is not significant, in words. */
  reason: string;
}

/** The rule a change must pass to count as significant. */
export interface ReportSignificanceDto {
  /** Both windows need at least this denominator (journeys or contacts). */
  minDenominator: number;
  /** |relative change| at least this. */
  minRelativeChange: number;
  /** For rates (0..1 shares), a two-proportion z-test at least this. */
  minZ: number;
}

export interface ManagementReportDto {
  filter: AnalyticsFilterDto;
  period: ReportPeriodDto;
  journeys: number;
  previousJourneys: number;
  significance: ReportSignificanceDto;
  /** Significant changes first, each group by |relative change|, largest first. */
  changes: ReportMetricChangeDto[];
  /** The friction type that added the most cost in the period (FrictionService's first row). */
  topFriction: FrictionRowDto | null;
  /** The channel-shift opportunity with the largest projected monthly savings in the period. */
  topOpportunity: ChannelShiftOpportunityDto | null;
}

/** One metric in one month of the team report. */
export interface TeamReportMonthValueDto extends MetricFractionDto {
  month: string;
}

/** The chosen month's value compared with one previous month's. */
export interface TeamReportComparisonDto {
  month: string;
  /** That month's value. */
  value: number | null;
  /** chosen month's value - that month's; null when either is null. */
  change: number | null;
  direction: TrendDirection | null;
  improved: boolean | null;
}

export interface TeamReportMetricDto extends MetricFractionDto {
  name: string;
  label: string;
  unit: string;
  betterWhen: 'higher' | 'lower';
  /** Every month, oldest first, the chosen month last (for a chart or table). */
  months: TeamReportMonthValueDto[];
  /** The chosen month vs each previous month, the closest first. */
  comparisons: TeamReportComparisonDto[];
}

export interface TeamReportDto {
  filter: AnalyticsFilterDto;
  team: string;
  /** The chosen month. */
  month: string;
  monthSource: 'month' | 'default';
  /** The months shown, oldest first, the chosen month last. */
  months: string[];
  /** The team's journeys per month, aligned with `months`. */
  journeys: number[];
  metrics: TeamReportMetricDto[];
}

/** One metric of an agent beside their team's. */
export interface AgentReportMetricDto {
  name: string;
  label: string;
  unit: string;
  betterWhen: 'higher' | 'lower';
  agent: MetricFractionDto;
  team: MetricFractionDto;
  /** agent value - team value; null when either is null. */
  difference: number | null;
  /** Whether the agent is on the better side of the team; null when level or unknown. */
  better: boolean | null;
}

export interface AgentReportDto {
  filter: AnalyticsFilterDto;
  agentId: string;
  /** The team most of the agent's contacts carry; null: the agent has no team (compared with all contacts). */
  team: string | null;
  period: ReportPeriodDto;
  /** The agent's contacts in the period. */
  contacts: number;
  /** A private report: only this agent and their team as a whole, never another agent. */
  privacy: string;
  metrics: AgentReportMetricDto[];
}

/** What the report pickers offer: teams, agents and months with data. */
export interface ReportOptionsDto {
  teams: string[];
  agents: { agentId: string; team: string | null }[];
  /** Months with journeys, newest first. */
  months: string[];
  /** The month the reports use by default: the last full month in the data. */
  defaultMonth: string;
}
