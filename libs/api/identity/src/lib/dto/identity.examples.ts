import type {
  CustomerProfileDto,
  DataQualityIdentifiersDto,
  SplitResultDto,
} from '@journey-atlas/shared/domain';

/** OpenAPI examples of the customer and data-quality routes. */
export const CUSTOMER_PROFILE_EXAMPLE: CustomerProfileDto = {
  id: '6f1c2d0e-8a4b-4c1e-9a63-0c9f1c3e2b10',
  workspace: 'default',
  mergedIntoId: null,
  region: 'North',
  tier: 'Gold',
  valueBand: 'high',
  specialNeeds: null,
  attributes: { plan: 'fibre-500' },
  createdAt: '2026-03-01T10:22:00.000Z',
  identifiers: [
    { kind: 'email', masked: 'a***@x.com', mergeBlock: null },
    { kind: 'phone', masked: '+44*******018', mergeBlock: null },
  ],
  touchpointCount: 7,
  history: [
    {
      action: 'merge',
      at: '2026-03-02T08:00:00.000Z',
      otherCustomerId: '0b7e3f52-11d4-4f0a-8d0e-5a2c6a9e7d41',
      touchpoint: { source: 'genesys', id: 'c-1001' },
      identifier: { kind: 'phone', masked: '+44*******018' },
      movedTouchpoints: 3,
    },
  ],
};

export const SPLIT_RESULT_EXAMPLE: SplitResultDto = {
  customer: { ...CUSTOMER_PROFILE_EXAMPLE, touchpointCount: 4, history: [] },
  detachedTo: {
    ...CUSTOMER_PROFILE_EXAMPLE,
    id: '0b7e3f52-11d4-4f0a-8d0e-5a2c6a9e7d41',
    region: null,
    tier: null,
    valueBand: null,
    attributes: {},
    identifiers: [{ kind: 'phone', masked: '+44*******018', mergeBlock: 'split' }],
    touchpointCount: 3,
    history: [],
  },
};

export const DATA_QUALITY_IDENTIFIERS_EXAMPLE: DataQualityIdentifiersDto = {
  workspace: 'default',
  cap: 20,
  identifiers: [
    {
      kind: 'phone',
      masked: '+44*******000',
      customerId: '6f1c2d0e-8a4b-4c1e-9a63-0c9f1c3e2b10',
      linkedCustomers: 21,
      blockedAt: '2026-03-04T09:12:00.000Z',
    },
  ],
};
