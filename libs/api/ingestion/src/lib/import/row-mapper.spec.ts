import { EMPTY_MAPPING, type ImportMapping, parseImportMapping } from './import-mapping';
import { RowMapper } from './row-mapper';

const mapping = (raw: unknown): ImportMapping => {
  const parsed = parseImportMapping(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
};

describe(RowMapper.name, () => {
  it('reads canonical columns: identifiers, numbers, ivrPath; blanks are absent', () => {
    const mapper = new RowMapper(
      ['id', 'occurredAt', 'channel', 'email', 'Phone', 'waitSeconds', 'csat', 'ivrPath', 'extra'],
      EMPTY_MAPPING,
    );
    expect(mapper.ignoredColumns).toEqual(['extra']);
    expect(
      mapper.fromCells([
        't1',
        '2026-03-01T10:00:00Z',
        'ivr',
        'a@x.com',
        '',
        '12.5',
        'x',
        'main > billing',
        'y',
      ]),
    ).toEqual({
      raw: {
        id: 't1',
        occurredAt: '2026-03-01T10:00:00Z',
        channel: 'ivr',
        customer: { email: 'a@x.com' },
        waitSeconds: 12.5,
        csat: 'x',
        ivrPath: ['main', 'billing'],
      },
    });
  });

  it('renames columns, maps values, fills constants, keeps attributes and records the assumed time', () => {
    const mapper = new RowMapper(
      ['Ref', 'Klant', 'Datum', 'Kanaal', 'Leeftijd', 'Kosten'],
      mapping({
        columns: {
          Ref: 'id',
          Klant: 'account_id',
          Datum: 'occurredAt',
          Kanaal: 'channel',
          Kosten: 'cost',
        },
        values: { channel: { '8': 'web' } },
        constants: { source: 'crm', channel: 'phone' },
        attributes: ['Leeftijd'],
        timestamps: { timeZone: 'Europe/Amsterdam', timeOfDay: '09:00' },
      }),
      true,
    );
    expect(mapper.fromCells(['r1', '42', '2016-01-12', '8', '30-39', '12,5'])).toEqual({
      raw: {
        id: 'r1',
        customer: { accountId: '42' },
        occurredAt: '2016-01-12T09:00:00+01:00',
        channel: 'web',
        source: 'crm',
        cost: 12.5,
        attributes: { Leeftijd: '30-39' },
      },
      assumptions: {
        occurredAt: { given: '2016-01-12', timeZone: 'Europe/Amsterdam', timeOfDay: '09:00' },
      },
    });
    expect(mapper.fromCells(['r2', '42', '2016-01-12', '', '']).raw).toMatchObject({
      channel: 'phone',
    });
  });

  it('maps NDJSON objects by their top-level keys and passes them through without a mapping', () => {
    const object = {
      ref: 'n1',
      occurredAt: '2026-03-01 10:00',
      channel: 'W',
      customer: { email: 'a@x.com' },
    };
    expect(new RowMapper([], EMPTY_MAPPING).fromObject(object)).toEqual({ raw: object });
    const mapped = new RowMapper(
      [],
      mapping({
        columns: { ref: 'id' },
        values: { channel: { W: 'web' } },
        timestamps: { timeZone: 'UTC' },
      }),
    ).fromObject(object);
    expect(mapped.raw).toEqual({
      id: 'n1',
      occurredAt: '2026-03-01T10:00+00:00',
      channel: 'web',
      customer: { email: 'a@x.com' },
    });
    expect(mapped.assumptions).toEqual({
      occurredAt: { given: '2026-03-01 10:00', timeZone: 'UTC' },
    });
  });
});

describe(parseImportMapping.name, () => {
  it('names the field and what is allowed', () => {
    const parsed = parseImportMapping({
      columns: { X: 'nope' },
      values: { channel: { '9': 'fax' } },
      timestamps: { timeZone: 'Mars/Base' },
      extra: 1,
    });
    expect(parsed.ok).toBe(false);
    const fields = parsed.ok ? [] : parsed.errors.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'mapping.columns.X',
        'mapping.values.channel.9',
        'mapping.timestamps.timeZone',
        'mapping',
      ]),
    );
  });
});
