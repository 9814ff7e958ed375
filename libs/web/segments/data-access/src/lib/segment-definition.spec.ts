import { EMPTY_FILTERS, type JourneyFilters } from '@journey-atlas/web/shared/data-access';
import {
  EMPTY_DEFINITION,
  compareApiParams,
  definitionFromParams,
  isDefined,
  isSideParam,
  sideApiParams,
  sideFilters,
  sidePatch,
  sidesFromParams,
} from './segment-definition';

const gold = { ...EMPTY_DEFINITION, attribute: 'tier', value: 'gold' };
const standard = { ...EMPTY_DEFINITION, attribute: 'tier', value: 'standard' };

describe(definitionFromParams.name, () => {
  it('reads each side from its prefixed params', () => {
    const sides = sidesFromParams({
      'a.segment.tier': 'gold',
      'b.segment.region': ['north', 'south'],
      'b.from': '2026-11-01',
      'b.to': '2026-12-01',
      intent: 'billing',
    });
    expect(sides.a).toEqual(gold);
    expect(sides.b).toEqual({
      attribute: 'region',
      value: 'north',
      from: '2026-11-01',
      to: '2026-12-01',
    });
  });

  it('drops what could never be valid', () => {
    expect(
      definitionFromParams(
        { 'a.segment.ti-er': 'gold', 'a.segment.tier': '  ', 'a.from': '2026-02-30' },
        'a',
      ),
    ).toEqual(EMPTY_DEFINITION);
  });

  it('knows side params and defined sides', () => {
    expect(['a.from', 'b.segment.tier', 'from', 'about'].map(isSideParam)).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(isDefined(EMPTY_DEFINITION)).toBe(false);
    expect(isDefined({ ...EMPTY_DEFINITION, attribute: 'tier' })).toBe(false);
    expect(isDefined(gold)).toBe(true);
    expect(isDefined({ ...EMPTY_DEFINITION, from: '2026-11-01' })).toBe(true);
  });
});

describe(sidePatch.name, () => {
  it('replaces the side’s keys and leaves the other side alone', () => {
    const current = {
      'a.segment.tier': 'gold',
      'a.to': '2026-12-01',
      'b.segment.tier': 'standard',
    };
    expect(
      sidePatch(current, 'a', { ...EMPTY_DEFINITION, attribute: 'region', value: ' north ' }),
    ).toEqual({
      'a.segment.tier': null,
      'a.to': null,
      'a.segment.region': 'north',
    });
    expect(sidePatch(current, 'b', EMPTY_DEFINITION)).toEqual({ 'b.segment.tier': null });
  });
});

describe(sideFilters.name, () => {
  const common: JourneyFilters = {
    ...EMPTY_FILTERS,
    from: '2026-10-01',
    to: '2026-11-01',
    intent: 'billing',
    segments: [
      { attribute: 'tier', value: 'silver' },
      { attribute: 'region', value: 'north' },
    ],
  };

  it('puts the side’s segment in place of the same attribute and its period in place of the bar’s', () => {
    expect(sideFilters(common, { ...gold, from: '2026-11-01', to: null })).toEqual({
      ...common,
      from: '2026-11-01',
      to: null,
      segments: [
        { attribute: 'region', value: 'north' },
        { attribute: 'tier', value: 'gold' },
      ],
    });
    expect(sideFilters(common, EMPTY_DEFINITION)).toEqual(common);
  });

  it('builds the journey-map and compare params', () => {
    expect(sideApiParams(common, gold).toString()).toBe(
      'from=2026-10-01&to=2026-11-01&intent=billing&segment.region=north&segment.tier=gold',
    );
    expect(
      compareApiParams(
        { ...EMPTY_FILTERS, intent: 'billing' },
        { a: gold, b: standard },
      ).toString(),
    ).toBe('a.intent=billing&a.segment.tier=gold&b.intent=billing&b.segment.tier=standard');
  });
});
