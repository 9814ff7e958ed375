import { IdentifierKeyer } from './identifier-keyer';
import { keyIdentifier, normaliseIdentifier } from './identifier-normaliser';

const SECRET = Buffer.alloc(32, 3);

/** The key without the keyer's memo: normalise, then HMAC. */
function direct(kind: 'phone' | 'email', raw: string, country = 'GB') {
  const normalised = normaliseIdentifier(kind, raw, country);
  if (!normalised.ok) return normalised.message;
  return {
    kind,
    keyHex: keyIdentifier(SECRET, normalised.value).toString('hex'),
    masked: normalised.value.masked,
  };
}

describe(IdentifierKeyer.name, () => {
  it('keys every spelling of a phone number as normalising it directly does', () => {
    const keyer = new IdentifierKeyer(SECRET, 'GB');
    const spellings = [
      '07517 488965',
      '07517488965',
      ' 07517 488965 ',
      '+44 7517 488965',
      '+447517488965',
      '0 7 5 1 7 4 8 8 9 6 5',
      '+1 415 555 2671',
      '12',
      '1 2',
      '+44 12',
      '(415) 555-2671',
    ];
    for (const raw of spellings) {
      expect(keyer.keyOne('phone', raw)).toEqual(direct('phone', raw));
      // Second time from the memo: the same answer.
      expect(keyer.keyOne('phone', raw)).toEqual(direct('phone', raw));
    }
    expect(keyer.keyOne('phone', '07517 488965')).toEqual(keyer.keyOne('phone', '+447517488965'));
  });

  it('names the failing field and keeps the kinds apart', () => {
    const keyer = new IdentifierKeyer(SECRET, 'US');
    expect(keyer.key({ phone: '12', email: 'a@x.com' })).toEqual({
      ok: false,
      errors: [{ field: 'customer.phone', message: expect.stringContaining('US') }],
    });
    const keyed = keyer.key({ email: 'A@X.com', accountId: 'A@X.com' });
    expect(keyed.ok && keyed.identifiers.map((i) => i.kind)).toEqual(['accountId', 'email']);
    expect(keyed.ok && keyed.identifiers[1]).toEqual(direct('email', 'a@x.com'));
  });

  it('forgets everything when its memo is full, and still answers the same', () => {
    const keyer = new IdentifierKeyer(SECRET, 'GB', 2);
    for (const raw of ['a@x.com', 'b@x.com', 'c@x.com', 'a@x.com']) {
      expect(keyer.keyOne('email', raw)).toEqual(direct('email', raw));
    }
  });
});
