import type { IdentifierKind, Touchpoint } from '@journey-atlas/shared/domain';
import { INTENTS, type IntentSpec } from './catalogue';
import { identifiersFor, linkIdentifiers, type IdentifierUse } from './identity';
import { planJourney, type Window } from './journey';
import { makePerson, type Person } from './person';
import { Random } from './random';
import type { Step } from './step';
import { buildTouchpoint } from './touchpoint-builder';

/** Everything one true person did, generated together (bounded by one person's size). */
export interface PersonActivity {
  person: Person;
  /** Needs the person brought (journeys as planned; a >7-day gap may split one in two). */
  journeys: number;
  /** The person's touchpoints in time order. */
  touchpoints: Touchpoint[];
  /** Every identifier value as written on the touchpoints, shared ones included. */
  identifiers: IdentifierUse[];
}

const INTENT_WEIGHTS = Object.fromEntries(INTENTS.map((intent, index) => [index, intent.weight]));
/** Mean extra needs per person over the window, by value band. */
const EXTRA_NEEDS = { high: 1.4, medium: 0.8, low: 0.45 } as const;

/**
 * Generates person `index`. `limit` caps the touchpoints (to hit an exact dataset size);
 * identifiers are linked after the cap so the person stays one connected identity.
 */
export function personActivity(
  seed: number,
  index: number,
  window: Window,
  limit = Infinity,
): PersonActivity {
  const person = makePerson(seed, index);
  const rng = new Random(seed, index, 2);
  const needs = 1 + rng.poisson(EXTRA_NEEDS[person.valueBand] + (person.tier === 'gold' ? 0.3 : 0));
  let steps: Step[] = [];
  for (let need = 0; need < needs; need++)
    steps.push(...planJourney(rng, person, pickIntent(rng), window));
  // Everyone is a customer because they made contact: retry until at least one step exists.
  for (let retry = 0; steps.length === 0 && retry < 20; retry++) {
    steps = planJourney(rng, person, pickIntent(rng), window);
  }
  steps.sort((a, b) => a.at - b.at);
  if (steps.length > limit) steps = steps.slice(0, Math.max(1, limit));

  const uses = steps.map((step) => identifiersFor(rng, person, step));
  linkIdentifiers(
    rng,
    person,
    steps.map((step) => step.channel),
    uses,
  );
  const idPrefix = `${seed.toString(36)}-${index.toString(36)}`;
  const touchpoints = steps.map((step, n) => buildTouchpoint(rng, idPrefix, n, step, uses[n]));
  return { person, journeys: needs, touchpoints, identifiers: distinct(uses.flat()) };
}

function pickIntent(rng: Random): IntentSpec {
  return INTENTS[Number(rng.weighted(INTENT_WEIGHTS))];
}

function distinct(uses: IdentifierUse[]): IdentifierUse[] {
  const byKey = new Map<string, IdentifierUse>();
  for (const use of uses) byKey.set(`${use.kind}\u0000${use.raw}`, use);
  return [...byKey.values()];
}

/** The canonical identifier the customers file names a person by (one they really used). */
export function customerKey(activity: PersonActivity): string {
  const kind: IdentifierKind = activity.identifiers.find((use) => !use.shared)?.kind ?? 'accountId';
  return `${kind}:${activity.person.ids[kind]}`;
}
