import { validateSettingsUpdate } from './settings';

describe(validateSettingsUpdate.name, () => {
  it('accepts a partial update of any part', () => {
    const result = validateSettingsUpdate({
      timeZone: 'Europe/London',
      journeys: { windowSeconds: 3 * 86400 },
      channels: [
        {
          channel: 'phone',
          costPerContact: 7.5,
          serviceLevelSeconds: 30,
          hours: { weekdays: [1, 2, 3, 4, 5, 6], opens: '07:00', closes: '22:00' },
        },
        { channel: 'web', hours: null },
      ],
    });
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        timeZone: 'Europe/London',
        journeys: { windowSeconds: 259200 },
      }),
    });
  });

  it('names each bad field and what is allowed', () => {
    const result = validateSettingsUpdate({
      timeZone: 'Mars/Olympus',
      journeys: { windowSeconds: 10, key: 'topic' },
      channels: [
        { channel: 'fax' },
        {
          channel: 'chat',
          costPerContact: -1,
          hours: { weekdays: [8], opens: '9:00', closes: '08:00' },
        },
      ],
    });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        {
          field: 'timeZone',
          message: 'must be an IANA time zone such as "Europe/London" or "UTC"',
        },
        { field: 'journeys.windowSeconds', message: 'must be at least 3600 (1 hour)' },
        {
          field: 'journeys.key',
          message: 'must be one of intent_or_interaction_type, interaction_type',
        },
        {
          field: 'channels[0].channel',
          message: expect.stringContaining('must be one of phone, ivr, chat'),
        },
        { field: 'channels[1].costPerContact', message: 'must be 0 or more' },
        { field: 'channels[1].hours.weekdays[0]', message: expect.stringContaining('7') },
        {
          field: 'channels[1].hours.opens',
          message: 'must be a time from "00:00" to "24:00" (HH:MM)',
        },
      ]),
    );
  });

  it('rejects hours that close before they open, and repeated channels', () => {
    const hours = validateSettingsUpdate({
      channels: [{ channel: 'chat', hours: { weekdays: [1], opens: '20:00', closes: '08:00' } }],
    });
    expect(hours).toEqual({
      ok: false,
      errors: [
        {
          field: 'channels[0].hours.closes',
          message: 'must open before it closes (opens < closes)',
        },
      ],
    });
    const twice = validateSettingsUpdate({ channels: [{ channel: 'sms' }, { channel: 'sms' }] });
    expect(twice).toEqual({
      ok: false,
      errors: [{ field: 'channels', message: 'must name each channel at most once' }],
    });
  });

  it('refuses unknown fields and non-objects', () => {
    expect(validateSettingsUpdate({ colour: 'blue' })).toEqual({
      ok: false,
      errors: [{ field: '(body)', message: 'has unknown field(s) colour' }],
    });
    expect(validateSettingsUpdate('x')).toMatchObject({ ok: false, errors: [{ field: '(body)' }] });
  });
});

