import {
  checkGoalNodeCreate,
  checkGoalNodeUpdate,
  parentLevel,
  targetRange,
} from './goal-node-input';

const PARENT = '6f1c2a0e-4a8e-4f55-9a3c-0d6a3b0b1a01';
const fields = (raw: unknown) => {
  const result = checkGoalNodeCreate(raw);
  return result.ok ? [] : result.errors.map((e) => e.field);
};

describe(checkGoalNodeCreate.name, () => {
  it('accepts a goal with a name and defaults its kind to other', () => {
    expect(checkGoalNodeCreate({ level: 'goal', name: '  Cut cost  ' })).toEqual({
      ok: true,
      value: expect.objectContaining({
        level: 'goal',
        parentId: null,
        name: 'Cut cost',
        goalKind: 'other',
        metric: null,
        metricKind: null,
      }),
    });
  });

  it('accepts a SMART strategic metric with a scope', () => {
    const result = checkGoalNodeCreate({
      level: 'strategic',
      parentId: PARENT,
      metric: 'fcr',
      target: 0.8,
      targetDate: '2027-06-30',
      channel: 'phone',
      team: 'North',
    });
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        parentId: PARENT,
        metric: 'fcr',
        target: 0.8,
        targetDate: '2027-06-30',
        channel: 'phone',
        team: 'North',
        agent: null,
      }),
    });
  });

  it('names every missing SMART field of a strategic metric', () => {
    expect(fields({ level: 'strategic', parentId: PARENT })).toEqual([
      'metric',
      'target',
      'targetDate',
    ]);
  });

  it('names the field and what is allowed for bad values', () => {
    const result = checkGoalNodeCreate({
      level: 'strategic',
      parentId: 'not-a-uuid',
      metric: 'happiness',
      target: '80%',
      targetDate: '2027-02-30',
      channel: 'pigeon',
    });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((e) => e.field)).toEqual([
      'parentId',
      'metric',
      'channel',
      'target',
      'targetDate',
    ]);
    expect(errors[1].message).toContain('allowed: fcr, containment');
    expect(errors[2].message).toContain('phone');
  });

  it('keeps rate targets to fractions and NPS to -1..1', () => {
    const strategic = (metric: string, target: number) => ({
      level: 'strategic',
      parentId: PARENT,
      metric,
      target,
      targetDate: '2027-01-01',
    });
    expect(fields(strategic('fcr', 80))).toEqual(['target']);
    expect(fields(strategic('nps', -0.2))).toEqual([]);
    expect(fields(strategic('aht', 360))).toEqual([]);
    expect(fields(strategic('aht', -1))).toEqual(['target']);
    expect(targetRange('nps')).toEqual({ min: -1, max: 1 });
  });

  it('rejects unknown fields and fields the level does not take', () => {
    expect(fields({ level: 'goal', name: 'x', colour: 'red' })).toEqual(['colour']);
    expect(fields({ level: 'goal', name: 'x', metric: 'fcr', parentId: PARENT })).toEqual([
      'parentId',
      'metric',
    ]);
    expect(
      fields({ level: 'operational', parentId: PARENT, metric: 'aht', role: 'agent' }),
    ).toEqual(['role']);
    expect(fields({ level: 'pyramid' })).toEqual(['level']);
    expect(fields({})).toEqual(['level']);
    expect(fields([1])).toEqual(['(body)']);
  });

  it('needs a role and a metric (quantitative) or a name (qualitative) for team metrics', () => {
    expect(fields({ level: 'team', parentId: PARENT })).toEqual(['role', 'metric']);
    expect(
      fields({ level: 'team', parentId: PARENT, role: 'agent', metricKind: 'qualitative' }),
    ).toEqual(['name']);
    expect(
      fields({
        level: 'team',
        parentId: PARENT,
        role: 'agent',
        metricKind: 'qualitative',
        name: 'Empathy',
        metric: 'aht',
      }),
    ).toEqual(['metric']);
    expect(
      fields({ level: 'team', parentId: PARENT, role: 'agent', metric: 'aht', agent: 'a-7' }),
    ).toEqual([]);
  });
});

describe(checkGoalNodeUpdate.name, () => {
  it('refuses to move a node or change its level', () => {
    const result = checkGoalNodeUpdate(
      { level: 'goal', parentId: PARENT, metric: 'fcr' },
      'operational',
    );
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['level', 'parentId']);
  });

  it('replaces every editable field, clearing the absent ones', () => {
    expect(checkGoalNodeUpdate({ metric: 'aht', target: 300 }, 'operational')).toEqual({
      ok: true,
      value: expect.objectContaining({ metric: 'aht', target: 300, targetDate: null, team: null }),
    });
  });
});

describe(parentLevel.name, () => {
  it('is the level above', () => {
    expect(
      ['goal', 'strategic', 'operational', 'team'].map((l) => parentLevel(l as never)),
    ).toEqual([null, 'goal', 'strategic', 'operational']);
  });
});
