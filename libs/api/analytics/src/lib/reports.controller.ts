import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import {
  AGENT_REPORT_METRICS,
  MANAGEMENT_REPORT_METRICS,
  TEAM_REPORT_DEFAULT_MONTHS,
  TEAM_REPORT_MAX_MONTHS,
  TEAM_REPORT_METRICS,
  type AgentReportDto,
  type ManagementReportDto,
  type ReportOptionsDto,
  type TeamReportDto,
} from '@journey-atlas/shared/domain';
import { CsvExport } from './csv/csv-export';
import { ApiAnalyticsFilters } from './dto/api-filters.decorator';
import {
  AGENT_REPORT_EXAMPLE,
  MANAGEMENT_REPORT_EXAMPLE,
  REPORT_OPTIONS_EXAMPLE,
  TEAM_REPORT_EXAMPLE,
} from './dto/reports.examples';
import { intParam } from './filters/analytics-query';
import { badFilter } from './filters/bad-filter';
import { parseMetricNames } from './filters/metric-names';
import { agentReportRows, managementReportRows, teamReportRows } from './csv/report-rows';
import { AnalyticsRequests, EXPORT_FORMATS } from './services/analytics-requests.service';
import { parseMonth } from './services/report-rules';
import { ReportsService } from './services/reports.service';

const MAX_NAME = 500;

/** `month=YYYY-MM`, or null when absent; a 400 naming it otherwise. */
function monthParam(extras: Map<string, string>): string | null {
  const month = extras.get('month');
  if (month === undefined) return null;
  if (!parseMonth(month)) {
    badFilter('month', `must be a calendar month like 2026-10 (got "${month}")`, ['YYYY-MM']);
  }
  return month;
}

/** `names` when given, else the report's own default list. */
function names(extras: Map<string, string>, fallback: readonly string[]) {
  return parseMetricNames(extras.get('names') ?? fallback.join(','));
}

/** A path parameter naming a team or agent: not blank, not huge. */
function pathName(name: string, value: string): string {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > MAX_NAME) {
    badFilter(name, `must be 1 to ${MAX_NAME} characters`, [`1..${MAX_NAME} characters`]);
  }
  return trimmed;
}

/** A common filter a report sets itself, given in the query as well: a 400 naming it. */
function notInQuery(name: string, given: unknown, why: string, allowed: string[]): void {
  if (given !== null) badFilter(name, why, allowed);
}

const MONTH_QUERY = {
  name: 'month',
  required: false,
  description:
    'Calendar month YYYY-MM in the workspace time zone (default: the last full month in the data)',
  example: '2026-10',
};
const NAMES_QUERY = { name: 'names', required: false, example: 'fcr,aht,csat' };
const FORMAT_QUERY = {
  name: 'format',
  required: false,
  enum: EXPORT_FORMATS,
  description: 'csv: the report as CSV (also Accept: text/csv)',
};

@ApiTags('reports')
@Controller('v1/reports')
export class ReportsController {
  constructor(
    private readonly requests: AnalyticsRequests,
    private readonly reports: ReportsService,
  ) {}

  @Get('options')
  @ApiOperation({ summary: 'What the report pickers offer: teams, agents with their team, months' })
  @ApiQuery({ name: 'workspace', required: false, example: 'default' })
  @ApiOkResponse({ schema: { example: REPORT_OPTIONS_EXAMPLE } })
  async options(@Query() query: Record<string, unknown>): Promise<ReportOptionsDto> {
    const { filter } = await this.requests.parse(query, []);
    return this.reports.options(filter);
  }

