/** OpenAPI examples of the metrics routes (shapes from shared/domain analytics.ts). */
export const CATALOG_EXAMPLE = [
  {
    name: 'fcr',
    label: 'First contact resolution',
    formula:
      '(journeys whose first assisted step is resolved and is the last step) / (journeys with at least one assisted step)',
    numerator: 'journeys whose first assisted step is resolved and is the last step',
    denominator: 'journeys with at least one assisted step',
    unit: 'ratio',
    betterWhen: 'higher',
    grain: 'journey',
  },
];

const FCR = {
  name: 'fcr',
  label: 'First contact resolution',
  unit: 'ratio',
  betterWhen: 'higher',
  value: 0.5,
  numerator: 2,
  denominator: 4,
  previous: { value: 0.25, numerator: 1, denominator: 4 },
  change: 0.25,
  direction: 'up',
  improved: true,
};

export const METRICS_EXAMPLE = {
  filter: {
    workspace: 'default',
    from: '2026-11-23T00:00:00.000Z',
    to: '2026-11-30T00:00:00.000Z',
    intent: null,
    channel: null,
    team: null,
    agent: null,
    segment: { tier: ['gold'] },
  },
  previousFrom: '2026-11-16T00:00:00.000Z',
  previousTo: '2026-11-23T00:00:00.000Z',
  groupBy: 'channel',
  period: null,
  journeys: 5,
  journeySource: 'rollup',
  metrics: [{ ...FCR, groups: [{ group: 'phone', ...FCR }] }],
};