describe(`${validateSettingsUpdate.name} (access overrides)`, () => {
  it('accepts service-level and hours overrides and keeps them as given', () => {
    const serviceLevelOverrides = [
      { segment: { tier: 'gold' }, serviceLevelSeconds: 10, serviceLevelShare: 0.9 },
      { channel: 'email', interactionType: 'complaint', serviceLevelSeconds: null },
      { channel: 'phone', segment: { tier: 'gold' }, serviceLevelShare: 0.95 },
    ];
    const hoursOverrides = [
      {
        channel: 'phone',
        interactionType: 'billing',
        hours: { weekdays: [1, 2, 3, 4, 5, 6], opens: '08:00', closes: '20:00' },
      },
      { segment: { tier: 'platinum', language: 'fa' }, hours: null },
    ];
    expect(validateSettingsUpdate({ serviceLevelOverrides, hoursOverrides })).toEqual({
      ok: true,
      value: { serviceLevelOverrides, hoursOverrides },
    });
    expect(validateSettingsUpdate({ serviceLevelOverrides: [], hoursOverrides: [] })).toEqual({
      ok: true,
      value: { serviceLevelOverrides: [], hoursOverrides: [] },
    });
  });

  it('names the field path of every bad override and what is allowed', () => {
    const result = validateSettingsUpdate({
      serviceLevelOverrides: [
        { interactionType: 'gossip', serviceLevelSeconds: 10 },
        { segment: { tier: 'gold' } },
        { channel: 'phone', serviceLevelSeconds: 0, serviceLevelShare: 2, colour: 'red' },
        { segment: {}, serviceLevelSeconds: 5 },
        { segment: { 'ti er': 'gold', region: 7 }, serviceLevelSeconds: 5 },
      ],
      hoursOverrides: [
        { channel: 'fax', hours: null },
        { channel: 'chat' },
        { channel: 'chat', hours: { weekdays: [1], opens: '20:00', closes: '08:00' } },
      ],
    });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        {
          field: 'serviceLevelOverrides[0].interactionType',
          message: expect.stringContaining('must be one of order_placement, order_change'),
        },
        {
          field: 'serviceLevelOverrides[1].serviceLevelSeconds',
          message: 'must be set (whole seconds, or null for no target) unless serviceLevelShare is',
        },
        { field: 'serviceLevelOverrides[2]', message: 'has unknown field(s) colour' },
        {
          field: 'serviceLevelOverrides[3].segment',
          message: 'must name at least one attribute, e.g. {"tier": "gold"}',
        },
        {
          field: 'serviceLevelOverrides[4].segment.ti er',
          message: expect.stringContaining('attribute names must be letters, digits or _'),
        },
        {
          field: 'serviceLevelOverrides[4].segment.region',
          message: 'must be a text value such as "gold"',
        },
        {
          field: 'hoursOverrides[0].channel',
          message: expect.stringContaining('must be one of phone, ivr, chat'),
        },
        {
          field: 'hoursOverrides[1].hours',
          message: 'must be set: {weekdays, opens, closes} or null (always open)',
        },
        {
          field: 'hoursOverrides[2].hours.closes',
          message: 'must open before it closes (opens < closes)',
        },
      ]),
    );
  });

  it('rejects repeated conditions in one list, and lists that are not lists', () => {
    expect(
      validateSettingsUpdate({
        serviceLevelOverrides: [
          { channel: 'phone', segment: { tier: 'gold', region: 'north' }, serviceLevelSeconds: 5 },
          { segment: { region: 'north', tier: 'gold' }, channel: 'phone', serviceLevelShare: 1 },
        ],
      }),
    ).toEqual({
      ok: false,
      errors: [
        {
          field: 'serviceLevelOverrides[1]',
          message: 'must not repeat the conditions of entry [0] (merge the two)',
        },
      ],
    });
    expect(validateSettingsUpdate({ hoursOverrides: { channel: 'phone' } })).toEqual({
      ok: false,
      errors: [{ field: 'hoursOverrides', message: 'must be a list of overrides' }],
    });
  });
});

describe(`${validateSettingsUpdate.name} (rollup attributes)`, () => {
  it('accepts up to three distinct custom attribute names, [] included', () => {
    expect(validateSettingsUpdate({ rollupAttributes: ['ageBand', 'plan_2'] })).toEqual({
      ok: true,
      value: { rollupAttributes: ['ageBand', 'plan_2'] },
    });
    expect(validateSettingsUpdate({ rollupAttributes: [] })).toEqual({
      ok: true,
      value: { rollupAttributes: [] },
    });
  });

  it('names the entry that is not a custom attribute, repeats and too long lists', () => {
    const result = validateSettingsUpdate({ rollupAttributes: ['tier', 'age band', 'x'] });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          field: 'rollupAttributes[0]',
          message:
            'must be a custom attribute; region, tier, valueBand, specialNeeds are always counted',
        },
        {
          field: 'rollupAttributes[1]',
          message: 'must be a custom attribute name: a letter, then up to 62 letters, digits or _',
        },
      ],
    });
    expect(validateSettingsUpdate({ rollupAttributes: ['a', 'a'] })).toEqual({
      ok: false,
      errors: [{ field: 'rollupAttributes', message: 'must name each attribute at most once' }],
    });
    expect(validateSettingsUpdate({ rollupAttributes: ['a', 'b', 'c', 'd'] })).toEqual({
      ok: false,
      errors: [{ field: 'rollupAttributes', message: 'must name at most 3 attributes' }],
    });
  });
});
