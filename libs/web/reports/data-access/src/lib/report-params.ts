import { HttpParams } from '@angular/common/http';
import { TEAM_REPORT_DEFAULT_MONTHS, TEAM_REPORT_MAX_MONTHS } from '@journey-atlas/shared/domain';

/** The three reports of DESIGN.md, one tab each under /reports. */
export const REPORT_TABS = [
  { path: 'management', label: 'Management' },
  { path: 'team', label: 'Team' },
  { path: 'agent', label: 'Agent' },
] as const;

interface QueryParams {
  get(name: string): string | null;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** `month` from the URL when it is a calendar month (YYYY-MM); otherwise the API's default. */
export function reportMonth(params: QueryParams): string | null {
  const value = params.get('month');
  return value !== null && MONTH.test(value) ? value : null;
}

/** `months` (previous months of the team report) from the URL, 1..12; else the default 3. */
export function teamMonths(params: QueryParams): number {
  const value = Number(params.get('months'));
  return Number.isInteger(value) && value >= 1 && value <= TEAM_REPORT_MAX_MONTHS
    ? value
    : TEAM_REPORT_DEFAULT_MONTHS;
}

/** Whether the filter bar sets a whole date range, which then wins over the month. */
export function hasDateRange(filters: HttpParams): boolean {
  return filters.has('from') && filters.has('to');
}

function without(params: HttpParams, names: readonly string[]): HttpParams {
  return names.reduce((result, name) => result.delete(name), params);
}

/** A period: the filter bar's [from, to) when both are set, else the month (or the default). */
function withPeriod(filters: HttpParams, month: string | null): HttpParams {
  if (hasDateRange(filters)) return filters;
  const params = without(filters, ['from', 'to']);
  return month ? params.set('month', month) : params;
}

/** Query of GET /api/v1/reports/management. */
export function managementParams(filters: HttpParams, month: string | null): HttpParams {
  return withPeriod(filters, month);
}

/** Query of GET /api/v1/reports/teams/:team: months only; the team is the path's. */
export function teamParams(filters: HttpParams, month: string | null, months: number): HttpParams {
  const params = without(filters, ['from', 'to', 'team', 'agent']).set('months', months);
  return month ? params.set('month', month) : params;
}

/** Query of GET /api/v1/reports/agents/:agentId: the agent's own team is the comparison. */
export function agentParams(filters: HttpParams, month: string | null): HttpParams {
  return withPeriod(without(filters, ['team', 'agent']), month);
}

/** The API path of a team's or an agent's report. */
export function teamReportPath(team: string): string {
  return `/api/v1/reports/teams/${encodeURIComponent(team)}`;
}

export function agentReportPath(agentId: string): string {
  return `/api/v1/reports/agents/${encodeURIComponent(agentId)}`;
}

export const MANAGEMENT_REPORT_PATH = '/api/v1/reports/management';
export const REPORT_OPTIONS_PATH = '/api/v1/reports/options';

/** The same report as a CSV download (the API's `format=csv`). */
export function csvUrl(path: string, params: HttpParams): string {
  return `${path}?${params.set('format', 'csv').toString()}`;
}
