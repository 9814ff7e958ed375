import { BadRequestException } from '@nestjs/common';
import { parseAlertRule } from './parse-alert-rule';

function problem(body: unknown): { message: string; field: string } {
  try {
    parseAlertRule(body);
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequestException);
    return (error as BadRequestException).getResponse() as { message: string; field: string };
  }
  throw new Error('expected a 400');
}

describe(parseAlertRule.name, () => {
  it('fills in the defaults of a transition baseline rule', () => {
    expect(
      parseAlertRule({
        name: ' Web to phone ',
        kind: 'transition_baseline',
        fromChannel: 'web',
        toChannel: 'phone',
      }),
    ).toEqual({
      name: 'Web to phone',
      condition: {
        kind: 'transition_baseline',
        fromChannel: 'web',
        toChannel: 'phone',
        intent: null,
        windowWeeks: 4,
        sigma: 3,
        granularity: 'week',
      },
    });
  });

  it('keeps a metric threshold rule with its filters', () => {
    expect(
      parseAlertRule({
        name: 'Containment',
        kind: 'metric_threshold',
        metric: 'containment',
        comparison: 'below',
        value: 0.4,
        filters: { intent: 'router offline', 'segment.tier': 'gold' },
      }),
    ).toEqual({
      name: 'Containment',
      condition: {
        kind: 'metric_threshold',
        metric: 'containment',
        comparison: 'below',
        value: 0.4,
        windowDays: 7,
        filters: { intent: 'router offline', 'segment.tier': 'gold' },
      },
    });
  });

  it('names the field and what is allowed', () => {
    expect(problem(null).field).toBe('body');
    expect(problem({ name: 'x' })).toMatchObject({
      field: 'kind',
      message: expect.stringContaining('metric_threshold, transition_baseline'),
    });
    expect(
      problem({
        name: 'x',
        kind: 'metric_threshold',
        metric: 'happiness',
        comparison: 'above',
        value: 1,
      }),
    ).toMatchObject({ field: 'metric', message: expect.stringContaining('containment') });
    expect(
      problem({ name: 'x', kind: 'metric_threshold', metric: 'fcr', comparison: 'over', value: 1 })
        .field,
    ).toBe('comparison');
    expect(
      problem({
        name: 'x',
        kind: 'metric_threshold',
        metric: 'fcr',
        comparison: 'above',
        value: '1',
      }).field,
    ).toBe('value');
    expect(
      problem({
        name: 'x',
        kind: 'metric_threshold',
        metric: 'fcr',
        comparison: 'above',
        value: 1,
        filters: { from: '2026-01-01' },
      }).field,
    ).toBe('filters.from');
    expect(
      problem({ name: 'x', kind: 'transition_baseline', fromChannel: 'fax', toChannel: 'phone' }),
    ).toMatchObject({ field: 'fromChannel', message: expect.stringContaining('phone') });
    expect(
      problem({
        name: 'x',
        kind: 'transition_baseline',
        fromChannel: 'web',
        toChannel: 'phone',
        sigma: -1,
      }).field,
    ).toBe('sigma');
    expect(
      problem({
        name: 'x',
        kind: 'transition_baseline',
        fromChannel: 'web',
        toChannel: 'phone',
        windowWeeks: 1.5,
      }).field,
    ).toBe('windowWeeks');
    expect(
      problem({
        name: 'x',
        kind: 'transition_baseline',
        fromChannel: 'web',
        toChannel: 'phone',
        metric: 'fcr',
      }).field,
    ).toBe('metric');
    expect(
      problem({ kind: 'transition_baseline', fromChannel: 'web', toChannel: 'phone' }).field,
    ).toBe('name');
  });
});
