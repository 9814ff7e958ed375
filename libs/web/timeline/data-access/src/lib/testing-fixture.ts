import type {
  CustomerProfileDto,
  CustomerTimelineDto,
  TimelineEntryDto,
} from '@journey-atlas/shared/domain';

/** A hand-written customer: two journeys, web -> phone (with friction) and one email. */
export const CUSTOMER_ID = '6f1c2d0e-8a4b-4c1e-9a63-0c9f1c3e2b10';

const STEP: Omit<
  TimelineEntryDto,
  'index' | 'touchpointId' | 'externalId' | 'occurredAt' | 'channel'
> = {
  journeyId: '1042',
  journeyKey: 'router offline',
  direction: 'inbound',
  assisted: false,
  outcome: null,
  agentId: null,
  team: null,
  waitSeconds: null,
  handleSeconds: null,
  cost: 0.1,
  friction: [],
};

export const TIMELINE: CustomerTimelineDto = {
  customerId: CUSTOMER_ID,
  touchpoints: [
    {
      ...STEP,
      index: 0,
      touchpointId: '1',
      externalId: 'web-1',
      occurredAt: '2026-11-23T10:00:00.000Z',
      channel: 'web',
      outcome: 'unresolved',
    },
    {
      ...STEP,
      index: 1,
      touchpointId: '2',
      externalId: 'call-77',
      occurredAt: '2026-11-23T12:00:00.000Z',
      channel: 'phone',
      assisted: true,
      outcome: 'resolved',
      agentId: 'a-17',
      team: 'tier1',
      waitSeconds: 95,
      handleSeconds: 420,
      cost: 8,
      friction: ['failed_containment', 'long_wait'],
    },
    {
      ...STEP,
      journeyId: '1043',
      journeyKey: 'billing, "late fee"',
      index: 0,
      touchpointId: '3',
      externalId: 'mail-5',
      occurredAt: '2026-11-25T09:00:00.000Z',
      channel: 'email',
      assisted: true,
      outcome: 'resolved',
      cost: 4,
    },
  ],
};

export const PROFILE: CustomerProfileDto = {
  id: CUSTOMER_ID,
  workspace: 'default',
  mergedIntoId: null,
  region: 'North',
  tier: 'Gold',
  valueBand: null,
  specialNeeds: null,
  attributes: {},
  createdAt: '2026-11-20T08:00:00.000Z',
  identifiers: [{ kind: 'email', masked: 'a***@x.com', mergeBlock: null }],
  touchpointCount: 3,
  history: [],
};
