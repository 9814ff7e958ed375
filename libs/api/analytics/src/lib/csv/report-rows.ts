import type {
  AgentReportDto,
  ManagementReportDto,
  TeamReportDto,
} from '@journey-atlas/shared/domain';

/** The CSV rows of the reports: one flat record per metric (per month for the team report). */

export const managementReportRows = (body: ManagementReportDto) =>
  body.changes.map((change, index) => ({
    rank: index + 1,
    metric: change.name,
    unit: change.unit,
    betterWhen: change.betterWhen,
    value: change.value,
    previous: change.previous?.value ?? null,
    change: change.change,
    relativeChange: change.relativeChange,
    direction: change.direction,
    improved: change.improved,
    significant: change.significant,
    reason: change.reason,
    from: body.period.from,
    to: body.period.to,
    previousFrom: body.period.previousFrom,
    previousTo: body.period.previousTo,
  }));

export const teamReportRows = (body: TeamReportDto) =>
  body.metrics.flatMap((metric) =>
    metric.months.map((month) => ({
      team: body.team,
      metric: metric.name,
      unit: metric.unit,
      month: month.month,
      chosen: month.month === body.month,
      value: month.value,
      numerator: month.numerator,
      denominator: month.denominator,
      chosenMinusThis: metric.comparisons.find((c) => c.month === month.month)?.change ?? null,
    })),
  );

export const agentReportRows = (body: AgentReportDto) =>
  body.metrics.map((metric) => ({
    agent: body.agentId,
    team: body.team,
    metric: metric.name,
    unit: metric.unit,
    betterWhen: metric.betterWhen,
    agentValue: metric.agent.value,
    teamValue: metric.team.value,
    difference: metric.difference,
    better: metric.better,
    from: body.period.from,
    to: body.period.to,
  }));
