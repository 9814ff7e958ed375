import {
  type Channel,
  type IsoWeekday,
  type JourneyKeyRule,
  type WorkspaceSettingsDto,
  channelDefinition,
  isChannel,
  validateSettingsUpdate,
} from '@journey-atlas/shared/domain';

/** One channel's row of the settings form, as the inputs hold it (text until saved). */
export interface ChannelDraft {
  channel: Channel;
  cost: string;
  /** Blank: no service-level target. */
  serviceLevelSeconds: string;
  /** Percent 0..100; blank: no share. */
  serviceLevelPercent: string;
  alwaysOpen: boolean;
  weekdays: IsoWeekday[];
  opens: string;
  closes: string;
}

/** The settings form's values. The window is edited in hours, shares in percent. */
export interface SettingsDraft {
  timeZone: string;
  windowHours: string;
  key: JourneyKeyRule;
  lowCsatAtMost: string;
  highEffortAtLeast: string;
  negativeSentimentBelow: string;
  maxAgentsPerJourney: string;
  /** Custom attributes counted in the rollups, comma-separated. */
  rollupAttributes: string;
  channels: ChannelDraft[];
}

/** Field path (as the API names it, e.g. `channels[2].costPerContact`) -> message. */
export type FieldErrors = Record<string, string>;

const text = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);
const round = (value: number, digits: number) => Number(value.toFixed(digits));

export function draftFrom(settings: WorkspaceSettingsDto): SettingsDraft {
  const rules = settings.journeys;
  return {
    timeZone: settings.workspace.timeZone,
    windowHours: text(round(rules.windowSeconds / 3600, 4)),
    key: rules.key,
    lowCsatAtMost: text(rules.lowCsatAtMost),
    highEffortAtLeast: text(rules.highEffortAtLeast),
    negativeSentimentBelow: text(rules.negativeSentimentBelow),
    maxAgentsPerJourney: text(rules.maxAgentsPerJourney),
    rollupAttributes: settings.rollupAttributes.join(', '),
    channels: settings.channels.map((c) => ({
      channel: c.channel,
      cost: text(c.costPerContact),
      serviceLevelSeconds: text(c.serviceLevelSeconds),
      serviceLevelPercent:
        c.serviceLevelShare === null ? '' : text(round(c.serviceLevelShare * 100, 4)),
      alwaysOpen: c.hours === null,
      weekdays: c.hours ? [...c.hours.weekdays] : [1, 2, 3, 4, 5],
      opens: c.hours?.opens ?? '08:00',
      closes: c.hours?.closes ?? '20:00',
    })),
  };
}

/** A number from an input; blank or not a number gives `undefined` (reported as required). */
function parse(value: string): number | undefined {
  const trimmed = value.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : undefined;
}

/**
 * The `PUT /api/v1/settings` body for a draft: what was loaded, with the edited values
 * put in. Fields this form does not know (added to the API later) are sent back as they
 * came, so a save never drops them; `workspace` (read-only) becomes `timeZone`, and
 * `rollupAttributesCounted` (a state, not a setting) stays out.
 */
