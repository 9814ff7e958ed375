import { Injectable } from '@nestjs/common';
import { type ParsedQuery, enumParam, parseAnalyticsQuery } from '../filters/analytics-query';
import type { ResolvedFilter } from '../sql/filter.sql';
import { FilterResolver } from './filter-resolver.service';

export const EXPORT_FORMATS = ['json', 'csv'] as const;

export interface AnalyticsRequest {
  filter: ResolvedFilter;
  extras: ParsedQuery['extras'];
}

/** The one place where a route's query becomes checked, resolved filters. */
@Injectable()
export class AnalyticsRequests {
  constructor(private readonly resolver: FilterResolver) {}

  /** `format` (json or csv) is checked here for every route that lists it among its extras. */
  async parse(
    query: Record<string, unknown>,
    extras: readonly string[],
  ): Promise<AnalyticsRequest> {
    const parsed = parseAnalyticsQuery(query, extras);
    enumParam(parsed.extras, 'format', EXPORT_FORMATS);
    return { filter: await this.resolver.resolve(parsed.filter), extras: parsed.extras };
  }
}
