import type {
  AgentReportDto,
  ManagementReportDto,
  ReportOptionsDto,
  TeamReportDto,
} from '@journey-atlas/shared/domain';

const FILTER = {
  workspace: 'default',
  from: '2026-10-01T00:00:00.000Z',
  to: '2026-11-01T00:00:00.000Z',
  intent: null,
  channel: null,
  team: null,
  agent: null,
  segment: {},
};

const OCTOBER = {
  from: '2026-10-01T00:00:00.000Z',
  to: '2026-11-01T00:00:00.000Z',
  previousFrom: '2026-09-01T00:00:00.000Z',
  previousTo: '2026-10-01T00:00:00.000Z',
  month: '2026-10',
  source: 'default' as const,
};

/** OpenAPI example of `GET /api/v1/reports/options`. */
export const REPORT_OPTIONS_EXAMPLE: ReportOptionsDto = {
  teams: ['Billing', 'Tech Support'],
  agents: [
    { agentId: 'agent-015', team: 'Billing' },
    { agentId: 'agent-001', team: 'Tech Support' },
  ],
  months: ['2026-11', '2026-10', '2026-09'],
  defaultMonth: '2026-10',
};

/** OpenAPI example of `GET /api/v1/reports/management`. */
export const MANAGEMENT_REPORT_EXAMPLE: ManagementReportDto = {
  filter: FILTER,
  period: OCTOBER,
  journeys: 6120,
  previousJourneys: 5890,
  significance: { minDenominator: 30, minRelativeChange: 0.05, minZ: 1.96 },
  changes: [
    {
      name: 'containment',
      label: 'Containment rate',
      unit: 'ratio',
      betterWhen: 'higher',
      value: 0.41,
      numerator: 1230,
      denominator: 3000,
      previous: { value: 0.48, numerator: 1392, denominator: 2900 },
      change: -0.07,
      direction: 'down',
      improved: false,
      relativeChange: -0.1458,
      significant: true,
      reason: 'worse: down by 14.6%',
    },
    {
      name: 'aht',
      label: 'Average handle time',
      unit: 'seconds',
      betterWhen: 'lower',
      value: 402,
      numerator: 1206000,
      denominator: 3000,
      previous: { value: 400, numerator: 1160000, denominator: 2900 },
      change: 2,
      direction: 'up',
      improved: false,
      relativeChange: 0.005,
      significant: false,
      reason: 'change of 0.5% is below 5%',
    },
  ],
  topFriction: {
    type: 'failed_containment',
    rule: 'the first assisted step of a journey that began in self-service',
    hurts: ['containment'],
    count: 1770,
    journeysAffected: 1770,
    impacts: [{ metric: 'containment', withFriction: 0, withoutFriction: 1 }],
    costAdded: 14100.5,
  },
  topOpportunity: {
    intent: 'password reset',
    selfServiceJourneys: 900,
    containedJourneys: 720,
    containmentRate: 0.8,
    assistedJourneys: 400,
    assistedJourneysPerMonth: 400,
    shiftableJourneysPerMonth: 120,
    projectedMonthlySavings: 948,
    assumptions: {
      rateUsed: 0.3,
      cap: 0.3,
      periodDays: 31,
      meanAssistedCost: 8,
      meanSelfServiceCost: 0.1,
      comparableCustomers: 'all customers matching the filters',
    },
  },
};

/** OpenAPI example of `GET /api/v1/reports/teams/Billing?month=2026-10&months=2`. */
export const TEAM_REPORT_EXAMPLE: TeamReportDto = {
  filter: { ...FILTER, from: '2026-08-01T00:00:00.000Z', team: 'Billing' },
  team: 'Billing',
  month: '2026-10',
  monthSource: 'month',
  months: ['2026-08', '2026-09', '2026-10'],
  journeys: [810, 790, 845],
  metrics: [
    {
      name: 'fcr',
      label: 'First contact resolution',
      unit: 'ratio',
      betterWhen: 'higher',
      value: 0.72,
      numerator: 576,
      denominator: 800,
      months: [
        { month: '2026-08', value: 0.68, numerator: 510, denominator: 750 },
        { month: '2026-09', value: 0.7, numerator: 525, denominator: 750 },
        { month: '2026-10', value: 0.72, numerator: 576, denominator: 800 },
      ],
      comparisons: [
        { month: '2026-09', value: 0.7, change: 0.02, direction: 'up', improved: true },
        { month: '2026-08', value: 0.68, change: 0.04, direction: 'up', improved: true },
      ],
    },
  ],
};

/** OpenAPI example of `GET /api/v1/reports/agents/agent-015`. */
export const AGENT_REPORT_EXAMPLE: AgentReportDto = {
  filter: FILTER,
  agentId: 'agent-015',
  team: 'Billing',
  period: OCTOBER,
  contacts: 96,
  privacy: 'Private to the agent: this agent and their team as a whole only, never another agent.',
  metrics: [
    {
      name: 'aht',
      label: 'Average handle time',
      unit: 'seconds',
      betterWhen: 'lower',
      agent: { value: 380, numerator: 36480, denominator: 96 },
      team: { value: 410, numerator: 459200, denominator: 1120 },
      difference: -30,
      better: true,
    },
    {
      name: 'conversations_per_agent',
      label: 'Conversations per agent',
      unit: 'count',
      betterWhen: 'higher',
      agent: { value: 96, numerator: 96, denominator: 1 },
      team: { value: 93.3, numerator: 1120, denominator: 12 },
      difference: 2.7,
      better: true,
    },
  ],
};
