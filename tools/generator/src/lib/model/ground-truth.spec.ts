import type { IdentifierKind, Touchpoint } from '@journey-atlas/shared/domain';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { generateDataset } from './dataset';
import { GroundTruthTally, personIdentities } from './ground-truth';
import { DEFAULT_COUNTRY } from './planted';

/** Identity stitching as DESIGN.md describes it: normalise, then union co-occurring identifiers. */
function normalise(kind: IdentifierKind, raw: string): string {
  if (kind === 'email') return raw.trim().toLowerCase();
  if (kind === 'phone') return parsePhoneNumberFromString(raw, DEFAULT_COUNTRY)?.number ?? raw;
  if (kind === 'socialHandle') return raw.trim().toLowerCase().replace(/^@/, '');
  return raw.trim();
}

function stitch(
  touchpoints: Iterable<Touchpoint>,
  excluded: ReadonlySet<string>,
): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(key, root);
    return root;
  };
  for (const touchpoint of touchpoints) {
    const keys = Object.entries(touchpoint.customer)
      .map(([kind, raw]) => `${kind}:${normalise(kind as IdentifierKind, raw)}`)
      .filter((key) => !excluded.has(key));
    for (const key of keys) if (!parent.has(key)) parent.set(key, key);
    for (const key of keys.slice(1)) parent.set(find(key), find(keys[0]));
  }
  return new Map([...parent.keys()].map((key) => [key, find(key)]));
}

describe(GroundTruthTally.name, () => {
  const dataset = generateDataset({
    seed: 42,
    start: new Date('2026-07-01T00:00:00Z'),
    days: 90,
    customers: 2000,
  });
  const truth = dataset.groundTruth();
  const touchpoints = [...dataset.touchpoints()];
  const shared = new Set(truth.sharedIdentifiers.map((s) => `${s.kind}:${s.value}`));

  it('counts persons, touchpoints and touchpoints per channel', () => {
    expect(truth.persons).toBe(2000);
    expect(truth.touchpoints).toBe(touchpoints.length);
    const sum = Object.values(truth.touchpointsByChannel).reduce(
      (total, count) => total + count,
      0,
    );
    expect(sum).toBe(touchpoints.length);
    expect(truth.touchpointsByChannel.phone).toBe(
      touchpoints.filter((t) => t.channel === 'phone').length,
    );
    expect(truth.needs).toBeGreaterThanOrEqual(truth.persons);
  });

  it('lists the shared identifiers, each used by many persons', () => {
    expect(truth.sharedIdentifiers.map((s) => s.kind).sort()).toEqual([
      'deviceId',
      'deviceId',
      'deviceId',
      'deviceId',
      'phone',
    ]);
    for (const identifier of truth.sharedIdentifiers) expect(identifier.persons).toBeGreaterThan(3);
  });

  it('stitches into exactly the true persons when shared identifiers are excluded', () => {
    const components = new Set(stitch(touchpoints, shared).values());
    expect(components.size).toBe(truth.persons);
  });

  it('over-links when shared identifiers are not excluded (what the cap guards against)', () => {
    const components = new Set(stitch(touchpoints, new Set()).values());
    expect(components.size).toBeLessThan(truth.persons - 20);
  });

  it("maps every person's raw identifiers to one stitched customer of their own", () => {
    const roots = stitch(touchpoints, shared);
    const seen = new Set<string>();
    for (const activity of dataset.persons()) {
      const identities = personIdentities(activity);
      const personRoots = new Set(
        identities.raw.map(([kind, raw]) => roots.get(`${kind}:${normalise(kind, raw)}`)),
      );
      expect(personRoots.size).toBe(1);
      const [root] = personRoots;
      expect(root).toBeDefined();
      expect(seen.has(root ?? '')).toBe(false);
      seen.add(root ?? '');
      for (const [kind, raw] of identities.raw)
        expect(normalise(kind, raw)).toBe(identities.canonical[kind]);
    }
    expect(seen.size).toBe(truth.persons);
  });

  it('has only some touchpoints carry two identifiers, and spells identifiers several ways', () => {
    const multi =
      touchpoints.filter((t) => Object.keys(t.customer).length > 1).length / touchpoints.length;
    expect(multi).toBeGreaterThan(0.1);
    expect(multi).toBeLessThan(0.4);
    const emails = touchpoints
      .map((t) => t.customer.email)
      .filter((e): e is string => e !== undefined);
    expect(emails.some((e) => e !== e.trim().toLowerCase())).toBe(true);
    const phones = touchpoints
      .map((t) => t.customer.phone)
      .filter((p): p is string => p !== undefined);
    expect(phones.some((p) => p.startsWith('0'))).toBe(true);
    expect(phones.some((p) => p.startsWith('+44'))).toBe(true);
  });
});
