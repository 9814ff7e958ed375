import type { ResolvedFilter } from '../sql/filter.sql';
import { channelShiftIntentsSql, channelShiftLeaksSql } from '../sql/channel-shifts.sql';
import {
  type IntentCounts,
  type OpportunityOptions,
  leakBaselines,
  periodDays,
  projectOpportunity,
  rankOpportunities,
} from './channel-shift-savings';

const options: OpportunityOptions = {
  minContainment: 0.5,
  minJourneys: 20,
  cap: 0.3,
  periodDays: 60,
  comparableCustomers: 'all customers matching the filters',
};

const counts = (over: Partial<IntentCounts> = {}): IntentCounts => ({
  intent: 'password-reset',
  selfServiceJourneys: 100,
  containedJourneys: 80,
  assistedJourneys: 200,
  meanAssistedCost: 8.1,
  meanSelfServiceCost: 0.1,
  ...over,
});

describe('channel-shift savings', () => {
  it('projects assisted-begun per 30 days x min(containment, cap) x cost difference', () => {
    // 200 in 60 days = 100 a month; containment 0.8 capped at 0.3 -> 30 shiftable; 30 x 8 = 240.
    expect(projectOpportunity(counts(), options)).toEqual({
      intent: 'password-reset',
      selfServiceJourneys: 100,
      containedJourneys: 80,
      containmentRate: 0.8,
      assistedJourneys: 200,
      assistedJourneysPerMonth: 100,
      shiftableJourneysPerMonth: 30,
      projectedMonthlySavings: 240,
      assumptions: {
        rateUsed: 0.3,
        cap: 0.3,
        periodDays: 60,
        meanAssistedCost: 8.1,
        meanSelfServiceCost: 0.1,
        comparableCustomers: 'all customers matching the filters',
      },
    });
  });

  it('uses the containment rate itself when it is under the cap', () => {
    const low = projectOpportunity(counts({ containedJourneys: 25 }), {
      ...options,
      minContainment: 0.2,
    });
    expect(low?.assumptions.rateUsed).toBe(0.25);
    expect(low?.projectedMonthlySavings).toBeCloseTo(100 * 0.25 * 8, 10);
  });

  it('leaves out intents that are no opportunity', () => {
    expect(
      projectOpportunity(counts({ selfServiceJourneys: 19, containedJourneys: 19 }), options),
    ).toBeNull();
    expect(projectOpportunity(counts({ containedJourneys: 49 }), options)).toBeNull();
    expect(projectOpportunity(counts({ containedJourneys: 50 }), options)).not.toBeNull();
    expect(
      projectOpportunity(counts({ assistedJourneys: 0, meanAssistedCost: null }), options),
    ).toBeNull();
    expect(projectOpportunity(counts({ meanAssistedCost: 0.1 }), options)).toBeNull();
    expect(
      projectOpportunity(counts({ containedJourneys: 0, meanSelfServiceCost: null }), {
        ...options,
        minContainment: 0,
      }),
    ).toBeNull();
  });

  it('ranks by projected monthly savings, then intent', () => {
    const ranked = rankOpportunities(
      [
        counts({ intent: 'b', assistedJourneys: 100 }),
        counts({ intent: 'a', assistedJourneys: 100 }),
        counts({ intent: 'c', assistedJourneys: 300 }),
        counts({ intent: 'd', containedJourneys: 10 }),
      ],
      options,
    );
    expect(ranked.map((o) => `${o.intent}=${o.projectedMonthlySavings}`)).toEqual([
      'c=360',
      'a=120',
      'b=120',
    ]);
  });

  it('compares each leak with the same channel pair in the other intents', () => {
    const leak = (intent: string, fromChannel: string, journeys: number, began: number) => ({
      intent,
      fromChannel,
      toChannel: 'phone',
      journeys,
      beganInSelfService: began,
    });
    const began = new Map([
      ['plan', 100],
      ['bill', 200],
      ['quiet', 100],
    ]);
    // web>phone elsewhere: 20 of 300 -> plan expects 6.67 of its 100, leaks 60.
    expect(
      leakBaselines([leak('plan', 'web', 60, 100), leak('bill', 'web', 20, 200)], began),
    ).toEqual([
      { baselineShare: 20 / 300, excessJourneys: 60 - (20 / 300) * 100 },
      { baselineShare: 60 / 200, excessJourneys: 20 - (60 / 200) * 200 },
    ]);
    expect(leakBaselines([leak('only', 'web', 5, 10)], new Map([['only', 10]]))).toEqual([
      { baselineShare: null, excessJourneys: null },
    ]);
  });

  it('measures the period in days, at least one', () => {
    expect(periodDays(new Date('2026-11-01T00:00:00Z'), new Date('2026-11-15T12:00:00Z'))).toBe(
      14.5,
    );
    expect(periodDays(new Date('2026-11-01T00:00:00Z'), new Date('2026-11-01T00:00:00Z'))).toBe(1);
    expect(periodDays(null, new Date())).toBe(0);
  });

  it('keeps user text out of the SQL text', () => {
    const evil = "x'); DROP TABLE journey; --";
    const filter: ResolvedFilter = {
      workspace: evil,
      workspaceId: evil,
      timeZone: evil,
      from: null,
      to: null,
      fromAt: new Date('2026-11-01T00:00:00Z'),
      toAt: new Date('2026-11-08T00:00:00Z'),
      previousFromAt: null,
      intent: evil,
      channel: 'web',
      team: evil,
      agent: evil,
      segment: [
        { attribute: 'tier', values: [evil] },
        { attribute: 'plan', values: [evil] },
      ],
    };
    for (const statement of [channelShiftLeaksSql(filter), channelShiftIntentsSql(filter)]) {
      expect(statement.text).not.toContain('DROP');
      expect(statement.values).toContain(evil);
    }
  });
});
