import { HttpParams } from '@angular/common/http';
import {
  EMPTY_FILTERS,
  type JourneyFilters,
  activeFilterCount,
  fromQueryParams,
  isFilterParam,
  sameFilters,
  toApiParams,
  toQueryParams,
} from './filter-params';

const FULL: JourneyFilters = {
  from: '2026-10-01',
  to: '2026-11-01',
  segments: [
    { attribute: 'tier', value: 'gold' },
    { attribute: 'region', value: 'North' },
    { attribute: 'tier', value: 'platinum' },
  ],
  intent: 'router offline',
  channel: 'phone',
  team: 'Tier 2',
};

describe('filter query params', () => {
  it('writes only the filters that are set, with the API’s names', () => {
    expect(toQueryParams(EMPTY_FILTERS)).toEqual({});
    expect(toQueryParams(FULL)).toEqual({
      from: '2026-10-01',
      to: '2026-11-01',
      intent: 'router offline',
      channel: 'phone',
      team: 'Tier 2',
      'segment.region': 'North',
      'segment.tier': ['gold', 'platinum'],
    });
  });

  it('reads back what it wrote', () => {
    const back = fromQueryParams(toQueryParams(FULL));
    expect(sameFilters(back, FULL)).toBe(true);
    expect(back.segments).toEqual([
      { attribute: 'region', value: 'North' },
      { attribute: 'tier', value: 'gold' },
      { attribute: 'tier', value: 'platinum' },
    ]);
  });

  it('drops what could never be a valid filter', () => {
    expect(
      fromQueryParams({
        from: '2026-02-30',
        to: 'yesterday',
        intent: '   ',
        'segment.': 'x',
        'segment.a b': 'x',
        'segment.value-band': 'x',
        'segment.tier': ['gold', 'gold', ''],
        steps: '5',
      }),
    ).toEqual({ ...EMPTY_FILTERS, segments: [{ attribute: 'tier', value: 'gold' }] });
  });

  it('trims text and takes the first of repeated single values', () => {
    expect(fromQueryParams({ team: [' Billing ', 'Other'], channel: 'chat' })).toMatchObject({
      team: 'Billing',
      channel: 'chat',
    });
  });

  it('tells filter params from a screen’s own params', () => {
    expect(['from', 'to', 'intent', 'channel', 'team', 'segment.tier'].every(isFilterParam)).toBe(
      true,
    );
    expect(isFilterParam('steps')).toBe(false);
    expect(isFilterParam('minCount')).toBe(false);
  });

  it('counts active filters', () => {
    expect(activeFilterCount(EMPTY_FILTERS)).toBe(0);
    expect(activeFilterCount(FULL)).toBe(8);
  });
});

describe(toApiParams.name, () => {
  it('builds the analytics API query string, repeating segment attributes', () => {
    expect(toApiParams(FULL).toString()).toBe(
      'from=2026-10-01&to=2026-11-01&intent=router%20offline&channel=phone&team=Tier%202' +
        '&segment.region=North&segment.tier=gold&segment.tier=platinum',
    );
  });

  it('keeps a screen’s own params passed as the base', () => {
    const params = toApiParams(
      { ...EMPTY_FILTERS, channel: 'web' },
      new HttpParams().set('steps', 5).set('minCount', 10),
    );
    expect(params.toString()).toBe('steps=5&minCount=10&channel=web');
  });

  it('sends nothing for empty filters', () => {
    expect(toApiParams(EMPTY_FILTERS).keys()).toEqual([]);
  });
});
