import { isAssisted, type Channel } from '@journey-atlas/shared/domain';
import { isOpen, nextOpening, sampleGap, sampleMoment } from './calendar';
import type { IntentSpec } from './catalogue';
import { nextChannel, startChannel } from './channel-choice';
import { attempt } from './contacts';
import type { Person } from './person';
import type { Random } from './random';
import type { Step } from './step';

/** Channels people only use while staffed (others take messages at any hour). */
const STAFFED: ReadonlySet<Channel> = new Set(['phone', 'ivr', 'chat', 'video', 'store']);
const MAX_ATTEMPTS = 6;

export interface Window {
  startMs: number;
  days: number;
  endMs: number;
}

/**
 * The contacts one person makes about one need: start in a preferred channel, and while
 * unresolved escalate to the next channel after a gap, until resolved or they give up.
 */
export function planJourney(
  rng: Random,
  person: Person,
  intent: IntentSpec,
  window: Window,
): Step[] {
  let channel = startChannel(rng, person, intent);
  let at = sampleMoment(
    rng,
    window.startMs,
    window.days,
    isAssisted(channel) ? 'assisted' : 'selfService',
  );
  const steps: Step[] = [];
  let repeated = false;
  for (let i = 0; i < MAX_ATTEMPTS && at < window.endMs; i++) {
    // Most people wait for opening hours; a few try anyway (out-of-hours contacts).
    if (STAFFED.has(channel) && !isOpen(at) && rng.chance(0.9)) at = nextOpening(rng, at);
    const result = attempt(rng, person, intent, channel, at);
    steps.push(...result.steps);
    if (result.handoffTo) {
      channel = result.handoffTo;
      at = result.endAt + sampleGap(rng, 'immediate');
      continue;
    }
    if (result.outcome === 'resolved') {
      // Sometimes the fix does not hold and the customer comes back: a repeat contact.
      if (repeated || !rng.chance(0.06)) break;
      repeated = true;
      channel = rng.weighted<Channel>({ phone: 60, chat: 30, email: 10 });
      at = result.endAt + sampleGap(rng, 'repeat');
      continue;
    }
    const abandoned = result.outcome === 'abandoned';
    const from = channel === 'ivr' ? 'phone' : channel;
    const next = nextChannel(rng, person, intent, from, abandoned);
    if (next === null) break;
    const quick = (!isAssisted(channel) || abandoned) && rng.chance(0.85);
    at = result.endAt + sampleGap(rng, quick ? 'soon' : 'later');
    channel = next;
  }
  return steps.filter((step) => step.at < window.endMs);
}
