import type { WorkspaceSettingsDto } from '@journey-atlas/shared/domain';
import {
  draftFrom,
  fieldLabel,
  serverFieldErrors,
  settingsUpdateBody,
  validateDraft,
} from './settings-form';
import { settingsFixture } from './settings-fixture';

describe('settings form', () => {
  it('turns the loaded settings into form text: window in hours, share in percent', () => {
    const draft = draftFrom(settingsFixture());
    expect(draft.timeZone).toBe('UTC');
    expect(draft.windowHours).toBe('120');
    expect(draft.channels[0]).toEqual({
      channel: 'phone',
      cost: '8',
      serviceLevelSeconds: '20',
      serviceLevelPercent: '80',
      alwaysOpen: false,
      weekdays: [1, 2, 3, 4, 5],
      opens: '08:00',
      closes: '20:00',
    });
    expect(draft.channels[1]).toMatchObject({ alwaysOpen: true, serviceLevelPercent: '' });
  });

  it('sends back what it loaded, unchanged, when nothing was edited', () => {
    const settings = settingsFixture();
    const result = validateDraft(settings, draftFrom(settings));
    const { workspace, rollupAttributesCounted, ...rest } = settings;
    expect(rollupAttributesCounted).toEqual(['ageBand']);
    // What the rollups count now is state, not a setting: the API refuses it in a PUT.
    expect(result).toEqual({ ok: true, body: { ...rest, timeZone: workspace.timeZone } });
  });

  it('edits the rollup attributes as comma-separated names', () => {
    const settings = settingsFixture();
    const draft = draftFrom(settings);
    expect(draft.rollupAttributes).toBe('ageBand');
    draft.rollupAttributes = ' ageBand , plan,, ';
    expect(validateDraft(settings, draft)).toMatchObject({
      ok: true,
      body: { rollupAttributes: ['ageBand', 'plan'] },
    });
    draft.rollupAttributes = 'tier';
    expect(validateDraft(settings, draft)).toEqual({
      ok: false,
      errors: {
        'rollupAttributes[0]':
          'must be a custom attribute; region, tier, valueBand, specialNeeds are always counted',
      },
    });
  });

  it('puts the edits in and keeps fields it does not know', () => {
    const settings = {
      ...settingsFixture(),
      overrides: [{ interactionType: 'complaint', serviceLevelSeconds: 60 }],
    } as WorkspaceSettingsDto;
    (settings.channels[1] as unknown as Record<string, unknown>)['note'] = 'kept';
    const draft = draftFrom(settings);
    draft.channels[0].cost = '7,5';
    draft.channels[0].serviceLevelPercent = '90';
    draft.channels[1].alwaysOpen = false;
    draft.channels[1].weekdays = [6, 1];
    draft.windowHours = '48';
    draft.key = 'interaction_type';
    const { body, errors } = settingsUpdateBody(settings, draft);
    expect(errors).toEqual({});
    expect(body['overrides']).toEqual([{ interactionType: 'complaint', serviceLevelSeconds: 60 }]);
    expect(body['workspace']).toBeUndefined();
    expect(body['journeys']).toMatchObject({ windowSeconds: 172800, key: 'interaction_type' });
    const channels = body['channels'] as Record<string, unknown>[];
    expect(channels[0]).toMatchObject({ costPerContact: 7.5, serviceLevelShare: 0.9 });
    expect(channels[1]).toMatchObject({
      note: 'kept',
      hours: { weekdays: [1, 6], opens: '08:00', closes: '20:00' },
    });
  });

  it('names each bad field with the server’s rules, in the form’s units', () => {
    const settings = settingsFixture();
    const draft = draftFrom(settings);
    draft.timeZone = 'Mars/Olympus';
    draft.windowHours = '0.5';
    draft.lowCsatAtMost = '';
    draft.channels[0].cost = '-1';
    draft.channels[0].serviceLevelPercent = '150';
    draft.channels[0].opens = '21:00';
    draft.channels[1].serviceLevelSeconds = 'soon';
    const result = validateDraft(settings, draft);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      timeZone: 'must be an IANA time zone such as "Europe/London" or "UTC"',
      'journeys.windowSeconds': 'must be at least 1 hour',
      'journeys.lowCsatAtMost': 'must be a number',
      'channels[0].costPerContact': 'must be 0 or more',
      'channels[0].serviceLevelShare': 'must be between 0 and 100%',
      'channels[0].hours.closes': 'must open before it closes (opens < closes)',
      'channels[1].serviceLevelSeconds': 'must be a number of seconds, or blank',
    });
  });

  it('reads the field errors of a 400 answer', () => {
    expect(
      serverFieldErrors({
        errors: [
          { field: 'channels[0].costPerContact', message: 'must be at most 100000' },
          { field: 'journeys.windowSeconds', message: 'must be at most 7776000 (90 days)' },
          { nonsense: true },
        ],
      }),
    ).toEqual({
      'channels[0].costPerContact': 'must be at most 100000',
      'journeys.windowSeconds': 'must be at most 2160 hours (90 days)',
    });
    expect(serverFieldErrors(undefined)).toEqual({});
  });

  it('names a channel field by the channel’s label', () => {
    const channels = settingsFixture().channels;
    expect(fieldLabel('channels[1].hours', channels)).toBe('Web: hours');
    expect(fieldLabel('timeZone', channels)).toBe('timeZone');
  });
});
