import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { formatIdentifier, formatUkPhone } from './identifier-format';
import { makePerson } from './person';
import { DEFAULT_COUNTRY, SHARED_IDENTIFIERS } from './planted';
import { Random } from './random';

/** The normalisation DESIGN.md asks stitching to do. */
const normalise = {
  email: (raw: string) => raw.trim().toLowerCase(),
  phone: (raw: string) => parsePhoneNumberFromString(raw, DEFAULT_COUNTRY)?.number,
  socialHandle: (raw: string) => raw.trim().toLowerCase().replace(/^@/, ''),
};

describe(formatIdentifier.name, () => {
  const rng = new Random(5);
  const people = Array.from({ length: 50 }, (_, index) => makePerson(11, index));

  it('spells emails, phones and handles several ways that normalise back to one value', () => {
    for (const kind of ['email', 'phone', 'socialHandle'] as const) {
      const spellings = new Set<string>();
      for (const person of people) {
        for (let i = 0; i < 10; i++) {
          const raw = formatIdentifier(kind, person, rng);
          spellings.add(raw.replace(/\d/g, '9'));
          expect(normalise[kind](raw)).toBe(person.ids[kind]);
        }
      }
      expect(spellings.size).toBeGreaterThan(2);
    }
  });

  it('uses valid UK numbers, national and E.164 (default country GB)', () => {
    for (const person of people) {
      expect(person.ids.phone).toMatch(/^\+447\d{9}$/);
      expect(parsePhoneNumberFromString(person.ids.phone)?.isValid()).toBe(true);
    }
    const spellings = new Set(
      Array.from({ length: 200 }, () => formatUkPhone('+447500123456', rng)),
    );
    expect(spellings).toEqual(
      new Set(['+447500123456', '07500 123456', '+44 7500 123456', '07500123456']),
    );
  });

  it('keeps account and device ids as they are, unique per person', () => {
    expect(formatIdentifier('accountId', people[0], rng)).toBe(people[0].ids.accountId);
    for (const kind of ['accountId', 'deviceId', 'email', 'phone', 'socialHandle'] as const) {
      expect(new Set(people.map((person) => person.ids[kind])).size).toBe(people.length);
    }
  });

  it('writes the shared office line in spellings that normalise to one number', () => {
    for (const raw of SHARED_IDENTIFIERS.officePhone.variants) {
      expect(normalise.phone(raw)).toBe(SHARED_IDENTIFIERS.officePhone.canonical);
    }
  });
});
