import { METRIC_NAMES, type MetricName, isMetricName } from '@journey-atlas/shared/journey-rules';
import { badFilter } from './bad-filter';

/** `names=fcr,csat` -> metric names in the catalogue (all of them when absent). */
export function parseMetricNames(raw: string | undefined): MetricName[] {
  if (raw === undefined) return [...METRIC_NAMES];
  const names = raw.split(',').map((name) => name.trim());
  for (const name of names) {
    if (!isMetricName(name)) badFilter('names', `has unknown metric "${name}"`, METRIC_NAMES);
  }
  return [...new Set(names as MetricName[])];
}
