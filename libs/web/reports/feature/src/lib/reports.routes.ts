import type { Route } from '@angular/router';
import { AgentReportView } from './agent-report.component';
import { ManagementReportView } from './management-report.component';
import { ReportsPage } from './reports.page';
import { TeamReportView } from './team-report.component';

/** /reports: a tab per audience; the team and agent in the path, the month in the query. */
export const REPORTS_ROUTES: Route[] = [
  {
    path: '',
    component: ReportsPage,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'management' },
      { path: 'management', component: ManagementReportView },
      { path: 'team', component: TeamReportView },
      { path: 'team/:team', component: TeamReportView },
      { path: 'agent', component: AgentReportView },
      { path: 'agent/:agentId', component: AgentReportView },
    ],
  },
];
