import type { Channel, Touchpoint } from '@journey-atlas/shared/domain';
import { toIso } from './calendar';
import { toCustomerIdentifiers, type IdentifierUse } from './identity';
import type { Random } from './random';
import type { Step } from './step';
import { surveyScores } from './surveys';

/** The source system that exports each channel's contacts (part of the idempotency key). */
const SOURCES: Readonly<Record<Channel, string>> = {
  phone: 'genesys',
  ivr: 'genesys',
  chat: 'zendesk',
  chatbot: 'zendesk',
  email: 'zendesk',
  sms: 'zendesk',
  social: 'sprinklr',
  video: 'zendesk',
  field_service: 'field-ops',
  web: 'web-analytics',
  app: 'web-analytics',
  community: 'web-analytics',
  store: 'store-pos',
  kiosk: 'store-pos',
};

/**
 * A touchpoint in the ingestion API shape. `id` is `<seed>-<person>-<n>` in base 36, unique
 * across the whole dataset (so also per source).
 */
export function buildTouchpoint(
  rng: Random,
  idPrefix: string,
  sequence: number,
  step: Step,
  identifiers: readonly IdentifierUse[],
): Touchpoint {
  const touchpoint: Touchpoint = {
    id: `${idPrefix}-${sequence.toString(36)}`,
    source: SOURCES[step.channel],
    occurredAt: toIso(step.at),
    channel: step.channel,
    direction: step.direction,
    customer: toCustomerIdentifiers(identifiers),
    interactionType: step.intent.interactionType,
    intent: step.intent.intent,
    outcome: step.outcome,
  };
  if (step.agentId !== undefined) touchpoint.agentId = step.agentId;
  if (step.team !== undefined) touchpoint.team = step.team;
  if (step.queue !== undefined) touchpoint.queue = step.queue;
  if (step.waitSeconds !== undefined) touchpoint.waitSeconds = step.waitSeconds;
  if (step.handleSeconds !== undefined) touchpoint.handleSeconds = step.handleSeconds;
  if (step.cost !== undefined) touchpoint.cost = step.cost;
  if (step.ivrPath !== undefined) touchpoint.ivrPath = step.ivrPath;
  return { ...touchpoint, ...surveyScores(rng, step) };
}
