import { HttpParams, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ReportOptionsDto } from '@journey-atlas/shared/domain';
import { ReportsStore } from './reports.store';

const OPTIONS: ReportOptionsDto = {
  teams: ['Billing'],
  agents: [{ agentId: 'agent-015', team: 'Billing' }],
  months: ['2026-11', '2026-10'],
  defaultMonth: '2026-10',
};

describe(ReportsStore.name, () => {
  let store: ReportsStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(ReportsStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads the picker options', () => {
    store.loadOptions();
    expect(store.options()).toEqual({ status: 'loading' });
    http.expectOne('/api/v1/reports/options').flush(OPTIONS);
    expect(store.options()).toEqual({ status: 'ready', data: OPTIONS });
  });

  it('asks each report at its own path with the given query', () => {
    store.loadManagement(new HttpParams().set('month', '2026-10'));
    store.loadTeam('Tech Support', new HttpParams().set('months', 3));
    store.loadAgent('agent-015', new HttpParams());
    const management = http.expectOne((r) => r.url === '/api/v1/reports/management');
    expect(management.request.params.toString()).toBe('month=2026-10');
    const team = http.expectOne((r) => r.url === '/api/v1/reports/teams/Tech%20Support');
    expect(team.request.params.toString()).toBe('months=3');
    http.expectOne('/api/v1/reports/agents/agent-015').flush({ agentId: 'agent-015' });
    expect(store.agent()).toMatchObject({ status: 'ready', data: { agentId: 'agent-015' } });
    expect(store.management()).toEqual({ status: 'loading' });
    management.flush({});
    team.flush({});
  });

  it('drops the answer to a request that a newer one replaced', () => {
    store.loadTeam('Billing', new HttpParams());
    store.loadTeam('Orders', new HttpParams());
    const older = http.expectOne((r) => r.url.endsWith('/Billing'));
    expect(older.cancelled).toBe(true);
    http.expectOne((r) => r.url.endsWith('/Orders')).flush({ team: 'Orders' });
    expect(store.team()).toMatchObject({ status: 'ready', data: { team: 'Orders' } });
  });

  it('shows the API’s message when a report fails', () => {
    store.loadAgent('nobody', new HttpParams());
    http
      .expectOne('/api/v1/reports/agents/nobody')
      .flush(
        { message: 'No touchpoint was handled by agent "nobody"' },
        { status: 404, statusText: 'Not Found' },
      );
    expect(store.agent()).toEqual({
      status: 'error',
      message: 'No touchpoint was handled by agent "nobody"',
    });
  });
});
