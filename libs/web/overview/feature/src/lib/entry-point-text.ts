import type { ChannelShiftOpportunityDto, FrictionRowDto } from '@journey-atlas/shared/domain';
import { FRICTION_TYPES, type FrictionType } from '@journey-atlas/shared/journey-rules';
import { formatMetricValue } from '@journey-atlas/web/overview/ui';

function count(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** Headline and detail of the top friction card. */
export function frictionText(row: FrictionRowDto): { title: string; detail: string } {
  const label = FRICTION_TYPES[row.type as FrictionType]?.label ?? row.type;
  const cost =
    row.costAdded !== null ? `, adding ${formatMetricValue(row.costAdded, 'usd')} in cost` : '';
  return {
    title: label,
    detail: `${count(row.count)} events in ${count(row.journeysAffected)} journeys${cost}.`,
  };
}

/** Headline and detail of the top channel-shift card. */
export function opportunityText(item: ChannelShiftOpportunityDto): {
  title: string;
  detail: string;
} {
  return {
    title: `Move “${item.intent}” to self-service`,
    detail:
      `${count(item.shiftableJourneysPerMonth)} assisted journeys a month could shift ` +
      `(self-service contains ${formatMetricValue(item.containmentRate, 'ratio')}), saving about ` +
      `${formatMetricValue(item.projectedMonthlySavings, 'usd')} a month.`,
  };
}
