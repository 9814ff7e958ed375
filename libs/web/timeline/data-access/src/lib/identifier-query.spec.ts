import { IDENTIFIER_CHOICES, identifierQuery } from './identifier-query';

describe(identifierQuery.name, () => {
  it('joins kind and trimmed value the way the API reads them', () => {
    expect(identifierQuery('email', '  ana@x.com ')).toEqual({
      ok: true,
      identifier: 'email:ana@x.com',
    });
    expect(identifierQuery('accountId', 'A:1')).toEqual({ ok: true, identifier: 'accountId:A:1' });
  });

  it('says what is wrong with an empty value or an unknown kind', () => {
    expect(identifierQuery('email', '   ')).toEqual({
      ok: false,
      message: 'Enter the identifier to search for.',
    });
    const unknown = identifierQuery('passport', 'X1');
    expect(unknown.ok).toBe(false);
    expect(!unknown.ok && unknown.message).toContain('kind one of accountId, email, phone');
  });

  it('offers every identifier kind with a label', () => {
    expect(IDENTIFIER_CHOICES.map((c) => c.kind)).toEqual([
      'accountId',
      'email',
      'phone',
      'socialHandle',
      'deviceId',
    ]);
    expect(IDENTIFIER_CHOICES.every((c) => c.label.length > 0)).toBe(true);
  });
});
