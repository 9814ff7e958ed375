import { z } from 'zod';
import { CHANNELS, type Channel, type IsoWeekday, type OperatingHours } from './channels';

/** How a journey is keyed: DESIGN.md's intent-else-interaction-type, or the type alone. */
export const JOURNEY_KEY_RULES = ['intent_or_interaction_type', 'interaction_type'] as const;
export type JourneyKeyRule = (typeof JOURNEY_KEY_RULES)[number];

export interface JourneyRulesDto {
  /** A gap longer than this between two contacts of one need starts a new journey. */
  windowSeconds: number;
  key: JourneyKeyRule;
  lowCsatAtMost: number;
  highEffortAtLeast: number;
  negativeSentimentBelow: number;
  /** More distinct agents than this in one journey is the many_handoffs friction. */
  maxAgentsPerJourney: number;
}

export interface ChannelSettingsUpdate {
  channel: Channel;
  costPerContact?: number;
  serviceLevelSeconds?: number | null;
  serviceLevelShare?: number | null;
  hours?: OperatingHours | null;
}

/** `GET /api/v1/settings`: everything the journey engine reads, per workspace. */
export interface WorkspaceSettingsDto {
  workspace: { slug: string; name: string; timeZone: string };
  journeys: JourneyRulesDto;
  channels: {
    channel: Channel;
    costPerContact: number;
    serviceLevelSeconds: number | null;
    serviceLevelShare: number | null;
    hours: OperatingHours | null;
  }[];
}

/** `PUT /api/v1/settings` answer: the new settings and the rebuild they queued, if any. */
export interface SettingsUpdatedDto {
  settings: WorkspaceSettingsDto;
  rebuild: { jobId: string } | null;
}

export interface SettingsUpdate {
  timeZone?: string;
  journeys?: Partial<JourneyRulesDto>;
  channels?: ChannelSettingsUpdate[];
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const clock = z
  .string({ invalid_type_error: 'must be a time like "08:00"' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be a time from "00:00" to "24:00" (HH:MM)');

const hours = z
  .object(
    {
      weekdays: z
        .array(
          z
            .number()
            .int()
            .min(1)
            .max(7)
            .transform((day) => day as IsoWeekday),
          {
            invalid_type_error: 'must be a list of ISO weekdays 1 (Mon) to 7 (Sun)',
          },
        )
        .min(1, 'must name at least one ISO weekday 1 (Mon) to 7 (Sun)')
        .refine((days) => new Set(days).size === days.length, 'must not repeat a weekday'),
      opens: clock,
      closes: clock,
    },
    { invalid_type_error: 'must be {weekdays, opens, closes} or null (always open)' },
  )
  .strict()
  .refine((h) => h.opens < h.closes, {
    message: 'must open before it closes (opens < closes)',
    path: ['closes'],
  })
  .nullable();

const channelUpdate = z
  .object({
    channel: z.enum(CHANNELS, {
      errorMap: () => ({ message: `must be one of ${CHANNELS.join(', ')}` }),
    }),
    costPerContact: z
      .number({ invalid_type_error: 'must be a number of USD' })
      .min(0, 'must be 0 or more')
      .max(100000, 'must be at most 100000')
      .optional(),
    serviceLevelSeconds: z
      .number()
      .int('must be whole seconds')
      .positive('must be more than 0 seconds')
      .max(30 * 86400, 'must be at most 30 days')
      .nullable()
      .optional(),
    serviceLevelShare: z
      .number()
      .min(0, 'must be between 0 and 1')
      .max(1, 'must be between 0 and 1')
      .nullable()
      .optional(),
    hours: hours.optional(),
  })
  .strict();

const journeyRules = z
  .object({
    windowSeconds: z
      .number()
      .int('must be whole seconds')
      .min(3600, 'must be at least 3600 (1 hour)')
      .max(90 * 86400, 'must be at most 7776000 (90 days)'),
    key: z.enum(JOURNEY_KEY_RULES, {
      errorMap: () => ({ message: `must be one of ${JOURNEY_KEY_RULES.join(', ')}` }),
    }),
    lowCsatAtMost: z
      .number()
      .int()
      .min(1, 'must be between 1 and 5')
      .max(5, 'must be between 1 and 5'),
    highEffortAtLeast: z
      .number()
      .int()
      .min(1, 'must be between 1 and 7')
      .max(7, 'must be between 1 and 7'),
    negativeSentimentBelow: z
      .number()
      .min(-1, 'must be between -1 and 1')
      .max(1, 'must be between -1 and 1'),
    maxAgentsPerJourney: z
      .number()
      .int()
      .min(1, 'must be between 1 and 50')
      .max(50, 'must be between 1 and 50'),
  })
  .strict()
  .partial();

const settingsUpdate = z
  .object({
    timeZone: z
      .string()
      .refine(isTimeZone, 'must be an IANA time zone such as "Europe/London" or "UTC"')
      .optional(),
    journeys: journeyRules.optional(),
    channels: z
      .array(channelUpdate)
      .refine(
        (list) => new Set(list.map((c) => c.channel)).size === list.length,
        'must name each channel at most once',
      )
      .optional(),
  })
  .strict();

export interface SettingsError {
  field: string;
  message: string;
}

/** Validates a settings update; every error names its field (e.g. `channels[2].hours.opens`). */
export function validateSettingsUpdate(
  raw: unknown,
): { ok: true; value: SettingsUpdate } | { ok: false; errors: SettingsError[] } {
  const parsed = settingsUpdate.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({
      field: fieldPath(issue.path) || '(body)',
      message:
        issue.code === 'unrecognized_keys'
          ? `has unknown field(s) ${issue.keys.join(', ')}`
          : issue.message,
    })),
  };
}

function fieldPath(path: (string | number)[]): string {
  return path.reduce<string>(
    (text, part) =>
      typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part,
    '',
  );
}
