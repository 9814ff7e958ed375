import { arrayLiteral, byteaHex, copyField, copyLine } from './copy-text';

describe(copyLine.name, () => {
  it('writes NULLs, numbers and escapes backslash, tab and line breaks', () => {
    expect(copyLine(['a\tb', null, 1.5, 'x\\y\r\nz', undefined])).toBe(
      'a\\tb\t\\N\t1.5\tx\\\\y\\r\\nz\t\\N\n',
    );
  });

  it('writes text[] and bytea values that survive COPY escaping', () => {
    expect(copyField(arrayLiteral(['main', 'say "hi"', 'a\\b']))).toBe(
      '{"main","say \\\\"hi\\\\"","a\\\\\\\\b"}',
    );
    expect(arrayLiteral(undefined)).toBeNull();
    expect(copyField(byteaHex('00ff'))).toBe('\\\\x00ff');
  });
});
