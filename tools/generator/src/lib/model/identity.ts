import type { Channel, CustomerIdentifiers, IdentifierKind } from '@journey-atlas/shared/domain';
import { formatIdentifier } from './identifier-format';
import type { Person } from './person';
import { SHARED_IDENTIFIERS } from './planted';
import type { Random } from './random';
import type { Step } from './step';

/** An identifier as written on one touchpoint. */
export interface IdentifierUse {
  kind: IdentifierKind;
  raw: string;
  /** Shared by many people (office line, store kiosk): must not glue customers together. */
  shared: boolean;
}

/** Which identifiers a source system records for a contact in this channel. */
export function identifiersFor(rng: Random, person: Person, step: Step): IdentifierUse[] {
  const own = (kind: IdentifierKind): IdentifierUse => ({
    kind,
    raw: formatIdentifier(kind, person, rng),
    shared: false,
  });
  switch (step.channel) {
    case 'phone':
    case 'ivr':
      if (step.fromOfficePhone) {
        // The caller is identified by account number, since the line is not theirs.
        const raw = rng.pick(SHARED_IDENTIFIERS.officePhone.variants);
        return [{ kind: 'phone', raw, shared: true }, own('accountId')];
      }
      return step.channel === 'phone' && rng.chance(0.15)
        ? [own('phone'), own('accountId')]
        : [own('phone')];
    case 'sms':
      return [own('phone')];
    case 'web':
      return [own(rng.chance(0.7) ? 'email' : 'accountId')];
    case 'app':
      return rng.chance(0.1) ? [own('deviceId'), own('email')] : [own('deviceId')];
    case 'chatbot':
      return [own(rng.chance(0.5) ? 'deviceId' : 'email')];
    case 'social':
      return [own('socialHandle')];
    case 'store':
      return [own(rng.chance(0.6) ? 'accountId' : 'email')];
    case 'kiosk':
      return [
        { kind: 'deviceId', raw: SHARED_IDENTIFIERS.kioskDevice(person.region), shared: true },
        own('accountId'),
      ];
    case 'field_service':
      return [own('accountId'), own('phone')];
    default:
      return [own('email')];
  }
}

/**
 * Makes one person's identifiers one connected set, as stitching will see it: when a
 * touchpoint carries only kinds not seen before, it also records one already seen (a
 * logged-in session, an agent verifying an account). A few more links appear at random.
 * Only these touchpoints carry two personal identifiers.
 */
export function linkIdentifiers(
  rng: Random,
  person: Person,
  channels: readonly Channel[],
  uses: IdentifierUse[][],
): void {
  const seen = new Set<IdentifierKind>();
  uses.forEach((use, index) => {
    const personal = use
      .filter((identifier) => !identifier.shared)
      .map((identifier) => identifier.kind);
    const linked = personal.some((kind) => seen.has(kind));
    if (seen.size > 0 && (!linked || (personal.length === 1 && rng.chance(0.06)))) {
      // One value per kind on a touchpoint: never add a kind it already carries (even shared).
      const candidates = [...seen].filter(
        (kind) => !use.some((identifier) => identifier.kind === kind),
      );
      if (candidates.length > 0) {
        const preferred = LINK_PREFERENCE[channels[index]] ?? [];
        const kind =
          preferred.find((candidate) => candidates.includes(candidate)) ?? rng.pick(candidates);
        use.push({ kind, raw: formatIdentifier(kind, person, rng), shared: false });
      } else if (!linked) {
        // Nothing fits here (an office call when only the phone is known): record the new
        // kind on the previous touchpoint instead, which never carries it yet.
        const kind = personal[0];
        uses[index - 1].push({ kind, raw: formatIdentifier(kind, person, rng), shared: false });
      }
    }
    for (const kind of personal) seen.add(kind);
  });
}

/** The identifier a channel's system most plausibly captures as well (login, verification). */
const LINK_PREFERENCE: Partial<Record<Channel, readonly IdentifierKind[]>> = {
  phone: ['accountId', 'email'],
  ivr: ['accountId'],
  sms: ['accountId'],
  web: ['accountId', 'email'],
  app: ['email', 'accountId'],
  chatbot: ['email', 'accountId'],
  chat: ['accountId', 'phone'],
  email: ['accountId', 'phone'],
  video: ['accountId', 'phone'],
  social: ['email', 'phone'],
  store: ['phone', 'email'],
  kiosk: ['email', 'phone'],
  field_service: ['email'],
};

/** The touchpoint's `customer` object; at most one value per kind. */
export function toCustomerIdentifiers(uses: readonly IdentifierUse[]): CustomerIdentifiers {
  const customer: CustomerIdentifiers = {};
  for (const use of uses) customer[use.kind] ??= use.raw;
  return customer;
}
