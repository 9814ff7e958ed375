import { frictionText, opportunityText } from './entry-point-text';

describe('entry point text', () => {
  it('names the top friction with its events and added cost', () => {
    expect(
      frictionText({
        type: 'failed_containment',
        rule: 'r',
        hurts: ['containment'],
        count: 1204,
        journeysAffected: 1100,
        impacts: [],
        costAdded: 9630.5,
      }),
    ).toEqual({
      title: 'Failed containment',
      detail: '1,204 events in 1,100 journeys, adding $9630.50 in cost.',
    });
  });

  it('names the intent to move, how much and what it saves', () => {
    const text = opportunityText({
      intent: 'billing',
      selfServiceJourneys: 10,
      containedJourneys: 8,
      containmentRate: 0.8,
      assistedJourneys: 50,
      assistedJourneysPerMonth: 50,
      shiftableJourneysPerMonth: 15,
      projectedMonthlySavings: 118.5,
      assumptions: {
        rateUsed: 0.3,
        cap: 0.3,
        periodDays: 30,
        meanAssistedCost: 8,
        meanSelfServiceCost: 0.1,
        comparableCustomers: 'all',
      },
    });
    expect(text.title).toBe('Move “billing” to self-service');
    expect(text.detail).toBe(
      '15 assisted journeys a month could shift (self-service contains 80%), saving about $118.50 a month.',
    );
  });
});
