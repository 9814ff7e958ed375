export interface FilterBarSegment {
  attribute: string;
  value: string;
}

/**
 * What the bar edits. The same shape as `JourneyFilters` in
 * @journey-atlas/web/shared/data-access, declared here because a ui lib may not import a
 * data-access lib; TypeScript's structural typing lets a screen pass one for the other.
 */
export interface FilterBarValue {
  from: string | null;
  to: string | null;
  segments: FilterBarSegment[];
  intent: string | null;
  channel: string | null;
  team: string | null;
}

const LABELS: Record<string, string> = {
  region: 'Region',
  tier: 'Tier',
  valueBand: 'Value band',
  specialNeeds: 'Special needs',
};

/** "Value band" for `valueBand`; custom attributes as they are named. */
export function segmentLabel(attribute: string): string {
  return LABELS[attribute] ?? attribute;
}

/** The analytics API's pattern for `segment.<attr>` names (custom attributes included). */
export function isSegmentAttribute(name: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_]{0,62}$/.test(name);
}

/** The range is [from, to): an end on or before the start would select nothing. */
export function dateRangeError(from: string | null, to: string | null): string | null {
  if (from && to && to <= from) return 'The end date must be after the start date.';
  return null;
}

const same = (a: FilterBarSegment, b: FilterBarSegment) =>
  a.attribute === b.attribute && a.value === b.value;

/** Adds a segment value once; a second value of the same attribute widens the filter (OR). */
export function withSegment(filters: FilterBarValue, segment: FilterBarSegment): FilterBarValue {
  if (filters.segments.some((s) => same(s, segment))) return filters;
  return { ...filters, segments: [...filters.segments, segment] };
}

export function withoutSegment(filters: FilterBarValue, segment: FilterBarSegment): FilterBarValue {
  return { ...filters, segments: filters.segments.filter((s) => !same(s, segment)) };
}

export function activeCount(filters: FilterBarValue): number {
  const singles = [filters.from, filters.to, filters.intent, filters.channel, filters.team];
  return singles.filter(Boolean).length + filters.segments.length;
}
