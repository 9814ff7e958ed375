import { CHANNELS } from './channels';
import { type FieldError, validateTouchpoint } from './touchpoint-schema';

const NOW = new Date('2026-03-02T12:00:00Z');

const valid = {
  id: 'c-1001',
  occurredAt: '2026-03-01T10:22:00Z',
  channel: 'phone',
  customer: { email: 'ana@x.com' },
};

function errorsOf(raw: unknown): FieldError[] {
  const result = validateTouchpoint(raw, NOW);
  if (result.ok) throw new Error('expected the touchpoint to be rejected');
  return result.errors;
}

function fieldOf(raw: unknown): string[] {
  return errorsOf(raw).map((error) => error.field);
}

describe(validateTouchpoint.name, () => {
  it('accepts a minimal touchpoint and applies the defaults', () => {
    const result = validateTouchpoint(valid, NOW);
    expect(result).toEqual({
      ok: true,
      value: {
        ...valid,
        source: 'api',
        direction: 'inbound',
        interactionType: 'other',
      },
    });
  });

  it('accepts every field of the contract', () => {
    const full = {
      ...valid,
      source: 'genesys',
      direction: 'outbound',
      customer: {
        accountId: 'A-1',
        email: 'ana@x.com',
        phone: '+447700900123',
        socialHandle: '@ana',
        deviceId: 'dev-1',
      },
      interactionType: 'tech_support',
      intent: 'router-offline',
      outcome: 'resolved',
      agentId: 'ag-7',
      team: 'north',
      queue: 'q1',
      waitSeconds: 0,
      handleSeconds: 310.5,
      cost: 8,
      csat: 5,
      ces: 7,
      nps: 0,
      sentiment: -1,
      ivrPath: ['1', '3'],
      attributes: { campaign: 'spring' },
    };
    expect(validateTouchpoint(full, NOW)).toEqual({ ok: true, value: full });
  });

  it('takes a numeric id as its string form and trims strings', () => {
    const result = validateTouchpoint({ ...valid, id: 42, intent: '  billing-question ' }, NOW);
    expect(result.ok && result.value).toMatchObject({ id: '42', intent: 'billing-question' });
  });

  it('treats null optional fields as absent', () => {
    const result = validateTouchpoint(
      { ...valid, outcome: null, csat: null, customer: { email: 'ana@x.com', phone: null } },
      NOW,
    );
    expect(result.ok).toBe(true);
  });

  it('names each missing required field', () => {
    expect(errorsOf({})).toEqual([
      { field: 'id', message: 'is required' },
      {
        field: 'occurredAt',
        message: 'is required: an ISO-8601 timestamp with an offset, e.g. 2026-03-01T10:22:00Z',
      },
      { field: 'channel', message: `is required; one of: ${CHANNELS.join(', ')}` },
      {
        field: 'customer',
        message:
          'is required: an object with at least one of: accountId, email, phone, socialHandle, deviceId',
      },
    ]);
  });

  it('lists the channels for a bad channel', () => {
    expect(errorsOf({ ...valid, channel: 'fax' })).toEqual([
      { field: 'channel', message: `must be one of: ${CHANNELS.join(', ')}` },
    ]);
  });

  it('lists the allowed values for direction, interaction type and outcome', () => {
    const errors = errorsOf({ ...valid, direction: 'up', interactionType: 'x', outcome: 'ok' });
    expect(errors).toEqual([
      { field: 'direction', message: 'must be one of: inbound, outbound' },
      {
        field: 'interactionType',
        message:
          'must be one of: order_placement, order_change, inquiry, tech_support, billing, feedback, complaint, other',
      },
      {
        field: 'outcome',
        message: 'must be one of: resolved, unresolved, transferred, abandoned, escalated',
      },
    ]);
  });

  it.each(['2026-03-01T10:22:00+01:00', '2026-03-01T10:22:00.123456Z', '2026-03-01T10:22+0100'])(
    'accepts the timestamp %s',
    (occurredAt) => {
      expect(validateTouchpoint({ ...valid, occurredAt }, NOW).ok).toBe(true);
    },
  );

  it.each([
    '2026-03-01T10:22:00',
    '2026-03-01T10:22:00-05',
    '2026-03-01',
    '01/03/2026 10:22',
    '2026-13-45T99:00:00Z',
    '',
  ])('rejects the timestamp "%s" without a usable offset', (occurredAt) => {
    expect(errorsOf({ ...valid, occurredAt })).toEqual([
      {
        field: 'occurredAt',
        message: expect.stringMatching(/^must be an ISO-8601 timestamp with an offset/),
      },
    ]);
  });

  it('allows up to a day in the future and rejects beyond it', () => {
    expect(validateTouchpoint({ ...valid, occurredAt: '2026-03-03T11:59:59Z' }, NOW).ok).toBe(true);
    expect(errorsOf({ ...valid, occurredAt: '2026-03-03T12:00:01Z' })).toEqual([
      {
        field: 'occurredAt',
        message:
          'must not be more than a day in the future (latest allowed 2026-03-03T12:00:00.000Z)',
      },
    ]);
  });

  it('rejects negative durations and costs', () => {
    expect(errorsOf({ ...valid, waitSeconds: -1, handleSeconds: -0.5, cost: -3 })).toEqual([
      { field: 'waitSeconds', message: 'must be a number >= 0' },
      { field: 'handleSeconds', message: 'must be a number >= 0' },
      { field: 'cost', message: 'must be a number >= 0' },
    ]);
    expect(fieldOf({ ...valid, waitSeconds: '12' })).toEqual(['waitSeconds']);
  });

  it('gives the range for each out-of-range score', () => {
    expect(errorsOf({ ...valid, csat: 0, ces: 8, nps: 11, sentiment: 1.5 })).toEqual([
      { field: 'csat', message: 'must be a whole number from 1 to 5' },
      { field: 'ces', message: 'must be a whole number from 1 to 7' },
      { field: 'nps', message: 'must be a whole number from 0 to 10' },
      { field: 'sentiment', message: 'must be a number from -1 to 1' },
    ]);
    expect(errorsOf({ ...valid, csat: 4.5 })).toEqual([
      { field: 'csat', message: 'must be a whole number from 1 to 5' },
    ]);
  });

  it('needs at least one customer identifier', () => {
    expect(errorsOf({ ...valid, customer: {} })).toEqual([
      {
        field: 'customer',
        message: 'needs at least one identifier: accountId, email, phone, socialHandle, deviceId',
      },
    ]);
    expect(fieldOf({ ...valid, customer: 'ana@x.com' })).toEqual(['customer']);
  });

  it('names identifier problems with a dotted path', () => {
    expect(errorsOf({ ...valid, customer: { email: 'not-an-email', phone: 'call me' } })).toEqual([
      { field: 'customer.email', message: 'must be an email address' },
      { field: 'customer.phone', message: 'must be a phone number, e.g. +447700900123' },
    ]);
    expect(errorsOf({ ...valid, customer: { email: 'a@x.com', fax: '1' } })).toEqual([
      {
        field: 'customer.fax',
        message:
          'only these identifiers are allowed: accountId, email, phone, socialHandle, deviceId',
      },
    ]);
  });

  it('rejects unknown top-level fields, naming the allowed ones', () => {
    const [error] = errorsOf({ ...valid, occured_at: 'typo' });
    expect(error.field).toBe('occured_at');
    expect(error.message).toMatch(/^unknown field; allowed fields: id, source, occurredAt/);
  });

  it('checks the shape of ivrPath and attributes', () => {
    expect(errorsOf({ ...valid, ivrPath: 'menu-1', attributes: [1] })).toEqual([
      { field: 'ivrPath', message: 'must be an array of strings' },
      { field: 'attributes', message: 'must be an object' },
    ]);
    expect(fieldOf({ ...valid, ivrPath: ['1', 2] })).toEqual(['ivrPath.1']);
  });

  it('rejects what is not an object at all', () => {
    for (const raw of [null, 42, 'x', [valid]]) {
      expect(errorsOf(raw)).toEqual([{ field: '(touchpoint)', message: 'must be a JSON object' }]);
    }
  });

  it('rejects empty and over-long strings', () => {
    expect(errorsOf({ ...valid, id: ' ', intent: 'x'.repeat(201) })).toEqual([
      { field: 'id', message: 'must not be empty' },
      { field: 'intent', message: 'must be at most 200 characters' },
    ]);
  });

  it('rejects what Postgres cannot store: NUL, lone surrogates, huge costs, year zero', () => {
    expect(fieldOf({ ...valid, intent: 'a\u0000b' })).toEqual(['intent']);
    expect(fieldOf({ ...valid, team: 'x\ud800' })).toEqual(['team']);
    expect(fieldOf({ ...valid, attributes: { note: 'a\u0000' } })).toEqual(['attributes']);
    expect(validateTouchpoint({ ...valid, attributes: { emoji: '\u{1F600}' } }, NOW).ok).toBe(true);
    expect(errorsOf({ ...valid, cost: 1e12 })).toEqual([
      { field: 'cost', message: 'must be a number from 0 to 99999999' },
    ]);
    expect(errorsOf({ ...valid, occurredAt: '0000-01-01T00:00:00Z' })).toEqual([
      { field: 'occurredAt', message: 'must not be before 1970-01-01' },
    ]);
  });
});
