import { parseIdentifierReference, validateCustomerUpsert } from './customers';

describe(parseIdentifierReference.name, () => {
  it('splits kind:value at the first colon and trims the value', () => {
    expect(parseIdentifierReference('email: ana@x.com ')).toEqual({
      ok: true,
      value: { kind: 'email', value: 'ana@x.com' },
    });
    expect(parseIdentifierReference('deviceId:a:b:c')).toEqual({
      ok: true,
      value: { kind: 'deviceId', value: 'a:b:c' },
    });
  });

  it.each([undefined, 42, '', 'ana@x.com', 'fax:123', 'email:', ':x', 'Email:a@x.com'])(
    'rejects %p, naming the kinds',
    (raw) => {
      expect(parseIdentifierReference(raw)).toEqual({
        ok: false,
        message:
          'must look like kind:value with kind one of accountId, email, phone, socialHandle, deviceId (e.g. email:ana@x.com)',
      });
    },
  );
});

describe(validateCustomerUpsert.name, () => {
  it('keeps absent segments absent and explicit nulls as nulls', () => {
    expect(
      validateCustomerUpsert({ identifier: 'accountId:A-1', region: ' North ', tier: null }),
    ).toEqual({
      ok: true,
      value: { identifier: { kind: 'accountId', value: 'A-1' }, region: 'North', tier: null },
    });
  });

  it('names every bad field', () => {
    const result = validateCustomerUpsert({
      identifier: 'x',
      region: 5,
      attributes: [],
      colour: 'red',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field).sort()).toEqual(['attributes', 'colour', 'region']);
    expect(validateCustomerUpsert({ identifier: 'x' })).toMatchObject({
      ok: false,
      errors: [{ field: 'identifier' }],
    });
    expect(validateCustomerUpsert(null)).toMatchObject({
      ok: false,
      errors: [{ field: 'identifier' }],
    });
    expect(validateCustomerUpsert({ identifier: 'email:a@x.co', region: 'a\u0000' })).toMatchObject(
      {
        ok: false,
        errors: [{ field: 'region' }],
      },
    );
  });
});
