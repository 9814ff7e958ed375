import type { AnalyticsFilterDto } from '@journey-atlas/shared/domain';
import type { ResolvedFilter } from '../sql/filter.sql';

/** The filters as the server understood them, echoed in every answer. */
export function filterDto(filter: ResolvedFilter): AnalyticsFilterDto {
  return {
    workspace: filter.workspace,
    from: filter.fromAt?.toISOString() ?? null,
    to: filter.toAt?.toISOString() ?? null,
    intent: filter.intent,
    channel: filter.channel,
    team: filter.team,
    agent: filter.agent,
    segment: Object.fromEntries(filter.segment.map((s) => [s.attribute, s.values])),
  };
}
