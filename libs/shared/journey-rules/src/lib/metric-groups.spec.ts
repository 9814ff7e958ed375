import { frictionEvents, journeys, settings, touchpoints } from '../testing/dataset';
import { computeMetricsByGroup, type MetricGroup } from './metric-groups';

const column = (
  groups: MetricGroup[],
  metric: 'contacts_per_journey' | 'transfer_rate' | 'conversations_per_agent',
) =>
  Object.fromEntries(
    groups.map((g) => [
      String(g.group),
      [g.metrics[metric].numerator, g.metrics[metric].denominator],
    ]),
  );

describe(computeMetricsByGroup.name, () => {
  it('counts a journey under every channel it touched and a contact under its own', () => {
    const groups = computeMetricsByGroup(journeys, touchpoints, frictionEvents, settings, {
      kind: 'channel',
    });
    expect(groups.map((g) => g.group)).toEqual(['app', 'chat', 'email', 'phone', 'web']);
    expect(column(groups, 'contacts_per_journey')).toEqual({
      app: [2, 1], // J3
      chat: [1, 1], // J2
      email: [2, 1], // J4
      phone: [5, 2], // J1, J4
      web: [5, 2], // J1, J3
    });
    expect(column(groups, 'transfer_rate')).toEqual({
      app: [0, 1],
      chat: [0, 1],
      email: [0, 1],
      phone: [1, 3],
      web: [0, 2],
    });
  });

  it('groups by a segment attribute, with a null group last', () => {
    const groups = computeMetricsByGroup(journeys, touchpoints, frictionEvents, settings, {
      kind: 'segment',
      attribute: 'tier',
    });
    expect(groups.map((g) => g.group)).toEqual(['gold', 'standard', null]);
    expect(column(groups, 'contacts_per_journey')).toEqual({
      gold: [4, 2],
      standard: [2, 1],
      null: [2, 1],
    });
  });

  it('puts journeys with no team step in the null group', () => {
    const groups = computeMetricsByGroup(journeys, touchpoints, frictionEvents, settings, {
      kind: 'team',
    });
    expect(column(groups, 'contacts_per_journey')).toEqual({
      alpha: [3, 1],
      beta: [1, 1],
      null: [4, 2],
    });
  });

  it('groups by agent and intent, after the filter', () => {
    const byAgent = computeMetricsByGroup(journeys, touchpoints, frictionEvents, settings, {
      kind: 'agent',
    });
    expect(column(byAgent, 'conversations_per_agent')).toEqual({
      x: [2, 1],
      y: [1, 1],
      z: [2, 1],
      null: [0, 0],
    });
    const byIntent = computeMetricsByGroup(
      journeys,
      touchpoints,
      frictionEvents,
      settings,
      { kind: 'intent' },
      { channel: 'phone' },
    );
    expect(column(byIntent, 'contacts_per_journey')).toEqual({ 'router offline': [5, 2] });
  });
});
