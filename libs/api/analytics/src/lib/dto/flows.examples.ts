/** OpenAPI examples of the flow routes (journey map, paths). */
const FILTER = {
  workspace: 'default',
  from: '2026-11-01T00:00:00.000Z',
  to: '2026-12-01T00:00:00.000Z',
  intent: 'router offline',
  channel: null,
  team: null,
  agent: null,
  segment: {},
};

export const JOURNEY_MAP_EXAMPLE = {
  filter: FILTER,
  nodes: [
    { id: 's0:web', step: 0, channel: 'web', count: 3 },
    { id: 's0:phone', step: 0, channel: 'phone', count: 1 },
    { id: 's1:phone', step: 1, channel: 'phone', count: 2 },
    { id: 'exit:resolved', step: 2, channel: 'resolved', count: 3 },
    { id: 'exit:unresolved', step: 2, channel: 'unresolved', count: 1 },
  ],
  links: [
    {
      source: 's0:web',
      target: 's1:phone',
      count: 2,
      frictionRate: 1,
      medianGapHours: 2,
      dropOff: 0.3333,
    },
    {
      source: 's0:web',
      target: 'exit:resolved',
      count: 1,
      frictionRate: 0,
      medianGapHours: null,
      dropOff: 0.3333,
    },
    {
      source: 's0:phone',
      target: 'exit:resolved',
      count: 1,
      frictionRate: 0,
      medianGapHours: null,
      dropOff: 1,
    },
    {
      source: 's1:phone',
      target: 'exit:resolved',
      count: 1,
      frictionRate: 0,
      medianGapHours: null,
      dropOff: 1,
    },
    {
      source: 's1:phone',
      target: 'exit:unresolved',
      count: 1,
      frictionRate: 1,
      medianGapHours: null,
      dropOff: 1,
    },
  ],
  totals: { journeys: 4, resolved: 3, unresolved: 1, truncated: 0, folded: 0, minCount: 1 },
};

export const PATHS_EXAMPLE = {
  filter: FILTER,
  journeys: 4,
  paths: [
    {
      path: ['web', 'phone'],
      count: 2,
      share: 0.5,
      resolutionRate: 0.5,
      meanCost: 8.1,
      meanDurationSeconds: 7200,
    },
    {
      path: ['web'],
      count: 1,
      share: 0.25,
      resolutionRate: 1,
      meanCost: 0.1,
      meanDurationSeconds: 0,
    },
  ],
};
