import {
  FilterResolver,
  type ResolvedFilter,
  parseAnalyticsQuery,
} from '@journey-atlas/api/analytics';

/** A query in analytics-route form (`intent`, `segment.tier`, ...) checked and resolved. */
export function resolveFilter(
  resolver: FilterResolver,
  query: Record<string, unknown>,
): Promise<ResolvedFilter> {
  return resolver.resolve(parseAnalyticsQuery(query, []).filter);
}
