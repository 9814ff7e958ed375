import { HttpClient, HttpParams } from '@angular/common/http';
import { DestroyRef, Injectable, type Signal, inject, signal } from '@angular/core';
import type {
  AgentReportDto,
  ManagementReportDto,
  ReportOptionsDto,
  TeamReportDto,
} from '@journey-atlas/shared/domain';
import { type LoadState, errorMessage } from '@journey-atlas/web/shared/data-access';
import type { Subscription } from 'rxjs';
import {
  MANAGEMENT_REPORT_PATH,
  REPORT_OPTIONS_PATH,
  agentReportPath,
  teamReportPath,
} from './report-params';

/** One GET at a time into a LoadState signal; a newer call cancels the older one. */
class Loader<T> {
  private readonly current = signal<LoadState<T>>({ status: 'loading' });
  private request: Subscription | null = null;
  readonly state: Signal<LoadState<T>> = this.current.asReadonly();

  constructor(private readonly http: HttpClient) {}

  load(url: string, params: HttpParams): void {
    this.request?.unsubscribe();
    this.current.set({ status: 'loading' });
    this.request = this.http.get<T>(url, { params }).subscribe({
      next: (data) => this.current.set({ status: 'ready', data }),
      error: (error: unknown) =>
        this.current.set({ status: 'error', message: errorMessage(error) }),
    });
  }

  cancel(): void {
    this.request?.unsubscribe();
  }
}

/** The reports (management, team, agent) and what their pickers offer. */
@Injectable({ providedIn: 'root' })
export class ReportsStore {
  private readonly http = inject(HttpClient);
  private readonly optionsLoader = new Loader<ReportOptionsDto>(this.http);
  private readonly managementLoader = new Loader<ManagementReportDto>(this.http);
  private readonly teamLoader = new Loader<TeamReportDto>(this.http);
  private readonly agentLoader = new Loader<AgentReportDto>(this.http);

  readonly options = this.optionsLoader.state;
  readonly management = this.managementLoader.state;
  readonly team = this.teamLoader.state;
  readonly agent = this.agentLoader.state;

  constructor() {
    inject(DestroyRef).onDestroy(() =>
      [this.optionsLoader, this.managementLoader, this.teamLoader, this.agentLoader].forEach(
        (loader) => loader.cancel(),
      ),
    );
  }

  /** Teams, agents and months with data, for the pickers. */
  loadOptions(): void {
    this.optionsLoader.load(REPORT_OPTIONS_PATH, new HttpParams());
  }

  loadManagement(params: HttpParams): void {
    this.managementLoader.load(MANAGEMENT_REPORT_PATH, params);
  }

  loadTeam(team: string, params: HttpParams): void {
    this.teamLoader.load(teamReportPath(team), params);
  }

  loadAgent(agentId: string, params: HttpParams): void {
    this.agentLoader.load(agentReportPath(agentId), params);
  }
}
