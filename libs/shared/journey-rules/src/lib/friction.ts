import type { Channel } from '@journey-atlas/shared/domain';
import { operatingHours, serviceLevelTarget } from './access-rules';
import { FRICTION_TYPES, type FrictionType } from './friction-types';
import { isOpenAt } from './hours';
import type { Journey, JourneyStep } from './journeys';
import type { MetricName } from './metric-catalogue';
import { channelCost, type JourneySettings } from './settings';
import { occurredAtMs, type StitchedTouchpoint } from './stitched-touchpoint';

export interface FrictionEvent {
  type: FrictionType;
  journeyId: string;
  customerId: string;
  stepIndex: number;
  touchpointId: string;
  channel: Channel;
  /** The catalogue rule that fired (`FRICTION_TYPES[type].rule`). */
  rule: string;
  /** The values that made it fire, for people. */
  detail: string;
  hurts: MetricName[];
}

export type TouchpointLookup = ReadonlyMap<string, StitchedTouchpoint>;

export function touchpointsById(touchpoints: readonly StitchedTouchpoint[]): TouchpointLookup {
  return new Map(touchpoints.map((touchpoint) => [touchpoint.id, touchpoint]));
}

/**
 * Friction events of one journey, in step order and, within a step, in catalogue order.
 * Each rule yields at most one event per step; many_handoffs at most one per journey.
 */
export function detectFriction(
  journey: Journey,
  touchpoints: readonly StitchedTouchpoint[] | TouchpointLookup,
  settings: JourneySettings,
): FrictionEvent[] {
  const lookup =
    touchpoints instanceof Map ? touchpoints : touchpointsById(touchpoints as StitchedTouchpoint[]);
  const thresholds = settings.friction;
  const events: FrictionEvent[] = [];
  const agents = new Set<string>();
  let previousAssisted: JourneyStep | undefined;

  for (const step of journey.steps) {
    const touchpoint = lookup.get(step.touchpointId);
    if (!touchpoint)
      throw new Error(`Touchpoint "${step.touchpointId}" of ${journey.id} is missing`);
    const fire = (type: FrictionType, detail: string) =>
      events.push({
        type,
        journeyId: journey.id,
        customerId: journey.customerId,
        stepIndex: step.index,
        touchpointId: step.touchpointId,
        channel: step.channel,
        rule: FRICTION_TYPES[type].rule,
        detail,
        hurts: [...FRICTION_TYPES[type].hurts],
      });
    const inbound = touchpoint.direction === 'inbound';

    if (step.assisted && inbound && previousAssisted) {
      fire(
        'repeat_contact',
        `inbound ${step.channel} after ${previousAssisted.channel} (step ${previousAssisted.index})`,
      );
    }
    if (step.assisted && !previousAssisted && journey.beganInSelfService) {
      fire('failed_containment', `began in ${journey.firstChannel}, reached ${step.channel}`);
    }
    if (step.assisted && previousAssisted) {
      const from = channelCost(settings, previousAssisted.channel);
      const to = channelCost(settings, step.channel);
      if (to > from)
        fire(
          'escalation',
          `${previousAssisted.channel} (${from} USD) to ${step.channel} (${to} USD)`,
        );
    }
    if (touchpoint.outcome === 'transferred') fire('transfer', 'outcome transferred');
    const before = journey.steps[step.index - 1];
    if (touchpoint.outcome === 'transferred' && before?.channel === 'ivr') {
      fire('ivr_misroute', `transferred right after ivr step ${before.index}`);
    }
    const target = serviceLevelTarget(settings, touchpoint);
    if (
      touchpoint.waitSeconds !== undefined &&
      target !== null &&
      touchpoint.waitSeconds > target
    ) {
      fire('long_wait', `waited ${touchpoint.waitSeconds} s, target ${target} s`);
    }
    if (touchpoint.outcome === 'abandoned') fire('abandonment', 'outcome abandoned');
    if (
      step.assisted &&
      inbound &&
      !isOpenAt(occurredAtMs(touchpoint), operatingHours(settings, touchpoint), settings.timeZone)
    ) {
      fire(
        'out_of_hours',
        `${step.occurredAt} is outside ${step.channel} hours (${settings.timeZone})`,
      );
    }
    if (touchpoint.csat !== undefined && touchpoint.csat <= thresholds.lowCsatAtMost) {
      fire('low_csat', `csat ${touchpoint.csat} <= ${thresholds.lowCsatAtMost}`);
    }
    if (touchpoint.ces !== undefined && touchpoint.ces >= thresholds.highEffortAtLeast) {
      fire('high_effort', `ces ${touchpoint.ces} >= ${thresholds.highEffortAtLeast}`);
    }
    if (
      touchpoint.channel === 'social' &&
      touchpoint.sentiment !== undefined &&
      touchpoint.sentiment < thresholds.negativeSentimentBelow
    ) {
      fire(
        'negative_social',
        `sentiment ${touchpoint.sentiment} < ${thresholds.negativeSentimentBelow}`,
      );
    }
    if (touchpoint.agentId !== undefined && !agents.has(touchpoint.agentId)) {
      agents.add(touchpoint.agentId);
      // The set grows one at a time, so this fires once: when it first passes the limit.
      if (agents.size === thresholds.maxAgentsPerJourney + 1) {
        fire('many_handoffs', `${agents.size} distinct agents > ${thresholds.maxAgentsPerJourney}`);
      }
    }
    if (step.assisted) previousAssisted = step;
  }
  return events;
}

/** Friction of many journeys, looking touchpoints up once. */
export function detectAllFriction(
  journeys: readonly Journey[],
  touchpoints: readonly StitchedTouchpoint[],
  settings: JourneySettings,
): FrictionEvent[] {
  const lookup = touchpointsById(touchpoints);
  return journeys.flatMap((journey) => detectFriction(journey, lookup, settings));
}
