import {
  BUILT_IN_SEGMENT_ATTRIBUTES,
  CUSTOM_SEGMENT_ATTRIBUTE_PATTERN,
  SEGMENT_FILTER_PREFIX,
} from '@journey-atlas/shared/domain';
import { badFilter } from './bad-filter';

export type PlainDimension = 'channel' | 'intent' | 'team' | 'agent' | 'queue';

/** What a route groups by; only these kinds ever reach the SQL builders. */
export type GroupDimension = { kind: PlainDimension } | { kind: 'segment'; attribute: string };

/** `groupBy` checked against the route's whitelist (`segment.<attr>` when allowed). */
export function parseGroupBy(
  raw: string | undefined,
  kinds: readonly PlainDimension[],
  allowSegment: boolean,
): GroupDimension | null {
  if (raw === undefined) return null;
  const allowed = [...kinds, ...(allowSegment ? [`${SEGMENT_FILTER_PREFIX}<attribute>`] : [])];
  if ((kinds as readonly string[]).includes(raw)) return { kind: raw as PlainDimension };
  if (allowSegment && raw.startsWith(SEGMENT_FILTER_PREFIX)) {
    const attribute = raw.slice(SEGMENT_FILTER_PREFIX.length);
    const builtIn = (BUILT_IN_SEGMENT_ATTRIBUTES as readonly string[]).includes(attribute);
    if (builtIn || CUSTOM_SEGMENT_ATTRIBUTE_PATTERN.test(attribute)) {
      return { kind: 'segment', attribute };
    }
  }
  return badFilter('groupBy', `has unknown value "${raw}"`, allowed);
}

export function groupByName(dimension: GroupDimension | null): string | null {
  if (dimension === null) return null;
  return dimension.kind === 'segment'
    ? `${SEGMENT_FILTER_PREFIX}${dimension.attribute}`
    : dimension.kind;
}
