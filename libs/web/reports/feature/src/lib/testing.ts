import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideLocationMocks } from '@angular/common/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type {
  AgentReportDto,
  ManagementReportDto,
  ReportOptionsDto,
  TeamReportDto,
} from '@journey-atlas/shared/domain';
import { REPORTS_ROUTES } from './reports.routes';

/** Test-only: the reports routes in a router harness with a fake HTTP backend. */
export async function openReports(url: string) {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: 'reports', children: REPORTS_ROUTES }]),
      provideLocationMocks(),
      provideHttpClient(),
      provideHttpClientTesting(),
    ],
  });
  const harness = await RouterTestingHarness.create(url);
  const http = TestBed.inject(HttpTestingController);
  const router = TestBed.inject(Router);
  const element = harness.routeNativeElement as HTMLElement;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };
  const answerOptions = () => http.expectOne('/api/v1/reports/options').flush(OPTIONS);
  const select = async (selector: string, value: string) => {
    const input = element.querySelector(selector) as HTMLSelectElement;
    input.value = value;
    input.dispatchEvent(new Event('change'));
    await settle();
  };
  return { element, router, http, settle, answerOptions, select };
}

export const OPTIONS: ReportOptionsDto = {
  teams: ['Billing', 'Tech Support'],
  agents: [
    { agentId: 'agent-001', team: 'Tech Support' },
    { agentId: 'agent-015', team: 'Billing' },
  ],
  months: ['2026-11', '2026-10', '2026-09'],
  defaultMonth: '2026-10',
};

const FILTER = {
  workspace: 'default',
  from: null,
  to: null,
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

export function managementReport(patch: Partial<ManagementReportDto> = {}): ManagementReportDto {
  return {
    filter: FILTER,
    period: OCTOBER,
    journeys: 6120,
    previousJourneys: 5890,
    significance: { minDenominator: 30, minRelativeChange: 0.05, minZ: 1.96 },
    changes: [
      {
        name: 'transfer_rate',
        label: 'Transfer rate',
        unit: 'ratio',
        betterWhen: 'lower',
        value: 0.35,
        numerator: 35,
        denominator: 100,
        previous: { value: 0.125, numerator: 12.5, denominator: 100 },
        change: 0.225,
        direction: 'up',
        improved: false,
        relativeChange: 1.8,
        significant: true,
        reason: 'worse: up by 180%',
      },
      {
        name: 'csat',
        label: 'Customer satisfaction',
        unit: 'ratio',
        betterWhen: 'higher',
        value: 0.75,
        numerator: 75,
        denominator: 100,
        previous: { value: 0.75, numerator: 75, denominator: 100 },
        change: 0,
        direction: 'flat',
        improved: null,
        relativeChange: 0,
        significant: false,
        reason: 'no change',
      },
    ],
    topFriction: {
      type: 'failed_containment',
      rule: 'the first assisted step of a journey that began in self-service',
      hurts: ['containment'],
      count: 1770,
      journeysAffected: 1770,
      impacts: [],
      costAdded: 14100.5,
    },
    topOpportunity: null,
    ...patch,
  };
}

export function teamReport(patch: Partial<TeamReportDto> = {}): TeamReportDto {
  return {
    filter: { ...FILTER, team: 'Billing' },
    team: 'Billing',
    month: '2026-10',
    monthSource: 'month',
    months: ['2026-08', '2026-09', '2026-10'],
    journeys: [810, 790, 845],
    metrics: [
      {
        name: 'aht',
        label: 'Average handle time',
        unit: 'seconds',
        betterWhen: 'lower',
        value: 345,
        numerator: 345,
        denominator: 1,
        months: [
          { month: '2026-08', value: 250, numerator: 250, denominator: 1 },
          { month: '2026-09', value: 245, numerator: 245, denominator: 1 },
          { month: '2026-10', value: 345, numerator: 345, denominator: 1 },
        ],
        comparisons: [
          { month: '2026-09', value: 245, change: 100, direction: 'up', improved: false },
          { month: '2026-08', value: 250, change: 95, direction: 'up', improved: false },
        ],
      },
    ],
    ...patch,
  };
}

export function agentReport(patch: Partial<AgentReportDto> = {}): AgentReportDto {
  return {
    filter: FILTER,
    agentId: 'agent-015',
    team: 'Billing',
    period: OCTOBER,
    contacts: 96,
    privacy:
      'Private to the agent: this agent and their team as a whole only, never another agent.',
    metrics: [
      {
        name: 'aht',
        label: 'Average handle time',
        unit: 'seconds',
        betterWhen: 'lower',
        agent: { value: 380, numerator: 380, denominator: 1 },
        team: { value: 410, numerator: 410, denominator: 1 },
        difference: -30,
        better: true,
      },
    ],
    ...patch,
  };
}
