/** OpenAPI examples of the journey routes (customer history, drill-down samples). */
const SUMMARY = {
  id: '1042',
  customerId: '6f1c2d0e-8a4b-4c1e-9a63-0c9f1c3e2b10',
  key: 'router offline',
  startedAt: '2026-11-23T10:00:00.000Z',
  endedAt: '2026-11-23T12:00:00.000Z',
  path: ['web', 'phone'],
  outcome: 'resolved',
  resolved: true,
  cost: 8.1,
  durationSeconds: 7200,
  friction: ['failed_containment', 'long_wait'],
};

const STEP = {
  index: 1,
  touchpointId: '1043',
  externalId: 'call-77',
  occurredAt: '2026-11-23T12:00:00.000Z',
  channel: 'phone',
  direction: 'inbound',
  assisted: true,
  outcome: 'resolved',
  agentId: 'a-17',
  team: 'tier1',
  waitSeconds: 95,
  handleSeconds: 420,
  cost: 8,
  friction: ['failed_containment', 'long_wait'],
};

export const CUSTOMER_JOURNEYS_EXAMPLE = {
  customerId: SUMMARY.customerId,
  journeys: [{ ...SUMMARY, steps: [STEP] }],
};

export const CUSTOMER_TIMELINE_EXAMPLE = {
  customerId: SUMMARY.customerId,
  touchpoints: [{ ...STEP, journeyId: SUMMARY.id, journeyKey: SUMMARY.key }],
};

export const JOURNEY_SAMPLE_EXAMPLE = {
  filter: {
    workspace: 'default',
    from: null,
    to: null,
    intent: null,
    channel: 'phone',
    team: null,
    agent: null,
    segment: {},
  },
  friction: 'long_wait',
  journeys: [SUMMARY],
};
