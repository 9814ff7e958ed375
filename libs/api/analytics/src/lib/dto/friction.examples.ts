/** OpenAPI example of `GET /api/v1/friction?groupBy=channel`. */
export const FRICTION_EXAMPLE = {
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
  groupBy: 'channel',
  journeys: 4,
  friction: [
    {
      type: 'failed_containment',
      rule: 'the first assisted step of a journey that began in self-service',
      hurts: ['containment'],
      count: 2,
      journeysAffected: 2,
      impacts: [{ metric: 'containment', withFriction: 0, withoutFriction: 1 }],
      costAdded: 15.9,
      groups: [{ group: 'phone', count: 2, journeysAffected: 2 }],
    },
  ],
};
