import type { ChannelShiftLeakDto, ChannelShiftsDto } from '@journey-atlas/shared/domain';

const leak = (
  intent: string,
  fromChannel: string,
  toChannel: string,
  journeys: number,
  excessJourneys: number | null = null,
): ChannelShiftLeakDto => ({
  intent,
  fromChannel,
  toChannel,
  journeys,
  share: 0.5,
  assistedCost: journeys * 8,
  resolvedByAssistedRate: 0.75,
  baselineShare: excessJourneys === null ? null : 0.2,
  excessJourneys,
});

/** Hand-written: web -> phone leaks in two intents, app -> chat and web -> chat in one each. */
export const SHIFTS: ChannelShiftsDto = {
  filter: {
    workspace: 'default',
    from: null,
    to: null,
    intent: null,
    channel: null,
    team: null,
    agent: null,
    segment: {},
  },
  leaks: [
    leak('plan-change', 'web', 'phone', 40, 12.5),
    leak('billing', 'web', 'phone', 10, -2),
    leak('router offline', 'app', 'chat', 7),
    leak('billing', 'web', 'chat', 3, 1),
  ],
  opportunities: [
    {
      intent: 'password-reset',
      selfServiceJourneys: 900,
      containedJourneys: 720,
      containmentRate: 0.8,
      assistedJourneys: 300,
      assistedJourneysPerMonth: 300,
      shiftableJourneysPerMonth: 90,
      projectedMonthlySavings: 711,
      assumptions: {
        rateUsed: 0.3,
        cap: 0.3,
        periodDays: 30,
        meanAssistedCost: 8,
        meanSelfServiceCost: 0.1,
        comparableCustomers: 'all customers matching the filters',
      },
    },
  ],
  assumptions: {
    minContainment: 0.5,
    minJourneys: 20,
    cap: 0.3,
    capRange: [0.2, 0.4],
    periodDays: 30,
    periodFrom: '2026-11-01T00:00:00.000Z',
    periodTo: '2026-12-01T00:00:00.000Z',
    daysPerMonth: 30,
    comparableCustomers: 'all customers matching the filters',
    notes: ['Leak: the first assisted step of a journey that began in self-service.'],
  },
};
