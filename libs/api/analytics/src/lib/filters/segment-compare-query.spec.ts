import { BadRequestException } from '@nestjs/common';
import { parseSegmentCompareQuery } from './segment-compare-query';

const EXTRAS = ['names', 'limit', 'format'];

function rejection(run: () => unknown): { parameter: string; allowed: string[]; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof BadRequestException) {
      return error.getResponse() as { parameter: string; allowed: string[]; message: string };
    }
    throw error;
  }
  throw new Error('expected a 400');
}

describe(parseSegmentCompareQuery.name, () => {
  it('gives each side its prefixed filters and both the unprefixed ones', () => {
    const { a, b, extras } = parseSegmentCompareQuery(
      {
        'a.segment.tier': 'gold',
        'b.segment.tier': ['standard', 'silver'],
        intent: 'router offline',
        from: '2026-11-01',
        workspace: 'acme',
        limit: '5',
      },
      EXTRAS,
    );
    expect(a).toMatchObject({
      workspace: 'acme',
      intent: 'router offline',
      from: { text: '2026-11-01', dateOnly: true },
      segment: [{ attribute: 'tier', values: ['gold'] }],
    });
    expect(b).toMatchObject({
      workspace: 'acme',
      intent: 'router offline',
      segment: [{ attribute: 'tier', values: ['standard', 'silver'] }],
    });
    expect([...extras]).toEqual([['limit', '5']]);
  });

  it('compares two periods', () => {
    const { a, b } = parseSegmentCompareQuery(
      {
        'a.from': '2026-10-01',
        'a.to': '2026-11-01',
        'b.from': '2026-11-01',
        'b.to': '2026-12-01',
      },
      EXTRAS,
    );
    expect([a.from?.text, a.to?.text, b.from?.text, b.to?.text]).toEqual([
      '2026-10-01',
      '2026-11-01',
      '2026-11-01',
      '2026-12-01',
    ]);
  });

  it('names a bad prefix or an unknown side filter and lists what is allowed', () => {
    const unknownPrefix = rejection(() =>
      parseSegmentCompareQuery({ 'c.segment.tier': 'gold' }, EXTRAS),
    );
    expect(unknownPrefix.parameter).toBe('c.segment.tier');
    expect(unknownPrefix.allowed).toEqual(
      expect.arrayContaining(['a.segment.<attribute>', 'b.from', 'names']),
    );
    expect(
      rejection(() => parseSegmentCompareQuery({ 'a.workspace': 'x' }, EXTRAS)).parameter,
    ).toBe('a.workspace');
    expect(rejection(() => parseSegmentCompareQuery({ 'a.limit': '3' }, EXTRAS)).parameter).toBe(
      'a.limit',
    );
  });

  it('names the side of a bad value', () => {
    const bad = rejection(() => parseSegmentCompareQuery({ 'b.channel': 'pigeon' }, EXTRAS));
    expect(bad.parameter).toBe('b.channel');
    expect(bad.message).toContain('"b.channel"');
    expect(bad.allowed).toContain('phone');
    expect(
      rejection(() => parseSegmentCompareQuery({ 'a.segment.ti-er': 'x' }, EXTRAS)).parameter,
    ).toBe('a.segment.ti-er');
    expect(
      rejection(() =>
        parseSegmentCompareQuery({ 'a.from': '2026-12-01', 'a.to': '2026-11-01' }, EXTRAS),
      ).parameter,
    ).toBe('a.to');
  });

  it('refuses one filter both unprefixed and on a side', () => {
    const both = rejection(() =>
      parseSegmentCompareQuery({ intent: 'billing', 'a.intent': 'refund' }, EXTRAS),
    );
    expect(both.parameter).toBe('a.intent');
  });

  it('names unprefixed bad filters as sent', () => {
    expect(rejection(() => parseSegmentCompareQuery({ colour: 'red' }, EXTRAS)).parameter).toBe(
      'colour',
    );
    expect(rejection(() => parseSegmentCompareQuery({ from: 'yesterday' }, EXTRAS)).parameter).toBe(
      'from',
    );
  });
});
