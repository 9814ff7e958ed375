import { fastTouchpoint } from './touchpoint-fast-path';
import { MAX_FUTURE_MS, validateWithSchema } from './touchpoint-schema';

const NOW = new Date('2026-03-02T12:00:00Z');
const LATEST = NOW.getTime() + MAX_FUTURE_MS;

const full: Record<string, unknown> = {
  id: 'c-1001',
  source: 'genesys',
  occurredAt: '2026-03-01T10:22:00+01:00',
  channel: 'phone',
  direction: 'outbound',
  customer: {
    accountId: 'A-1',
    email: 'ana@x.com',
    phone: '+447700900123',
    socialHandle: '@ana',
    deviceId: 'd',
  },
  interactionType: 'tech_support',
  intent: 'router offline',
  outcome: 'resolved',
  agentId: 'ag-7',
  team: 'north',
  queue: 'q1',
  waitSeconds: 0,
  handleSeconds: 310.5,
  cost: 8,
  csat: 5,
  ces: 1,
  nps: 10,
  sentiment: -1,
  ivrPath: ['1', '3'],
  attributes: { campaign: 'spring', nested: { deep: [1, 2] } },
};

/** Values that probe each rule's edges: types, bounds, whitespace, unicode, nulls. */
const PROBES: unknown[] = [
  undefined,
  null,
  '',
  ' ',
  ' x',
  'x ',
  'x\ty',
  'Zoë',
  'a\u0000b',
  '\ud800',
  'x'.repeat(200),
  'x'.repeat(201),
  0,
  -0.5,
  -1,
  1,
  1.5,
  5,
  6,
  7,
  8,
  10,
  11,
  1e9,
  99_999_999,
  1e300,
  true,
  [],
  {},
  ['a'],
  [' a'],
  [1],
  { a: '\u0000' },
  'phone',
  'fax',
  'inbound',
  'sideways',
  'other',
  'resolved',
  'ok',
  '2026-03-01T10:22:00Z',
  '2026-03-01T10:22:00',
  '2026-03-03T12:00:00Z',
  '2026-03-03T12:00:01Z',
  '1969-12-31T23:59:59Z',
  '2026-03-01T10:22+0100',
  'ana@x.com',
  'ANA@X.COM',
  'no-at',
  '+447700900123',
  'call me',
  { email: 'a@x.co' },
  { fax: '1' },
  { email: ' a@x.co' },
  { phone: null, email: 'a@x.co' },
];

describe(fastTouchpoint.name, () => {
  it('takes the fast path for clean touchpoints and agrees with the schema', () => {
    const minimal = {
      id: 'x',
      occurredAt: '2026-03-01T10:22:00Z',
      channel: 'web',
      customer: { deviceId: 'd' },
    };
    for (const raw of [full, minimal]) {
      const fast = fastTouchpoint(raw, LATEST);
      expect(fast).toBeDefined();
      expect(validateWithSchema(raw, NOW)).toEqual({ ok: true, value: fast });
    }
  });

  it('never accepts what the schema rejects, nor changes what it accepts', () => {
    let fastCount = 0;
    for (const field of [...Object.keys(full), 'unknownField']) {
      for (const probe of PROBES) {
        const raw = { ...full, [field]: probe };
        if (probe === undefined) delete raw[field];
        const fast = fastTouchpoint(raw, LATEST);
        if (fast === undefined) continue;
        fastCount++;
        expect({ field, probe, result: validateWithSchema(raw, NOW) }).toEqual({
          field,
          probe,
          result: { ok: true, value: fast },
        });
      }
    }
    expect(fastCount).toBeGreaterThan(50);
  });

  it('leaves anything unusual to the schema', () => {
    expect(fastTouchpoint({ ...full, id: 42 }, LATEST)).toBeUndefined();
    expect(fastTouchpoint({ ...full, intent: ' padded ' }, LATEST)).toBeUndefined();
    expect(fastTouchpoint({ ...full, outcome: null }, LATEST)).toBeUndefined();
    expect(fastTouchpoint({ ...full, customer: {} }, LATEST)).toBeUndefined();
  });
});
