import { touchpointsById, type FrictionEvent } from './friction';
import type { Journey } from './journeys';
import {
  contactPasses,
  contactValue,
  journeyPasses,
  journeyValues,
  type MetricDimension,
  type MetricFilter,
} from './metric-dimensions';
import { metricsOf, type MetricResults } from './metrics';
import type { JourneySettings } from './settings';
import type { StitchedTouchpoint } from './stitched-touchpoint';

export interface MetricGroup {
  /** The group's value; null collects journeys/contacts without one. */
  group: string | null;
  metrics: MetricResults;
}

/**
 * Metrics per value of a dimension, after the filter. Contacts fall in the group of their
 * own value; journeys in every group `journeyValues` gives them (a journey that touched
 * phone and chat counts under both), so journey counts can add up to more than the total.
 * Groups are sorted by value, null last.
 */
export function computeMetricsByGroup(
  journeys: readonly Journey[],
  touchpoints: readonly StitchedTouchpoint[],
  frictionEvents: readonly FrictionEvent[],
  settings: JourneySettings,
  groupBy: MetricDimension,
  filter: MetricFilter = {},
): MetricGroup[] {
  const lookup = touchpointsById(touchpoints);
  const journeysByGroup = new Map<string | null, Journey[]>();
  const contactsByGroup = new Map<string | null, StitchedTouchpoint[]>();
  const put = <T>(map: Map<string | null, T[]>, group: string | null, item: T) => {
    const list = map.get(group);
    if (list) list.push(item);
    else map.set(group, [item]);
  };

  for (const journey of journeys) {
    if (!journeyPasses(journey, filter, lookup, settings)) continue;
    for (const group of journeyValues(journey, groupBy, lookup, settings)) {
      put(journeysByGroup, group, journey);
    }
  }
  for (const touchpoint of touchpoints) {
    if (!contactPasses(touchpoint, filter, settings)) continue;
    put(contactsByGroup, contactValue(touchpoint, groupBy, settings), touchpoint);
  }
  const groups = [...new Set([...journeysByGroup.keys(), ...contactsByGroup.keys()])].sort(
    (a, b) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1),
  );
  return groups.map((group) => ({
    group,
    metrics: metricsOf(
      journeysByGroup.get(group) ?? [],
      contactsByGroup.get(group) ?? [],
      frictionEvents,
      settings,
    ),
  }));
}
