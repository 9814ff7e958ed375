import type { IdentifierKind } from '@journey-atlas/shared/domain';
import type { Person } from './person';
import type { Random } from './random';

/**
 * Raw spellings of a canonical identifier, as different source systems would write them.
 * Stitching only works if it normalises these back (lower-case email, E.164 phone, handle
 * without '@'), which is exactly what the generated data exercises.
 */
export function formatIdentifier(kind: IdentifierKind, person: Person, rng: Random): string {
  const canonical = person.ids[kind];
  switch (kind) {
    case 'email':
      return formatEmail(canonical, rng);
    case 'phone':
      return formatUkPhone(canonical, rng);
    case 'socialHandle':
      return formatHandle(canonical, rng);
    case 'accountId':
    case 'deviceId':
      return canonical;
  }
}

function formatEmail(canonical: string, rng: Random): string {
  const style = rng.weighted({ plain: 60, capitalised: 20, padded: 12, shouting: 8 });
  if (style === 'plain') return canonical;
  if (style === 'shouting') return canonical.toUpperCase();
  if (style === 'padded')
    return `  ${canonical.replace(/@.*$/, (domain) => domain.toUpperCase())} `;
  const [local, domain] = canonical.split('@');
  return `${local.split('.').map(capitalise).join('.')}@${capitalise(domain)}`;
}

/** Formats a UK mobile held as E.164 (+447xxxxxxxxx) in one of the common spellings. */
export function formatUkPhone(e164: string, rng: Random): string {
  const national = e164.slice(3); // digits after +44
  const style = rng.weighted({
    e164: 40,
    nationalSpaced: 30,
    internationalSpaced: 20,
    national: 10,
  });
  switch (style) {
    case 'e164':
      return e164;
    case 'nationalSpaced':
      return `0${national.slice(0, 4)} ${national.slice(4)}`;
    case 'internationalSpaced':
      return `+44 ${national.slice(0, 4)} ${national.slice(4)}`;
    default:
      return `0${national}`;
  }
}

function formatHandle(canonical: string, rng: Random): string {
  const style = rng.weighted({ at: 60, bare: 25, mixedCase: 15 });
  if (style === 'bare') return canonical;
  if (style === 'at') return `@${canonical}`;
  return `@${canonical.split('_').map(capitalise).join('_')}`;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
