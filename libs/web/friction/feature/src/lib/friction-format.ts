import type { FrictionGroupDto, FrictionImpactDto } from '@journey-atlas/shared/domain';
import { METRICS, isMetricName } from '@journey-atlas/shared/journey-rules';
import { formatMetricValue } from '@journey-atlas/web/overview/ui';

/** `failed_containment` -> "Failed containment". */
export function frictionTypeLabel(type: string): string {
  const words = type.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A hurt metric with vs without the friction, in the metric's unit. */
export function impactText(impact: FrictionImpactDto): string {
  const known = isMetricName(impact.metric) ? METRICS[impact.metric] : null;
  const label = known?.label ?? impact.metric;
  const unit = known?.unit ?? 'count';
  const withIt = formatMetricValue(impact.withFriction, unit);
  const without = formatMetricValue(impact.withoutFriction, unit);
  return `${label}: ${withIt} with vs ${without} without`;
}

export function costAddedText(costAdded: number | null): string {
  return costAdded === null ? '—' : formatMetricValue(costAdded, 'usd');
}

/** One breakdown entry, e.g. "phone: 3 journeys (4 events)"; the null group named for the dimension. */
export function groupText(group: FrictionGroupDto, groupBy: string): string {
  const name = group.group ?? `no ${groupBy}`;
  const journeys = `${group.journeysAffected} journey${group.journeysAffected === 1 ? '' : 's'}`;
  return `${name}: ${journeys} (${group.count} event${group.count === 1 ? '' : 's'})`;
}
