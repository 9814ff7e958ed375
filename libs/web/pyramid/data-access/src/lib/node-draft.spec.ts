import type { GoalNodeDto } from '@journey-atlas/shared/domain';
import {
  childLevel,
  createBody,
  draftFields,
  draftFromNode,
  emptyDraft,
  targetHint,
  targetInPercent,
} from './node-draft';

const NODE: GoalNodeDto = {
  id: 's1',
  level: 'strategic',
  parentId: 'g1',
  name: null,
  goalKind: null,
  metric: 'containment',
  target: 0.6,
  targetDate: '2027-06-30',
  role: null,
  metricKind: null,
  team: null,
  agent: null,
  channel: 'web',
  intent: null,
  createdAt: '2026-11-25T00:00:00.000Z',
  updatedAt: '2026-11-25T00:00:00.000Z',
};

describe(createBody.name, () => {
  it('sends a goal’s name and kind only', () => {
    const draft = { ...emptyDraft('goal', null), name: ' Cut cost ', target: '5', team: 'x' };
    expect(createBody(draft)).toEqual({
      level: 'goal',
      name: 'Cut cost',
      goalKind: 'cost_reduction',
    });
  });

  it('turns a rate target typed in percent into a fraction, and drops empty fields', () => {
    const draft = {
      ...emptyDraft('strategic', 'g1'),
      metric: 'fcr',
      target: '80',
      targetDate: '2027-06-30',
      channel: 'phone',
    };
    expect(createBody(draft)).toEqual({
      level: 'strategic',
      parentId: 'g1',
      metric: 'fcr',
      target: 0.8,
      targetDate: '2027-06-30',
      channel: 'phone',
    });
  });

  it('keeps seconds as typed and passes a non-number through for the API to name', () => {
    const draft = { ...emptyDraft('operational', 's1'), metric: 'aht', target: '360' };
    expect(createBody(draft).target).toBe(360);
    expect(createBody({ ...draft, target: 'soon' }).target).toBe('soon');
  });

  it('sends role and kind for team metrics, and no metric for a competency', () => {
    const draft = {
      ...emptyDraft('team', 'o1'),
      metricKind: 'qualitative' as const,
      name: 'Empathy',
      target: '3',
    };
    expect(createBody(draft)).toEqual({
      level: 'team',
      parentId: 'o1',
      name: 'Empathy',
      role: 'agent',
      metricKind: 'qualitative',
    });
  });
});

describe(draftFromNode.name, () => {
  it('shows rates in percent and round-trips to the same fields', () => {
    const draft = draftFromNode(NODE);
    expect(draft.target).toBe('60');
    expect(draftFields(draft)).toEqual({
      metric: 'containment',
      target: 0.6,
      targetDate: '2027-06-30',
      channel: 'web',
    });
  });
});

describe(targetHint.name, () => {
  it('names the unit and the better way', () => {
    expect(targetHint('aht')).toBe('seconds, lower is better');
    expect(targetHint('nps')).toBe('% (-100 to 100), higher is better');
    expect(targetInPercent('csat')).toBe(true);
    expect(targetInPercent('aht')).toBe(false);
    expect(childLevel('operational')).toBe('team');
    expect(childLevel('team')).toBeNull();
  });
});
