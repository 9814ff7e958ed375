import type { Channel } from '@journey-atlas/shared/domain';
import type { IntentSpec } from './catalogue';
import { isOlder, isYoung, type Person } from './person';
import { PLANTED } from './planted';
import type { Random } from './random';

type Weights = Partial<Record<Channel, number>>;

/**
 * Where a person goes first with a need: young people lean on app and chatbot, older ones
 * on the phone; special needs and gold customers call more; some needs favour self-service.
 */
export function startChannel(rng: Random, person: Person, intent: IntentSpec): Channel {
  const weights: Weights = isYoung(person)
    ? { app: 30, chatbot: 18, web: 18, chat: 12, social: 7, phone: 8, email: 3, community: 4 }
    : isOlder(person)
      ? { phone: 45, web: 18, email: 12, store: 8, app: 5, chat: 6, kiosk: 3, video: 1 }
      : { web: 30, app: 18, chatbot: 8, chat: 12, phone: 22, email: 6, social: 2, community: 2 };
  if (person.specialNeeds) add(weights, { phone: 30, video: 10 });
  if (person.tier === 'gold') add(weights, { phone: 10, video: 3 });
  if (person.region === 'north') add(weights, { store: 5, kiosk: 3 });
  switch (intent.intent) {
    case 'order-status':
    case 'password-reset':
      scale(weights, { web: 1.5, app: 1.5 });
      break;
    case 'cancel-service':
      scale(weights, { phone: 1.5, social: 2 });
      break;
    case 'service-feedback':
      scale(weights, { community: 3, social: 2, email: 2 });
      break;
    case 'new-order':
      scale(weights, { store: 1.5, web: 1.3 });
      break;
  }
  if (intent.intent === PLANTED.brokenWebIntent.intent) scale(weights, { web: 1.5 });
  return rng.weighted(weights);
}

/**
 * Where a person goes after an attempt that did not resolve the need; null means they give
 * up. Failed self-service mostly escalates to an assisted channel (a leak).
 */
export function nextChannel(
  rng: Random,
  person: Person,
  intent: IntentSpec,
  from: Channel,
  abandoned: boolean,
): Channel | null {
  const broken = PLANTED.brokenWebIntent;
  if (from === broken.channel && intent.intent === broken.intent) {
    return rng.chance(broken.fallbackShare) ? 'phone' : rng.weighted<Channel>({ chat: 10, app: 5 });
  }
  if (abandoned && (from === 'phone' || from === 'ivr')) {
    return pickOrGiveUp(rng, { phone: 60, chat: 15, web: 10 }, 15);
  }
  if (from === 'phone' && intent.fieldVisit !== undefined && rng.chance(intent.fieldVisit)) {
    return 'field_service';
  }
  switch (from) {
    case 'web':
    case 'app':
    case 'community':
    case 'kiosk':
      if (isYoung(person)) {
        return pickOrGiveUp(
          rng,
          { chat: 35, phone: 25, chatbot: 10, social: 10, email: 10, app: 5 },
          5,
        );
      }
      if (isOlder(person))
        return pickOrGiveUp(rng, { phone: 65, email: 15, store: 10, chat: 10 }, 5);
      return pickOrGiveUp(rng, { phone: 45, chat: 35, email: 10, web: 5 }, 5);
    case 'chatbot':
      return pickOrGiveUp(rng, { chat: 40, phone: 40, web: 20 }, 5);
    case 'phone':
      return pickOrGiveUp(
        rng,
        { phone: 55, email: 15, chat: 10, social: isYoung(person) ? 12 : 4, store: 5 },
        7,
      );
    default:
      return pickOrGiveUp(rng, { phone: 55, chat: 15, email: 10, social: 5 }, 15);
  }
}

function pickOrGiveUp(rng: Random, weights: Weights, giveUp: number): Channel | null {
  const choice = rng.weighted<Channel | 'none'>({ ...weights, none: giveUp });
  return choice === 'none' ? null : choice;
}

function add(weights: Weights, extra: Weights): void {
  for (const [channel, weight] of Object.entries(extra) as [Channel, number][]) {
    weights[channel] = (weights[channel] ?? 0) + weight;
  }
}

function scale(weights: Weights, factors: Weights): void {
  for (const [channel, factor] of Object.entries(factors) as [Channel, number][]) {
    const weight = weights[channel];
    if (weight !== undefined) weights[channel] = weight * factor;
  }
}
