import { HttpParams } from '@angular/common/http';
import type { Params } from '@angular/router';

/** One `segment.<attribute>=value` filter (issue 5): region, tier, valueBand, specialNeeds or custom. */
export interface SegmentFilter {
  attribute: string;
  value: string;
}

/**
 * The filter bar's state, shared by every analytics screen. Names follow the analytics API's
 * common filters exactly, so the URL, the state and the request say the same thing.
 */
export interface JourneyFilters {
  /** ISO date (yyyy-mm-dd), inclusive: journeys whose first step falls in [from, to). */
  from: string | null;
  /** ISO date (yyyy-mm-dd), exclusive. */
  to: string | null;
  segments: SegmentFilter[];
  intent: string | null;
  channel: string | null;
  team: string | null;
}

export const EMPTY_FILTERS: JourneyFilters = {
  from: null,
  to: null,
  segments: [],
  intent: null,
  channel: null,
  team: null,
};

export const SEGMENT_PREFIX = 'segment.';
const SINGLE_KEYS = ['from', 'to', 'intent', 'channel', 'team'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Attribute names the API takes as `segment.<attr>` (its custom-attribute pattern). */
const ATTRIBUTE = /^[A-Za-z][A-Za-z0-9_]{0,62}$/;

export function isSegmentAttribute(name: string): boolean {
  return ATTRIBUTE.test(name);
}

/** Whether a query parameter belongs to the filter bar (and so is replaced when it changes). */
export function isFilterParam(key: string): boolean {
  return (SINGLE_KEYS as readonly string[]).includes(key) || key.startsWith(SEGMENT_PREFIX);
}

function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function text(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first !== 'string') return null;
  const trimmed = first.trim();
  return trimmed === '' ? null : trimmed;
}

function values(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.trim())
    .filter(Boolean);
}

/** Reads filters from router query params; values that could never be valid are dropped. */
export function fromQueryParams(params: Params): JourneyFilters {
  const from = text(params['from']);
  const to = text(params['to']);
  const segments: SegmentFilter[] = [];
  const seen = new Set<string>();
  for (const key of Object.keys(params).sort()) {
    if (!key.startsWith(SEGMENT_PREFIX)) continue;
    const attribute = key.slice(SEGMENT_PREFIX.length);
    if (!isSegmentAttribute(attribute)) continue;
    for (const value of values(params[key])) {
      const id = `${attribute}\u0000${value}`;
      if (seen.has(id)) continue;
      seen.add(id);
      segments.push({ attribute, value });
    }
  }
  return {
    from: from && isDate(from) ? from : null,
    to: to && isDate(to) ? to : null,
    segments,
    intent: text(params['intent']),
    channel: text(params['channel']),
    team: text(params['team']),
  };
}

/** Groups segment values by attribute, attributes sorted, so equal filters give equal URLs. */
function segmentGroups(segments: SegmentFilter[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const { attribute, value } of [...segments].sort((a, b) =>
    a.attribute.localeCompare(b.attribute),
  )) {
    const trimmed = value.trim();
    if (!isSegmentAttribute(attribute) || trimmed === '') continue;
    const list = groups.get(attribute) ?? [];
    if (!list.includes(trimmed)) list.push(trimmed);
    groups.set(attribute, list);
  }
  return groups;
}

/** Query params for the filters: only those set; a repeated segment becomes an array. */
export function toQueryParams(filters: JourneyFilters): Params {
  const params: Params = {};
  for (const key of SINGLE_KEYS) {
    const value = filters[key]?.trim();
    if (value) params[key] = value;
  }
  for (const [attribute, list] of segmentGroups(filters.segments)) {
    params[`${SEGMENT_PREFIX}${attribute}`] = list.length === 1 ? list[0] : list;
  }
  return params;
}

/** The same filters as the analytics API's query string (`segment.<attr>` repeated). */
export function toApiParams(filters: JourneyFilters, base = new HttpParams()): HttpParams {
  let params = base;
  for (const [key, value] of Object.entries(toQueryParams(filters))) {
    for (const single of Array.isArray(value) ? value : [value]) {
      params = params.append(key, String(single));
    }
  }
  return params;
}

/** Equal when they would produce the same URL. */
export function sameFilters(a: JourneyFilters, b: JourneyFilters): boolean {
  return JSON.stringify(toQueryParams(a)) === JSON.stringify(toQueryParams(b));
}

/** How many filters are set, for a "3 filters" badge and "Clear all". */
export function activeFilterCount(filters: JourneyFilters): number {
  const singles = SINGLE_KEYS.filter((key) => filters[key]).length;
  return singles + [...segmentGroups(filters.segments).values()].flat().length;
}
