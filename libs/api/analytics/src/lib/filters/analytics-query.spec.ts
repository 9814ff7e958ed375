import { BadRequestException } from '@nestjs/common';
import { enumParam, intParam, parseAnalyticsQuery } from './analytics-query';
import { parseGroupBy } from './group-by';
import { parseMetricNames } from './metric-names';

function rejection(run: () => unknown): { parameter: string; allowed: string[] } {
  try {
    run();
  } catch (error) {
    if (error instanceof BadRequestException) {
      return error.getResponse() as { parameter: string; allowed: string[] };
    }
    throw error;
  }
  throw new Error('expected a 400');
}

describe(parseAnalyticsQuery.name, () => {
  it('splits common filters, segment conditions and route parameters', () => {
    const { filter, extras } = parseAnalyticsQuery(
      {
        from: '2026-11-01',
        to: '2026-11-15T12:00:00Z',
        channel: 'phone',
        'segment.tier': ['gold', 'gold', 'silver'],
        'segment.plan': 'fibre',
        workspace: 'acme',
        limit: '5',
      },
      ['limit'],
    );
    expect(filter).toEqual({
      workspace: 'acme',
      from: { text: '2026-11-01', dateOnly: true },
      to: { text: '2026-11-15T12:00:00Z', dateOnly: false },
      intent: null,
      channel: 'phone',
      team: null,
      agent: null,
      segment: [
        { attribute: 'plan', values: ['fibre'] },
        { attribute: 'tier', values: ['gold', 'silver'] },
      ],
    });
    expect([...extras]).toEqual([['limit', '5']]);
  });

  it.each([
    [{ colour: 'red' }, 'colour'],
    [{ channel: 'fax' }, 'channel'],
    [{ from: '2026-13-45' }, 'from'],
    [{ from: 'last week' }, 'from'],
    [{ from: '2026-11-02', to: '2026-11-01' }, 'to'],
    [{ intent: ['a', 'b'] }, 'intent'],
    [{ team: '  ' }, 'team'],
    [{ 'segment.drop table': 'x' }, 'segment.drop table'],
  ])('rejects %j naming %s', (query, parameter) => {
    expect(rejection(() => parseAnalyticsQuery(query)).parameter).toBe(parameter);
  });
});

describe(parseGroupBy.name, () => {
  it('accepts whitelisted dimensions and segment attributes only', () => {
    expect(parseGroupBy('team', ['channel', 'team'], true)).toEqual({ kind: 'team' });
    expect(parseGroupBy('segment.valueBand', ['channel'], true)).toEqual({
      kind: 'segment',
      attribute: 'valueBand',
    });
    expect(rejection(() => parseGroupBy('segment.tier', ['channel'], false)).allowed).toEqual([
      'channel',
    ]);
    expect(rejection(() => parseGroupBy('segment.a;b', ['channel'], true)).parameter).toBe(
      'groupBy',
    );
  });
});

describe('route parameters', () => {
  it('checks enums, whole numbers and metric names', () => {
    const extras = new Map([
      ['direction', 'up'],
      ['steps', '3'],
      ['limit', '2.5'],
    ]);
    expect(rejection(() => enumParam(extras, 'direction', ['before', 'after'])).allowed).toEqual([
      'before',
      'after',
    ]);
    expect(intParam(extras, 'steps', 1, 8, 5)).toBe(3);
    expect(intParam(extras, 'missing', 1, 8, 5)).toBe(5);
    expect(rejection(() => intParam(extras, 'limit', 1, 10, 5)).parameter).toBe('limit');
    expect(parseMetricNames('fcr, csat,fcr')).toEqual(['fcr', 'csat']);
    expect(rejection(() => parseMetricNames('fcr,speed')).parameter).toBe('names');
  });
});