  @Get('management')
  @ApiOperation({
    summary:
      'Management: key metrics this period vs the previous, significant changes first by size, with the top friction and channel-shift opportunity',
    description:
      'The period is [from, to) vs the same length before, or a calendar month vs the month before (default: the last full month in the data).',
  })
  @ApiAnalyticsFilters()
  @ApiQuery(MONTH_QUERY)
  @ApiQuery({ ...NAMES_QUERY, description: `Default: ${MANAGEMENT_REPORT_METRICS.join(', ')}` })
  @ApiQuery(FORMAT_QUERY)
  @CsvExport('management-report', managementReportRows)
  @ApiOkResponse({ schema: { example: MANAGEMENT_REPORT_EXAMPLE } })
  async management(@Query() query: Record<string, unknown>): Promise<ManagementReportDto> {
    const { filter, extras } = await this.requests.parse(query, ['month', 'names', 'format']);
    return this.reports.management(
      filter,
      monthParam(extras),
      names(extras, MANAGEMENT_REPORT_METRICS),
    );
  }

  @Get('teams/:team')
  @ApiOperation({
    summary: "Team: each metric in a month vs each of the previous months, over the team's work",
  })
  @ApiParam({ name: 'team', example: 'Billing' })
  @ApiAnalyticsFilters()
  @ApiQuery(MONTH_QUERY)
  @ApiQuery({
    name: 'months',
    required: false,
    description: `Previous months to compare with, 1 to ${TEAM_REPORT_MAX_MONTHS} (default ${TEAM_REPORT_DEFAULT_MONTHS})`,
    example: 3,
  })
  @ApiQuery({ ...NAMES_QUERY, description: `Default: ${TEAM_REPORT_METRICS.join(', ')}` })
  @ApiQuery(FORMAT_QUERY)
  @ApiNotFoundResponse({ description: 'No touchpoint carries this team' })
  @CsvExport('team-report', teamReportRows)
  @ApiOkResponse({ schema: { example: TEAM_REPORT_EXAMPLE } })
  async team(
    @Param('team') team: string,
    @Query() query: Record<string, unknown>,
  ): Promise<TeamReportDto> {
    const { filter, extras } = await this.requests.parse(query, [
      'month',
      'months',
      'names',
      'format',
    ]);
    const byMonth = ['month', 'months'];
    notInQuery('from', filter.from, 'does not apply: the team report covers months', byMonth);
    notInQuery('to', filter.to, 'does not apply: the team report covers months', byMonth);
    notInQuery('team', filter.team, 'is given in the path: /reports/teams/{team}', ['the path']);
    return this.reports.team(
      filter,
      pathName('team', team),
      monthParam(extras),
      intParam(extras, 'months', 1, TEAM_REPORT_MAX_MONTHS, TEAM_REPORT_DEFAULT_MONTHS),
      names(extras, TEAM_REPORT_METRICS),
    );
  }

  @Get('agents/:agentId')
  @ApiOperation({
    summary: "Agent (private): the agent's metrics beside their team's over the same period",
    description:
      "The team is the one most of the agent's contacts carry. Journey metrics count the journeys the agent took part in. The period is [from, to) or a calendar month (default: the last full month).",
  })
  @ApiParam({ name: 'agentId', example: 'agent-015' })
  @ApiAnalyticsFilters()
  @ApiQuery(MONTH_QUERY)
  @ApiQuery({ ...NAMES_QUERY, description: `Default: ${AGENT_REPORT_METRICS.join(', ')}` })
  @ApiQuery(FORMAT_QUERY)
  @ApiNotFoundResponse({ description: 'No touchpoint was handled by this agent' })
  @CsvExport('agent-report', agentReportRows)
  @ApiOkResponse({ schema: { example: AGENT_REPORT_EXAMPLE } })
  async agent(
    @Param('agentId') agentId: string,
    @Query() query: Record<string, unknown>,
  ): Promise<AgentReportDto> {
    const { filter, extras } = await this.requests.parse(query, ['month', 'names', 'format']);
    notInQuery('agent', filter.agent, 'is given in the path: /reports/agents/{agentId}', [
      'the path',
    ]);
    notInQuery('team', filter.team, 'does not apply: the agent is compared with their own team', [
      'no team parameter',
    ]);
    return this.reports.agent(
      filter,
      pathName('agentId', agentId),
      monthParam(extras),
      names(extras, AGENT_REPORT_METRICS),
    );
  }
}
