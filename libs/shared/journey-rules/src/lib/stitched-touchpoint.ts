import type {
  CustomerIdentifiers,
  Direction,
  InteractionType,
  Touchpoint,
} from '@journey-atlas/shared/domain';

/** A stitched customer's segment attributes (DESIGN.md "Customer"). */
export interface CustomerSegment {
  region?: string | null;
  tier?: string | null;
  valueBand?: string | null;
  specialNeeds?: string | null;
  attributes?: Record<string, unknown>;
}

/** The built-in segment attributes; any other name is looked up in `attributes`. */
export const SEGMENT_FIELDS = ['region', 'tier', 'valueBand', 'specialNeeds'] as const;
export type SegmentField = (typeof SEGMENT_FIELDS)[number];

/**
 * A touchpoint after validation (direction and interactionType defaulted) and identity
 * stitching (`customerId`). Segment attributes sit under `segment` so they cannot clash
 * with the touchpoint's own `attributes`.
 */
export interface StitchedTouchpoint
  extends Omit<Touchpoint, 'direction' | 'interactionType' | 'customer'> {
  direction: Direction;
  interactionType: InteractionType;
  customerId: string;
  /** Identifiers are not needed by the rules once stitched. */
  customer?: CustomerIdentifiers;
  segment?: CustomerSegment;
}

/**
 * The value of a segment attribute as text, or null when absent. Custom attributes
 * count only when they are strings, numbers or booleans (what `attributes->>name` gives
 * in Postgres for those).
 */
export function segmentValue(segment: CustomerSegment | undefined, name: string): string | null {
  if (!segment) return null;
  if ((SEGMENT_FIELDS as readonly string[]).includes(name)) {
    const value = segment[name as SegmentField];
    return value === undefined || value === null ? null : value;
  }
  const value = segment.attributes?.[name];
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/** True when every `attr: value` pair equals the segment's value. */
export function segmentMatches(
  segment: CustomerSegment | undefined,
  wanted: Readonly<Record<string, string>>,
): boolean {
  return Object.entries(wanted).every(([name, value]) => segmentValue(segment, name) === value);
}

/** Epoch milliseconds of `occurredAt`; throws on an unparsable timestamp. */
export function occurredAtMs(touchpoint: Pick<StitchedTouchpoint, 'id' | 'occurredAt'>): number {
  const ms = Date.parse(touchpoint.occurredAt);
  if (Number.isNaN(ms)) {
    throw new Error(
      `Touchpoint "${touchpoint.id}" has an invalid occurredAt "${touchpoint.occurredAt}"`,
    );
  }
  return ms;
}

/** Time order, ties broken by id (plain code-unit comparison, like `COLLATE "C"`). */
export function compareTouchpoints(a: StitchedTouchpoint, b: StitchedTouchpoint): number {
  const byTime = occurredAtMs(a) - occurredAtMs(b);
  if (byTime !== 0) return byTime;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
