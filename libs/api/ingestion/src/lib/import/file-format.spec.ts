import { sniffDelimiter, sniffEncoding } from './file-format';

describe(sniffEncoding.name, () => {
  it('tells UTF-8 (with or without BOM) from Latin-1', () => {
    expect(sniffEncoding(Buffer.from('id,name\n1,Zoë\n', 'utf8'))).toBe('utf-8');
    expect(sniffEncoding(Buffer.from('\uFEFFid\n', 'utf8'))).toBe('utf-8');
    expect(sniffEncoding(Buffer.from('id;name\r\n1;Zoë\r\n', 'latin1'))).toBe('windows-1252');
  });

  it('accepts a character cut at the end of the sample', () => {
    const bytes = Buffer.from('a,é', 'utf8');
    expect(sniffEncoding(bytes.subarray(0, bytes.length - 1))).toBe('utf-8');
  });
});

describe(sniffDelimiter.name, () => {
  it('picks the most frequent delimiter of the header, ignoring quoted ones', () => {
    expect(sniffDelimiter('a;b;c\r\n1,5;2;3')).toBe(';');
    expect(sniffDelimiter('a\tb\tc\n')).toBe('\t');
    expect(sniffDelimiter('"x;y;z",b,c\n')).toBe(',');
    expect(sniffDelimiter('\uFEFFid|source|occurredAt')).toBe('|');
    expect(sniffDelimiter('single')).toBe(',');
  });
});
