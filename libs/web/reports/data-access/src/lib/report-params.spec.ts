import { HttpParams } from '@angular/common/http';
import {
  agentParams,
  agentReportPath,
  csvUrl,
  hasDateRange,
  managementParams,
  reportMonth,
  teamMonths,
  teamParams,
  teamReportPath,
} from './report-params';

const query = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null });

describe('report params', () => {
  it('reads a calendar month from the URL and ignores anything else', () => {
    expect(reportMonth(query({ month: '2026-10' }))).toBe('2026-10');
    for (const bad of ['2026-13', '2026-1', 'october', '']) {
      expect(reportMonth(query({ month: bad }))).toBeNull();
    }
    expect(reportMonth(query({}))).toBeNull();
  });

  it('reads 1 to 12 previous months, else 3', () => {
    expect(teamMonths(query({ months: '6' }))).toBe(6);
    expect(teamMonths(query({ months: '0' }))).toBe(3);
    expect(teamMonths(query({ months: '13' }))).toBe(3);
    expect(teamMonths(query({ months: 'x' }))).toBe(3);
    expect(teamMonths(query({}))).toBe(3);
  });

  it('lets a whole date range win over the month for management', () => {
    const range = new HttpParams().set('from', '2026-10-01').set('to', '2026-10-15');
    expect(hasDateRange(range)).toBe(true);
    expect(managementParams(range, '2026-09').toString()).toBe('from=2026-10-01&to=2026-10-15');
    const half = new HttpParams().set('from', '2026-10-01').set('channel', 'web');
    expect(hasDateRange(half)).toBe(false);
    expect(managementParams(half, '2026-09').toString()).toBe('channel=web&month=2026-09');
    expect(managementParams(new HttpParams(), null).keys()).toEqual([]);
  });

  it('gives the team report months only, and no team or agent filter', () => {
    const filters = new HttpParams()
      .set('from', '2026-10-01')
      .set('to', '2026-11-01')
      .set('team', 'Billing')
      .set('intent', 'refund');
    expect(teamParams(filters, '2026-10', 2).toString()).toBe(
      'intent=refund&months=2&month=2026-10',
    );
    expect(teamParams(filters, null, 3).toString()).toBe('intent=refund&months=3');
  });

  it('compares the agent with their own team, not a team filter', () => {
    const filters = new HttpParams().set('team', 'Billing').append('segment.tier', 'gold');
    expect(agentParams(filters, '2026-10').toString()).toBe('segment.tier=gold&month=2026-10');
  });

  it('builds report paths and CSV links safely', () => {
    expect(teamReportPath('Tech Support/2')).toBe('/api/v1/reports/teams/Tech%20Support%2F2');
    expect(agentReportPath('a#1')).toBe('/api/v1/reports/agents/a%231');
    expect(csvUrl('/api/v1/reports/management', new HttpParams().set('month', '2026-10'))).toBe(
      '/api/v1/reports/management?month=2026-10&format=csv',
    );
  });
});
