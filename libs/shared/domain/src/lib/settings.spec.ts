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
