import { keyIdentifier, normaliseIdentifier } from './identifier-normaliser';

function normal(kind: Parameters<typeof normaliseIdentifier>[0], raw: string, country = 'GB') {
  const result = normaliseIdentifier(kind, raw, country);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe(normaliseIdentifier.name, () => {
  it('trims and lower-cases emails and masks all but the first letter and domain', () => {
    expect(normal('email', '  Ana.Lopez@X.com ')).toEqual({
      kind: 'email',
      value: 'ana.lopez@x.com',
      masked: 'a***@x.com',
    });
    expect(normaliseIdentifier('email', 'no-at-sign', 'GB')).toMatchObject({ ok: false });
  });

  it('turns national and international phone numbers into one E.164 form', () => {
    expect(normal('phone', '07700 900018').value).toBe('+447700900018');
    expect(normal('phone', '+44 7700 900018').value).toBe('+447700900018');
    expect(normal('phone', '(415) 555-2671', 'US').value).toBe('+14155552671');
    expect(normal('phone', '+1 415 555 2671', 'GB').value).toBe('+14155552671');
  });

  it('masks phone numbers but the country code and the last three digits', () => {
    expect(normal('phone', '07700 900018').masked).toBe('+44*******018');
    expect(normal('phone', '+1 415 555 2671').masked).toBe('+1*******671');
  });

  it('rejects what cannot be a phone number, naming the default country', () => {
    expect(normaliseIdentifier('phone', '12', 'GB')).toEqual({
      ok: false,
      message:
        'must be a phone number in international form (+447700900123) or national form for GB',
    });
  });

  it('lower-cases social handles without the @', () => {
    expect(normal('socialHandle', '@@AnaL')).toEqual({
      kind: 'socialHandle',
      value: 'anal',
      masked: '@a***',
    });
    expect(normaliseIdentifier('socialHandle', '@', 'GB').ok).toBe(false);
  });

  it('only trims account and device ids (they are case-sensitive) and masks the middle', () => {
    expect(normal('accountId', ' AC-100042 ')).toEqual({
      kind: 'accountId',
      value: 'AC-100042',
      masked: 'AC***42',
    });
    expect(normal('deviceId', 'dev-7').masked).toBe('d***7');
    expect(normal('deviceId', 'abc').masked).toBe('a***');
  });
});

describe(keyIdentifier.name, () => {
  const secret = Buffer.alloc(32, 7);

  it('gives the same key for equal normalised identifiers and differs by kind and secret', () => {
    const a = keyIdentifier(secret, normal('email', 'Ana@X.com'));
    expect(a).toEqual(keyIdentifier(secret, normal('email', ' ana@x.com')));
    expect(a).toHaveLength(32);
    expect(a).not.toEqual(keyIdentifier(Buffer.alloc(32, 8), normal('email', 'ana@x.com')));
    expect(keyIdentifier(secret, normal('accountId', 'x1'))).not.toEqual(
      keyIdentifier(secret, normal('deviceId', 'x1')),
    );
  });
});
