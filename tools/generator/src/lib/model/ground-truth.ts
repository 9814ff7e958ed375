import { CHANNELS, type Channel, type IdentifierKind } from '@journey-atlas/shared/domain';
import type { PersonActivity } from './activity';
import { DEFAULT_COUNTRY, PLANTED, SHARED_IDENTIFIERS } from './planted';

/** What the generator knows to be true, for checking stitching and analytics against. */
export interface GroundTruth {
  seed: number;
  start: string;
  days: number;
  /** Country assumed for national-format phone numbers. */
  defaultCountry: string;
  timeZone: 'UTC';
  /** True persons: stitching (with shared identifiers excluded or capped) must find exactly these. */
  persons: number;
  /** Needs generated; a gap over the 7-day window can make one need two journeys. */
  needs: number;
  touchpoints: number;
  touchpointsByChannel: Record<Channel, number>;
  /** Identifiers used by many persons; stitching must not merge through them. */
  sharedIdentifiers: SharedIdentifierTruth[];
  planted: typeof PLANTED;
}

export interface SharedIdentifierTruth {
  kind: IdentifierKind;
  /** Canonical (normalised) value. */
  value: string;
  /** Spellings used on touchpoints. */
  rawValues: string[];
  persons: number;
}

/** One line of identities.ndjson: the identifiers one true person used. */
export interface PersonIdentities {
  person: number;
  /** Canonical values (email lower-case, phone E.164, handle lower-case without '@'). */
  canonical: Partial<Record<IdentifierKind, string>>;
  /** Every (kind, raw value) written on the person's touchpoints, shared identifiers excluded. */
  raw: [IdentifierKind, string][];
}

export function personIdentities(activity: PersonActivity): PersonIdentities {
  const canonical: Partial<Record<IdentifierKind, string>> = {};
  const raw: [IdentifierKind, string][] = [];
  for (const use of activity.identifiers) {
    if (use.shared) continue;
    canonical[use.kind] = activity.person.ids[use.kind];
    raw.push([use.kind, use.raw]);
  }
  return { person: activity.person.index, canonical, raw };
}

/** Accumulates ground truth while a dataset streams past, holding only counters. */
export class GroundTruthTally {
  private persons = 0;
  private needs = 0;
  private touchpoints = 0;
  private readonly byChannel = Object.fromEntries(
    CHANNELS.map((channel) => [channel, 0]),
  ) as Record<Channel, number>;
  private readonly shared = new Map<string, { truth: SharedIdentifierTruth; raw: Set<string> }>();

  constructor(private readonly options: { seed: number; start: Date; days: number }) {}

  add(activity: PersonActivity): void {
    this.persons++;
    this.needs += activity.journeys;
    this.touchpoints += activity.touchpoints.length;
    for (const touchpoint of activity.touchpoints) this.byChannel[touchpoint.channel]++;
    const counted = new Set<string>();
    for (const use of activity.identifiers) {
      if (!use.shared) continue;
      const value = canonicalShared(use.kind, use.raw);
      const key = `${use.kind}:${value}`;
      let entry = this.shared.get(key);
      if (!entry) {
        entry = { truth: { kind: use.kind, value, rawValues: [], persons: 0 }, raw: new Set() };
        this.shared.set(key, entry);
      }
      entry.raw.add(use.raw);
      if (!counted.has(key)) entry.truth.persons++;
      counted.add(key);
    }
  }

  result(): GroundTruth {
    return {
      seed: this.options.seed,
      start: this.options.start.toISOString(),
      days: this.options.days,
      defaultCountry: DEFAULT_COUNTRY,
      timeZone: 'UTC',
      persons: this.persons,
      needs: this.needs,
      touchpoints: this.touchpoints,
      touchpointsByChannel: { ...this.byChannel },
      sharedIdentifiers: [...this.shared.values()]
        .map(({ truth, raw }) => ({ ...truth, rawValues: [...raw].sort() }))
        .sort((a, b) => a.value.localeCompare(b.value)),
      planted: PLANTED,
    };
  }
}

function canonicalShared(kind: IdentifierKind, raw: string): string {
  return kind === 'phone' ? SHARED_IDENTIFIERS.officePhone.canonical : raw;
}
