export * from './lib/analytics.module';
export * from './lib/services/metrics.service';
export { FilterResolver } from './lib/services/filter-resolver.service';
export { parseAnalyticsQuery, type AnalyticsQuery } from './lib/filters/analytics-query';
export { badFilter } from './lib/filters/bad-filter';
export type { ResolvedFilter } from './lib/sql/filter.sql';
export { FrictionService } from './lib/services/friction.service';
export { JourneyMapService } from './lib/services/journey-map.service';
export { AnalyticsRequests } from './lib/services/analytics-requests.service';