export function settingsUpdateBody(
  settings: WorkspaceSettingsDto,
  draft: SettingsDraft,
): { body: Record<string, unknown>; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const required = (field: string, value: string, scale = 1): number | undefined => {
    const number = parse(value);
    if (number === undefined) errors[field] = 'must be a number';
    return number === undefined ? undefined : round(number * scale, 6);
  };
  const optional = (value: string, scale = 1): number | null => {
    const trimmed = value.trim();
    if (trimmed === '') return null;
    const number = parse(trimmed);
    return number === undefined ? Number.NaN : round(number * scale, 6);
  };

  const { workspace: _readOnly, rollupAttributesCounted: _state, ...rest } = settings;
  void _readOnly;
  void _state;
  const windowHours = required('journeys.windowSeconds', draft.windowHours);
  const body: Record<string, unknown> = {
    ...rest,
    timeZone: draft.timeZone.trim(),
    rollupAttributes: draft.rollupAttributes
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== ''),
    journeys: {
      ...settings.journeys,
      windowSeconds: windowHours === undefined ? undefined : Math.round(windowHours * 3600),
      key: draft.key,
      lowCsatAtMost: required('journeys.lowCsatAtMost', draft.lowCsatAtMost),
      highEffortAtLeast: required('journeys.highEffortAtLeast', draft.highEffortAtLeast),
      negativeSentimentBelow: required(
        'journeys.negativeSentimentBelow',
        draft.negativeSentimentBelow,
      ),
      maxAgentsPerJourney: required('journeys.maxAgentsPerJourney', draft.maxAgentsPerJourney),
    },
    channels: settings.channels.map((loaded, i) => {
      const edited = draft.channels.find((c) => c.channel === loaded.channel);
      if (!edited) return loaded;
      const field = `channels[${i}]`;
      const serviceLevelSeconds = optional(edited.serviceLevelSeconds);
      const serviceLevelShare = optional(edited.serviceLevelPercent, 0.01);
      if (Number.isNaN(serviceLevelSeconds))
        errors[`${field}.serviceLevelSeconds`] = 'must be a number of seconds, or blank';
      if (Number.isNaN(serviceLevelShare))
        errors[`${field}.serviceLevelShare`] = 'must be a percentage, or blank';
      return {
        ...loaded,
        costPerContact: required(`${field}.costPerContact`, edited.cost),
        serviceLevelSeconds: Number.isNaN(serviceLevelSeconds) ? null : serviceLevelSeconds,
        serviceLevelShare: Number.isNaN(serviceLevelShare) ? null : serviceLevelShare,
        hours: edited.alwaysOpen
          ? null
          : {
              weekdays: [...edited.weekdays].sort((a, b) => a - b),
              opens: edited.opens,
              closes: edited.closes,
            },
      };
    }),
  };
  return { body, errors };
}

/** The form's messages for the units it shows (hours, percent), not the API's. */
export function friendlyMessage(field: string, message: string): string {
  if (field === 'journeys.windowSeconds') {
    return message
      .replace('3600 (1 hour)', '1 hour')
      .replace('7776000 (90 days)', '2160 hours (90 days)')
      .replace('must be whole seconds', 'must be whole seconds (hours × 3600)');
  }
  if (/serviceLevelShare$/.test(field)) {
    return message.replace('between 0 and 1', 'between 0 and 100%');
  }
  return message;
}

/**
 * Checks a draft with the same rules the server applies (`validateSettingsUpdate` from the
 * shared domain lib) before anything is sent. No errors: the body to PUT.
 */
export function validateDraft(
  settings: WorkspaceSettingsDto,
  draft: SettingsDraft,
): { ok: true; body: Record<string, unknown> } | { ok: false; errors: FieldErrors } {
  const { body, errors } = settingsUpdateBody(settings, draft);
  const result = validateSettingsUpdate(body);
  if (!result.ok) {
    for (const error of result.errors) {
      errors[error.field] ??= friendlyMessage(error.field, error.message);
    }
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, body };
}

/** The API's 400 answer as field errors (`details.errors`), when it has them. */
export function serverFieldErrors(details: unknown): FieldErrors {
  const list = (details as { errors?: unknown } | null | undefined)?.errors;
  const errors: FieldErrors = {};
  if (!Array.isArray(list)) return errors;
  for (const item of list as { field?: unknown; message?: unknown }[]) {
    if (typeof item?.field === 'string' && typeof item.message === 'string') {
      errors[item.field] ??= friendlyMessage(item.field, item.message);
    }
  }
  return errors;
}

/** A readable name for a field path, for errors the form cannot put next to an input. */
export function fieldLabel(field: string, channels: readonly { channel: Channel }[]): string {
  const channel = /^channels\[(\d+)\]\.?(.*)$/.exec(field);
  if (channel) {
    const index = Number(channel[1]);
    const known = channels[index]?.channel;
    const name =
      known && isChannel(known) ? channelDefinition(known).label : `Channel ${index + 1}`;
    return channel[2] ? `${name}: ${channel[2]}` : name;
  }
  return field;
}
