import type { Channel, Outcome } from '@journey-atlas/shared/domain';
import {
  DIGITAL_TEAM,
  FIELD_TEAM,
  RETAIL_TEAM,
  SOCIAL_TEAM,
  type IntentSpec,
  type TeamSpec,
} from './catalogue';
import { DAY_MS, MINUTE_MS } from './calendar';
import { phoneCall } from './phone-call';
import type { Person } from './person';
import { PLANTED } from './planted';
import type { Random } from './random';
import type { Attempt, Step } from './step';

/** How well each self-service channel handles a need, relative to the need's own rate. */
const SELF_SERVICE_FACTOR: Partial<Record<Channel, number>> = {
  web: 0.95,
  app: 1,
  chatbot: 0.85,
  community: 0.6,
  kiosk: 0.8,
};

interface AssistedProfile {
  team: TeamSpec;
  /** Median seconds to answer and to handle, and how the intent's resolve rate scales. */
  wait: number;
  handle: number;
  resolve: number;
}

const ASSISTED: Partial<Record<Channel, AssistedProfile>> = {
  chat: { team: DIGITAL_TEAM, wait: 40, handle: 540, resolve: 0.92 },
  email: { team: DIGITAL_TEAM, wait: 5 * 3600, handle: 240, resolve: 0.8 },
  sms: { team: DIGITAL_TEAM, wait: 15 * 60, handle: 120, resolve: 0.7 },
  social: { team: SOCIAL_TEAM, wait: 40 * 60, handle: 180, resolve: 0.55 },
  video: { team: DIGITAL_TEAM, wait: 25, handle: 600, resolve: 1 },
  store: { team: RETAIL_TEAM, wait: 300, handle: 600, resolve: 0.95 },
  field_service: { team: FIELD_TEAM, wait: 0, handle: 3600, resolve: 1.4 },
};

/** One attempt by `person` to get `intent` done in `channel`, starting at `at`. */
export function attempt(
  rng: Random,
  person: Person,
  intent: IntentSpec,
  channel: Channel,
  at: number,
): Attempt {
  if (channel === 'phone' || channel === 'ivr') return phoneCall(rng, person, intent, at);
  const profile = ASSISTED[channel];
  return profile
    ? assistedContact(rng, person, intent, channel, at, profile)
    : selfServiceVisit(rng, intent, channel, at);
}

function selfServiceVisit(rng: Random, intent: IntentSpec, channel: Channel, at: number): Attempt {
  const broken = PLANTED.brokenWebIntent;
  const success =
    channel === broken.channel && intent.intent === broken.intent
      ? broken.webSuccess
      : intent.selfService * (SELF_SERVICE_FACTOR[channel] ?? 0.5);
  const handleSeconds = Math.round(rng.logNormal(channel === 'chatbot' ? 150 : 200, 0.7));
  let outcome: Outcome = rng.chance(success)
    ? 'resolved'
    : rng.chance(0.2)
      ? 'abandoned'
      : 'unresolved';
  // A chatbot that cannot help hands the customer to a live chat agent.
  const handoff = channel === 'chatbot' && outcome === 'unresolved' && rng.chance(0.6);
  if (handoff) outcome = 'escalated';
  const step: Step = { at, channel, direction: 'inbound', outcome, intent, handleSeconds };
  return {
    steps: [step],
    endAt: at + handleSeconds * 1000,
    outcome,
    ...(handoff ? { handoffTo: 'chat' as const } : {}),
  };
}

function assistedContact(
  rng: Random,
  person: Person,
  intent: IntentSpec,
  channel: Channel,
  at: number,
  profile: AssistedProfile,
): Attempt {
  const steps: Step[] = [];
  if (channel === 'field_service') {
    // A technician visit is booked by an outbound SMS, then happens 1-4 days later in the day.
    steps.push({
      at,
      channel: 'sms',
      direction: 'outbound',
      outcome: 'resolved',
      intent,
      team: FIELD_TEAM.team,
    });
  }
  const waitSeconds =
    profile.wait === 0
      ? undefined
      : Math.round(Math.min(rng.logNormal(profile.wait, 0.8), 3 * 86_400));
  const handleSeconds = Math.round(rng.logNormal(profile.handle, 0.5));
  const resolveShare = Math.min(
    0.97,
    intent.assisted * profile.resolve + (person.tier === 'gold' ? 0.04 : 0),
  );
  const outcome: Outcome =
    channel === 'chat' && rng.chance(0.04)
      ? 'transferred'
      : rng.chance(resolveShare)
        ? 'resolved'
        : 'unresolved';
  const contactAt =
    channel === 'field_service'
      ? (Math.floor(at / DAY_MS) + rng.int(1, 4)) * DAY_MS + rng.int(8 * 60, 17 * 60) * MINUTE_MS
      : at;
  steps.push({
    at: contactAt,
    channel,
    direction: 'inbound',
    outcome,
    intent,
    agentId: rng.pick(profile.team.agents),
    team: profile.team.team,
    ...(waitSeconds === undefined ? {} : { waitSeconds }),
    handleSeconds,
    ...(channel === 'field_service' ? { cost: rng.int(110, 220) } : {}),
  });
  return { steps, endAt: contactAt + ((waitSeconds ?? 0) + handleSeconds) * 1000, outcome };
}
