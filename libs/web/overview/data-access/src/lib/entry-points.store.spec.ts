import { HttpParams, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type {
  ChannelShiftOpportunityDto,
  ChannelShiftsDto,
  FrictionRankingDto,
  FrictionRowDto,
} from '@journey-atlas/shared/domain';
import { EntryPointsStore, topFriction, topOpportunity } from './entry-points.store';
import type { OverviewPeriod } from './overview-period';

const PERIOD: OverviewPeriod = { from: '2026-10-27', to: '2026-11-26', isDefault: true };
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

function frictionRow(type: string, count: number, costAdded: number | null): FrictionRowDto {
  return {
    type,
    rule: 'r',
    hurts: ['fcr'],
    count,
    journeysAffected: count,
    impacts: [],
    costAdded,
  };
}

function opportunity(intent: string, savings: number): ChannelShiftOpportunityDto {
  return {
    intent,
    selfServiceJourneys: 10,
    containedJourneys: 8,
    containmentRate: 0.8,
    assistedJourneys: 50,
    assistedJourneysPerMonth: 50,
    shiftableJourneysPerMonth: 15,
    projectedMonthlySavings: savings,
    assumptions: {
      rateUsed: 0.3,
      cap: 0.3,
      periodDays: 30,
      meanAssistedCost: 8,
      meanSelfServiceCost: 0.1,
      comparableCustomers: 'all',
    },
  };
}

function ranking(rows: FrictionRowDto[]): FrictionRankingDto {
  return { filter: FILTER, groupBy: null, journeys: 10, friction: rows };
}

function shifts(opportunities: ChannelShiftOpportunityDto[]): ChannelShiftsDto {
  return {
    filter: FILTER,
    leaks: [],
    opportunities,
    assumptions: {
      minContainment: 0.5,
      minJourneys: 10,
      cap: 0.3,
      capRange: [0.2, 0.4],
      periodDays: 30,
      periodFrom: null,
      periodTo: null,
      daysPerMonth: 30.4,
      comparableCustomers: 'all',
      notes: [],
    },
  };
}

describe(EntryPointsStore.name, () => {
  let store: EntryPointsStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(EntryPointsStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks friction and channel shifts for the period and keeps the top of each', () => {
    store.load(new HttpParams().set('channel', 'web'), PERIOD);
    expect(store.topFriction()).toEqual({ status: 'loading' });
    const friction = http.expectOne((r) => r.url === '/api/v1/friction');
    expect(friction.request.params.toString()).toBe('channel=web&from=2026-10-27&to=2026-11-26');
    friction.flush(ranking([frictionRow('long_wait', 0, null), frictionRow('transfer', 4, 120)]));
    const shift = http.expectOne((r) => r.url === '/api/v1/channel-shifts');
    expect(shift.request.params.get('from')).toBe('2026-10-27');
    shift.flush(shifts([opportunity('billing', 900), opportunity('router offline', 300)]));
    expect(store.topFriction()).toEqual({ status: 'ready', data: frictionRow('transfer', 4, 120) });
    expect(store.topOpportunity()).toMatchObject({ status: 'ready', data: { intent: 'billing' } });
  });

  it('reports each failure on its own card', () => {
    store.load(new HttpParams(), PERIOD);
    http
      .expectOne((r) => r.url === '/api/v1/friction')
      .flush({ message: 'no' }, { status: 500, statusText: 'Server Error' });
    http.expectOne((r) => r.url === '/api/v1/channel-shifts').flush(shifts([]));
    expect(store.topFriction()).toEqual({ status: 'error', message: 'no' });
    expect(store.topOpportunity()).toEqual({ status: 'ready', data: null });
  });
});

describe('top entry points', () => {
  it('are null when there is nothing to show', () => {
    expect(topFriction(ranking([frictionRow('transfer', 0, null)]))).toBeNull();
    expect(topOpportunity(shifts([]))).toBeNull();
  });
});
