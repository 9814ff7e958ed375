import type { Channel } from '@journey-atlas/shared/domain';
import type { TouchpointLookup } from './friction';
import { journeyKey, type Journey } from './journeys';
import type { JourneySettings } from './settings';
import { segmentValue, type StitchedTouchpoint } from './stitched-touchpoint';

/** What metrics can be filtered and grouped by. */
export type MetricDimension =
  | { kind: 'channel' }
  | { kind: 'intent' }
  | { kind: 'team' }
  | { kind: 'agent' }
  | { kind: 'segment'; attribute: string };

/** Filter of `computeMetrics`; every given condition must hold. */
export interface MetricFilter {
  /** Inclusive ISO instant: journeys by startedAt, contacts by occurredAt. */
  from?: string;
  /** Exclusive ISO instant. */
  to?: string;
  channel?: Channel;
  /** Journey key (intent, else interaction type). */
  intent?: string;
  team?: string;
  agentId?: string;
  /** Segment attribute -> value. */
  segment?: Record<string, string>;
}

/** A contact's value on a dimension; null when it has none. */
export function contactValue(
  touchpoint: StitchedTouchpoint,
  dimension: MetricDimension,
  settings: JourneySettings,
): string | null {
  switch (dimension.kind) {
    case 'channel':
      return touchpoint.channel;
    case 'intent':
      return journeyKey(touchpoint, settings);
    case 'team':
      return touchpoint.team ?? null;
    case 'agent':
      return touchpoint.agentId ?? null;
    case 'segment':
      return segmentValue(touchpoint.segment, dimension.attribute);
  }
}

/**
 * A journey's values on a dimension. For contact attributes (channel, team, agent) a
 * journey has every distinct value its steps have, so it counts in each of those groups;
 * steps without a value add nothing, and a journey with no value at all gets [null].
 * Intent is the journey key; segment is the journey's segment.
 */
export function journeyValues(
  journey: Journey,
  dimension: MetricDimension,
  touchpoints: TouchpointLookup,
  settings: JourneySettings,
): (string | null)[] {
  if (dimension.kind === 'intent') return [journey.key];
  if (dimension.kind === 'segment') {
    return [segmentValue(journey.segment ?? undefined, dimension.attribute)];
  }
  const values = new Set<string>();
  for (const step of journey.steps) {
    const touchpoint = touchpoints.get(step.touchpointId);
    if (!touchpoint)
      throw new Error(`Touchpoint "${step.touchpointId}" of ${journey.id} is missing`);
    const value = contactValue(touchpoint, dimension, settings);
    if (value !== null) values.add(value);
  }
  return values.size === 0 ? [null] : [...values];
}

/** The filter as dimension conditions (period excluded). */
export function filterConditions(filter: MetricFilter): [MetricDimension, string][] {
  const conditions: [MetricDimension, string][] = [];
  if (filter.channel !== undefined) conditions.push([{ kind: 'channel' }, filter.channel]);
  if (filter.intent !== undefined) conditions.push([{ kind: 'intent' }, filter.intent]);
  if (filter.team !== undefined) conditions.push([{ kind: 'team' }, filter.team]);
  if (filter.agentId !== undefined) conditions.push([{ kind: 'agent' }, filter.agentId]);
  for (const [attribute, value] of Object.entries(filter.segment ?? {})) {
    conditions.push([{ kind: 'segment', attribute }, value]);
  }
  return conditions;
}

function instantMs(iso: string, field: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`Invalid ${field} "${iso}", expected an ISO instant`);
  return ms;
}

function inPeriod(iso: string, filter: MetricFilter): boolean {
  const ms = instantMs(iso, 'timestamp');
  return (
    (filter.from === undefined || ms >= instantMs(filter.from, 'filter.from')) &&
    (filter.to === undefined || ms < instantMs(filter.to, 'filter.to'))
  );
}

export function journeyPasses(
  journey: Journey,
  filter: MetricFilter,
  touchpoints: TouchpointLookup,
  settings: JourneySettings,
): boolean {
  return (
    inPeriod(journey.startedAt, filter) &&
    filterConditions(filter).every(([dimension, value]) =>
      journeyValues(journey, dimension, touchpoints, settings).includes(value),
    )
  );
}

export function contactPasses(
  touchpoint: StitchedTouchpoint,
  filter: MetricFilter,
  settings: JourneySettings,
): boolean {
  return (
    inPeriod(touchpoint.occurredAt, filter) &&
    filterConditions(filter).every(
      ([dimension, value]) => contactValue(touchpoint, dimension, settings) === value,
    )
  );
}
