import { toCsv } from './csv';
import { agentReportRows, managementReportRows, teamReportRows } from './report-rows';
import {
  AGENT_REPORT_EXAMPLE,
  MANAGEMENT_REPORT_EXAMPLE,
  TEAM_REPORT_EXAMPLE,
} from '../dto/reports.examples';

describe('report CSV rows', () => {
  it('lists the management changes in rank order with their reading', () => {
    const rows = managementReportRows(MANAGEMENT_REPORT_EXAMPLE);
    expect(rows.map((row) => [row.rank, row.metric, row.significant])).toEqual([
      [1, 'containment', true],
      [2, 'aht', false],
    ]);
    expect(rows[0]).toMatchObject({ value: 0.41, previous: 0.48, improved: false });
    expect(toCsv(rows).split('\r\n')[0]).toBe(
      'rank,metric,unit,betterWhen,value,previous,change,relativeChange,direction,improved,significant,reason,from,to,previousFrom,previousTo',
    );
  });

  it('gives the team one row per metric and month, marking the chosen month', () => {
    const rows = teamReportRows(TEAM_REPORT_EXAMPLE);
    expect(rows.map((row) => [row.month, row.chosen, row.value, row.chosenMinusThis])).toEqual([
      ['2026-08', false, 0.68, 0.04],
      ['2026-09', false, 0.7, 0.02],
      ['2026-10', true, 0.72, null],
    ]);
  });

  it('puts the agent and the team side by side', () => {
    const rows = agentReportRows(AGENT_REPORT_EXAMPLE);
    expect(rows[0]).toMatchObject({
      agent: 'agent-015',
      team: 'Billing',
      metric: 'aht',
      agentValue: 380,
      teamValue: 410,
      difference: -30,
      better: true,
    });
  });
});
