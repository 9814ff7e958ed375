import type { GoalNodeDto, GoalTreeDto } from '@journey-atlas/shared/domain';

const AT = '2026-11-25T12:00:00.000Z';
const EMPTY_SCOPE = { team: null, agent: null, channel: null, intent: null };

export const GOAL_EXAMPLE: GoalNodeDto = {
  id: '6f1c2a0e-4a8e-4f55-9a3c-0d6a3b0b1a01',
  level: 'goal',
  parentId: null,
  name: 'Cut cost to serve',
  goalKind: 'cost_reduction',
  metric: null,
  target: null,
  targetDate: null,
  role: null,
  metricKind: null,
  ...EMPTY_SCOPE,
  createdAt: AT,
  updatedAt: AT,
};

export const STRATEGIC_EXAMPLE: GoalNodeDto = {
  ...GOAL_EXAMPLE,
  id: '6f1c2a0e-4a8e-4f55-9a3c-0d6a3b0b1a02',
  level: 'strategic',
  parentId: GOAL_EXAMPLE.id,
  name: null,
  goalKind: null,
  metric: 'containment',
  target: 0.6,
  targetDate: '2027-06-30',
};

export const CREATE_EXAMPLES = {
  goal: { value: { level: 'goal', name: 'Cut cost to serve', goalKind: 'cost_reduction' } },
  strategic: {
    value: {
      level: 'strategic',
      parentId: GOAL_EXAMPLE.id,
      metric: 'containment',
      target: 0.6,
      targetDate: '2027-06-30',
    },
  },
  operational: {
    value: {
      level: 'operational',
      parentId: STRATEGIC_EXAMPLE.id,
      metric: 'fcr',
      target: 0.75,
      channel: 'chatbot',
    },
  },
  team: {
    value: {
      level: 'team',
      parentId: '<operational id>',
      role: 'agent',
      metric: 'aht',
      target: 360,
      team: 'North',
    },
  },
  qualitative: {
    value: {
      level: 'team',
      parentId: '<operational id>',
      role: 'agent',
      metricKind: 'qualitative',
      name: 'Explains self-service options',
    },
  },
};

export const TREE_EXAMPLE: GoalTreeDto = {
  workspace: 'default',
  from: '2026-10-27T00:00:00.000Z',
  to: '2026-11-26T00:00:00.000Z',
  previousFrom: '2026-09-27T00:00:00.000Z',
  previousTo: '2026-10-27T00:00:00.000Z',
  goals: [
    {
      ...GOAL_EXAMPLE,
      label: 'Cut cost to serve',
      unit: null,
      betterWhen: null,
      actual: null,
      status: 'off_track',
      warnings: [],
      children: [
        {
          ...STRATEGIC_EXAMPLE,
          label: 'Containment rate',
          unit: 'ratio',
          betterWhen: 'higher',
          actual: {
            value: 0.52,
            numerator: 520,
            denominator: 1000,
            previous: { value: 0.5, numerator: 480, denominator: 960 },
            change: 0.02,
            direction: 'up',
            improved: true,
          },
          status: 'off_track',
          warnings: [
            {
              code: 'too_few_operational',
              severity: 'hint',
              nodeId: STRATEGIC_EXAMPLE.id,
              count: 0,
              limit: 5,
              message:
                'Strategic metric containment has 0 operational metrics; 5 to 7 are advised.',
            },
          ],
          children: [],
        },
      ],
    },
  ],
  warnings: [
    {
      code: 'too_few_operational',
      severity: 'hint',
      nodeId: STRATEGIC_EXAMPLE.id,
      count: 0,
      limit: 5,
      message: 'Strategic metric containment has 0 operational metrics; 5 to 7 are advised.',
    },
  ],
};
