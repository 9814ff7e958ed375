/** OpenAPI examples of `/api/v1/alerts` and `/api/v1/live`. */

export const CREATE_TRANSITION_RULE_EXAMPLE = {
  name: 'Web → phone escalations for router offline',
  kind: 'transition_baseline',
  fromChannel: 'web',
  toChannel: 'phone',
  intent: 'router offline',
  windowWeeks: 4,
  sigma: 3,
  granularity: 'week',
};

export const CREATE_METRIC_RULE_EXAMPLE = {
  name: 'Containment below 40%',
  kind: 'metric_threshold',
  metric: 'containment',
  comparison: 'below',
  value: 0.4,
  windowDays: 7,
  filters: { intent: 'router offline' },
};

export const FIRING_EXAMPLE = {
  id: '17',
  ruleId: '0b6f8a2e-6c1d-4c43-9a57-1f1e0d7f9c11',
  ruleName: 'Web → phone escalations for router offline',
  value: 42,
  baselineMean: 12.5,
  baselineSd: 3.1,
  threshold: 21.8,
  message: 'web → phone for "router offline": 42 this week, above 21.8 (baseline 12.5 ± 3.1, 3σ)',
  firedAt: '2026-11-25T12:00:03.000Z',
};

export const RULE_EXAMPLE = {
  id: '0b6f8a2e-6c1d-4c43-9a57-1f1e0d7f9c11',
  name: 'Web → phone escalations for router offline',
  condition: {
    kind: 'transition_baseline',
    fromChannel: 'web',
    toChannel: 'phone',
    intent: 'router offline',
    windowWeeks: 4,
    sigma: 3,
    granularity: 'week',
  },
  createdAt: '2026-11-20T09:00:00.000Z',
  firingCount: 1,
  recentFirings: [FIRING_EXAMPLE],
};

export const LIVE_EXAMPLE = [
  'event: heartbeat',
  'data: {"at":"2026-11-25T12:00:00.000Z"}',
  '',
  'event: touchpoints',
  'data: {"workspace":"default","at":"2026-11-25T12:00:00.000Z","minutes":[{"minute":"2026-11-25T11:51:00.000Z","total":3,"byChannel":{"phone":1,"web":2}}]}',
  '',
  'event: alert',
  `data: ${JSON.stringify(FIRING_EXAMPLE)}`,
  '',
  'event: metrics',
  'data: {"workspace":"default","at":"2026-11-25T12:00:04.000Z","build":"incremental","journeys":812,"metrics":[{"name":"containment","label":"Containment rate","unit":"ratio","value":0.38,"change":-0.04,"direction":"down","improved":false}]}',
  '',
].join('\n');
