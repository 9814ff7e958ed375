import type { IdentifierKind } from '@journey-atlas/shared/domain';
import {
  AGE_BANDS,
  REGIONS,
  type AgeBand,
  type Region,
  type Tier,
  type ValueBand,
} from './catalogue';
import { SHARED_IDENTIFIERS } from './planted';
import { Random, hash32 } from './random';

/** A true person: segments plus canonical identifiers (normalised as stitching would). */
export interface Person {
  index: number;
  region: Region;
  tier: Tier;
  valueBand: ValueBand;
  specialNeeds: boolean;
  ageBand: AgeBand;
  /** Sometimes calls from the shared office line (planted over-linking risk). */
  officeWorker: boolean;
  firstName: string;
  lastName: string;
  /** Canonical identifiers: email lower-case, phone E.164, social handle lower-case without '@'. */
  ids: Record<IdentifierKind, string>;
}

const FIRST_NAMES = [
  'ana',
  'ben',
  'chloe',
  'dev',
  'ella',
  'finn',
  'grace',
  'harry',
  'isla',
  'jack',
  'kemi',
  'leo',
  'maya',
  'noah',
  'olivia',
  'priya',
  'quinn',
  'ravi',
  'sofia',
  'tom',
  'uma',
  'victor',
  'wen',
  'yusuf',
  'zara',
  'amir',
  'beth',
  'carlos',
  'dina',
  'emeka',
] as const;
const LAST_NAMES = [
  'smith',
  'jones',
  'patel',
  'khan',
  'brown',
  'taylor',
  'wilson',
  'evans',
  'thomas',
  'roberts',
  'walker',
  'wright',
  'hughes',
  'green',
  'hall',
  'wood',
  'clarke',
  'ali',
  'murphy',
  'owen',
  'price',
  'kowalski',
  'nguyen',
  'okafor',
  'silva',
  'rossi',
  'dubois',
  'moreau',
  'hart',
  'lee',
] as const;
const EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net', 'mail.example', 'post.example'];

/** Deterministic person `index` of the dataset with this seed. */
export function makePerson(seed: number, index: number): Person {
  const rng = new Random(seed, index, 1);
  const ageBand = rng.weighted<AgeBand>({
    '18-24': 11,
    '25-34': 19,
    '35-44': 19,
    '45-54': 18,
    '55-64': 16,
    '65+': 17,
  });
  const firstName = rng.pick(FIRST_NAMES);
  const lastName = rng.pick(LAST_NAMES);
  const offset = hash32(seed);
  const ids: Record<IdentifierKind, string> = {
    accountId: `AC${pad(permute(index, 48271, offset), 8)}`,
    email: `${firstName}.${lastName}${index}@${rng.pick(EMAIL_DOMAINS)}`,
    phone: `+4475${pad(permute(index, 7919, offset >>> 3), 8)}`,
    socialHandle: `${firstName}_${lastName}${index}`,
    deviceId: deviceId(rng, index),
  };
  return {
    index,
    region: rng.pick(REGIONS),
    tier: rng.weighted<Tier>({ gold: 15, silver: 30, standard: 55 }),
    valueBand: rng.weighted<ValueBand>({ high: 20, medium: 45, low: 35 }),
    specialNeeds: rng.chance(0.04),
    ageBand,
    officeWorker: index % SHARED_IDENTIFIERS.officeEvery === SHARED_IDENTIFIERS.officeRemainder,
    firstName,
    lastName,
    ids,
  };
}

/** True for the two oldest bands, who lean on the phone. */
export function isOlder(person: Person): boolean {
  return AGE_BANDS.indexOf(person.ageBand) >= 4;
}

/** True for the two youngest bands, who lean on the app and chatbot. */
export function isYoung(person: Person): boolean {
  return AGE_BANDS.indexOf(person.ageBand) <= 1;
}

// A multiplier coprime with 10^8 makes this a bijection, so ids never collide.
function permute(index: number, multiplier: number, offset: number): number {
  return (index * multiplier + offset) % 100_000_000;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function deviceId(rng: Random, index: number): string {
  const hex = (digits: number): string =>
    Array.from({ length: digits }, () => rng.int(0, 15).toString(16)).join('');
  // The last group encodes the index, so device ids are unique without a registry.
  return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${index.toString(16).padStart(12, '0')}`;
}
