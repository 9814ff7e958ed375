import {
  isAssisted,
  type Channel,
  type Direction,
  type Outcome,
} from '@journey-atlas/shared/domain';
import type { JourneySettings } from './settings';
import {
  compareTouchpoints,
  occurredAtMs,
  type CustomerSegment,
  type StitchedTouchpoint,
} from './stitched-touchpoint';

export interface JourneyStep {
  /** 0-based position in the journey. */
  index: number;
  touchpointId: string;
  channel: Channel;
  assisted: boolean;
  direction: Direction;
  outcome: Outcome | null;
  /** UTC ISO-8601 (`toISOString`). */
  occurredAt: string;
  /** Seconds since the previous step of this journey; null for the first step. */
  gapSeconds: number | null;
}

export interface Journey {
  /** `${customerId}:${key}:${firstTouchpointId}` */
  id: string;
  customerId: string;
  /** Intent when present, else interaction type (see `journeyKey`). */
  key: string;
  steps: JourneyStep[];
  channelSequence: Channel[];
  /** Consecutive steps in different channels. */
  channelSwitches: number;
  /** Outcome of the last step that has one; null when no step has one. */
  outcome: Outcome | null;
  resolved: boolean;
  firstChannel: Channel;
  /** Channel of the step whose outcome is the journey's (only when resolved). */
  resolvingChannel: Channel | null;
  beganInSelfService: boolean;
  assistedStepCount: number;
  /** Began in self-service and no step is assisted. */
  contained: boolean;
  stepCount: number;
  /** Distinct agentIds in order of first appearance. */
  agentIds: string[];
  distinctAgents: number;
  totalWaitSeconds: number;
  totalHandleSeconds: number;
  /** Handle seconds of assisted steps only (labour, for LCR). */
  assistedHandleSeconds: number;
  /** Sum over steps of the touchpoint's own cost, else the channel's configured cost. */
  costToServe: number;
  durationSeconds: number;
  startedAt: string;
  endedAt: string;
  /** Segment of the latest step that carries one. */
  segment: CustomerSegment | null;
}

/** The need a touchpoint is about: intent when present, else interaction type. */
export function journeyKey(touchpoint: StitchedTouchpoint, settings: JourneySettings): string {
  const hasIntent = touchpoint.intent !== undefined && touchpoint.intent !== '';
  return settings.journeyKey === 'intent_or_interaction_type' && hasIntent
    ? (touchpoint.intent as string)
    : touchpoint.interactionType;
}

function sum(values: (number | undefined)[]): number {
  return values.reduce<number>((total, value) => total + (value ?? 0), 0);
}

/** Facts of one journey from its touchpoints, already in order. */
export function describeJourney(
  ordered: StitchedTouchpoint[],
  key: string,
  settings: JourneySettings,
): Journey {
  const first = ordered[0];
  const last = ordered[ordered.length - 1];
  if (!first || !last) throw new Error('A journey needs at least one touchpoint');
  const steps = ordered.map((touchpoint, index): JourneyStep => {
    const previous = ordered[index - 1];
    return {
      index,
      touchpointId: touchpoint.id,
      channel: touchpoint.channel,
      assisted: isAssisted(touchpoint.channel),
      direction: touchpoint.direction,
      outcome: touchpoint.outcome ?? null,
      occurredAt: new Date(occurredAtMs(touchpoint)).toISOString(),
      gapSeconds: previous ? (occurredAtMs(touchpoint) - occurredAtMs(previous)) / 1000 : null,
    };
  });
  const channelSequence = steps.map((step) => step.channel);
  const deciding = [...steps].reverse().find((step) => step.outcome !== null);
  const outcome = deciding?.outcome ?? null;
  const resolved = outcome === 'resolved';
  const assistedStepCount = steps.filter((step) => step.assisted).length;
  const beganInSelfService = !isAssisted(first.channel);
  const agentIds = [...new Set(ordered.flatMap((t) => (t.agentId ? [t.agentId] : [])))];
  return {
    id: `${first.customerId}:${key}:${first.id}`,
    customerId: first.customerId,
    key,
    steps,
    channelSequence,
    channelSwitches: steps.filter((step, i) => i > 0 && step.channel !== steps[i - 1]?.channel)
      .length,
    outcome,
    resolved,
    firstChannel: first.channel,
    resolvingChannel: resolved && deciding ? deciding.channel : null,
    beganInSelfService,
    assistedStepCount,
    contained: beganInSelfService && assistedStepCount === 0,
    stepCount: steps.length,
    agentIds,
    distinctAgents: agentIds.length,
    totalWaitSeconds: sum(ordered.map((t) => t.waitSeconds)),
    totalHandleSeconds: sum(ordered.map((t) => t.handleSeconds)),
    assistedHandleSeconds: sum(
      ordered.map((t) => (isAssisted(t.channel) ? t.handleSeconds : undefined)),
    ),
    costToServe: sum(ordered.map((t) => t.cost ?? settings.channels[t.channel].costPerContact)),
    durationSeconds: (occurredAtMs(last) - occurredAtMs(first)) / 1000,
    startedAt: new Date(occurredAtMs(first)).toISOString(),
    endedAt: new Date(occurredAtMs(last)).toISOString(),
    segment: [...ordered].reverse().find((t) => t.segment)?.segment ?? null,
  };
}

/**
 * Journeys of every customer. Per customer and key, touchpoints in time order (ties by
 * id) form one journey until the gap to the previous same-key touchpoint is OVER the
 * window; a gap of exactly the window stays in. Touchpoints with other keys in between
 * do not matter, and an earlier "resolved" does not end a journey.
 */
export function buildJourneys(
  touchpoints: readonly StitchedTouchpoint[],
  settings: JourneySettings,
): Journey[] {
  const seen = new Set<string>();
  const runs = new Map<string, { key: string; touchpoints: StitchedTouchpoint[] }>();
  for (const touchpoint of touchpoints) {
    // Steps and friction refer to touchpoints by id, so ids must be unique.
    if (seen.has(touchpoint.id)) throw new Error(`Duplicate touchpoint id "${touchpoint.id}"`);
    seen.add(touchpoint.id);
    const key = journeyKey(touchpoint, settings);
    const group = JSON.stringify([touchpoint.customerId, key]);
    const run = runs.get(group) ?? { key, touchpoints: [] };
    run.touchpoints.push(touchpoint);
    runs.set(group, run);
  }
  const windowMs = settings.journeyWindowSeconds * 1000;
  const journeys: Journey[] = [];
  for (const { key, touchpoints: group } of runs.values()) {
    const ordered = [...group].sort(compareTouchpoints);
    let current: StitchedTouchpoint[] = [];
    for (const touchpoint of ordered) {
      const previous = current[current.length - 1];
      if (previous && occurredAtMs(touchpoint) - occurredAtMs(previous) > windowMs) {
        journeys.push(describeJourney(current, key, settings));
        current = [];
      }
      current.push(touchpoint);
    }
    journeys.push(describeJourney(current, key, settings));
  }
  return journeys.sort(compareJourneys);
}

/** Stable output order: customer, start time, then id. */
function compareJourneys(a: Journey, b: Journey): number {
  if (a.customerId !== b.customerId) return a.customerId < b.customerId ? -1 : 1;
  if (a.startedAt !== b.startedAt) return a.startedAt < b.startedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
