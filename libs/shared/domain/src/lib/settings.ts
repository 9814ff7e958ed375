import { z } from 'zod';
import {
  type HoursOverride,
  MAX_ACCESS_OVERRIDES,
  type ServiceLevelOverride,
} from './access-overrides';
import { BUILT_IN_SEGMENT_ATTRIBUTES, CUSTOM_SEGMENT_ATTRIBUTE_PATTERN } from './analytics';
import { CHANNELS, type Channel, type IsoWeekday, type OperatingHours } from './channels';
import { INTERACTION_TYPES } from './touchpoint';

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

/**
 * Custom segment attributes the slot rollups can count. Each adds a slot per journey, map
 * step and contact to every rollup: filters on it then answer from the rollups like the
 * built-in attributes do; filters on other custom attributes read the journeys.
 */
export const MAX_ROLLUP_ATTRIBUTES = 3;

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
  /** Service-level targets per interaction type / segment / channel (see access-overrides.ts). */
  serviceLevelOverrides: ServiceLevelOverride[];
  /** Hours of operation per interaction type / segment / channel. */
  hoursOverrides: HoursOverride[];
  /**
   * Custom segment attributes (at most MAX_ROLLUP_ATTRIBUTES, few distinct values each)
   * counted in the rollups, so `segment.<attr>` filters on them answer fast.
   */
  rollupAttributes: string[];
  /**
   * Those the rollups count right now; a changed list counts once the rebuild it queued
   * has finished (until then filters on the new ones read the journeys).
   */
  rollupAttributesCounted: string[];
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
  /** Replaces the whole list ([] removes every override). */
  serviceLevelOverrides?: ServiceLevelOverride[];
  /** Replaces the whole list ([] removes every override). */
  hoursOverrides?: HoursOverride[];
  /** Replaces the whole list. */
  rollupAttributes?: string[];
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
    {
      invalid_type_error: 'must be {weekdays, opens, closes} or null (always open)',
      required_error: 'must be set: {weekdays, opens, closes} or null (always open)',
    },
  )
  .strict()
  .refine((h) => h.opens < h.closes, {
    message: 'must open before it closes (opens < closes)',
    path: ['closes'],
  })
  .nullable();

const serviceLevelSeconds = z
  .number({ invalid_type_error: 'must be whole seconds, or null for no target' })
  .int('must be whole seconds')
  .positive('must be more than 0 seconds')
  .max(30 * 86400, 'must be at most 30 days');

const serviceLevelShare = z
  .number({ invalid_type_error: 'must be a number between 0 and 1, or null' })
  .min(0, 'must be between 0 and 1')
  .max(1, 'must be between 0 and 1');

const channelName = z.enum(CHANNELS, {
  errorMap: () => ({ message: `must be one of ${CHANNELS.join(', ')}` }),
});

/** The conditions of an override; each is optional, none means "every contact". */
const overrideMatch = {
  channel: channelName.optional(),
  interactionType: z
    .enum(INTERACTION_TYPES, {
      errorMap: () => ({ message: `must be one of ${INTERACTION_TYPES.join(', ')}` }),
    })
    .optional(),
  segment: z
    .record(
      z
        .string()
        .regex(
          /^[A-Za-z][A-Za-z0-9_]{0,63}$/,
          'attribute names must be letters, digits or _ (up to 64), e.g. tier or region',
        ),
      z
        .string({ invalid_type_error: 'must be a text value such as "gold"' })
        .min(1, 'must not be empty')
        .max(200, 'must be at most 200 characters'),
      { invalid_type_error: 'must be an object of attribute: value, e.g. {"tier": "gold"}' },
    )
    .refine((segment) => Object.keys(segment).length > 0, {
      message: 'must name at least one attribute, e.g. {"tier": "gold"}',
    })
    .optional(),
};

const serviceLevelOverride = z
  .object(
    {
      ...overrideMatch,
      serviceLevelSeconds: serviceLevelSeconds.nullable().optional(),
      serviceLevelShare: serviceLevelShare.nullable().optional(),
    },
    { invalid_type_error: 'must be {channel?, interactionType?, segment?, serviceLevelSeconds}' },
  )
  .strict()
  .refine((o) => o.serviceLevelSeconds !== undefined || o.serviceLevelShare !== undefined, {
    message: 'must be set (whole seconds, or null for no target) unless serviceLevelShare is',
    path: ['serviceLevelSeconds'],
  });

const hoursOverride = z
  .object(
    { ...overrideMatch, hours },
    { invalid_type_error: 'must be {channel?, interactionType?, segment?, hours}' },
  )
  .strict();

/** Two overrides with the same conditions: only the later would ever apply. */
function overrideList<T extends z.ZodTypeAny>(item: T) {
  return z
    .array(item, { invalid_type_error: 'must be a list of overrides' })
    .max(MAX_ACCESS_OVERRIDES, `must hold at most ${MAX_ACCESS_OVERRIDES} overrides`)
    .superRefine((list, context) => {
      const seen = new Map<string, number>();
      list.forEach((override: Record<string, unknown>, index) => {
        const key = JSON.stringify([
          override['channel'] ?? null,
          override['interactionType'] ?? null,
          Object.entries((override['segment'] as Record<string, string>) ?? {}).sort(),
        ]);
        const first = seen.get(key);
        if (first === undefined) seen.set(key, index);
        else
          context.addIssue({
            code: z.ZodIssueCode.custom,
            path: [index],
            message: `must not repeat the conditions of entry [${first}] (merge the two)`,
          });
      });
    });
}

const channelUpdate = z
  .object({
    channel: channelName,
    costPerContact: z
      .number({ invalid_type_error: 'must be a number of USD' })
      .min(0, 'must be 0 or more')
      .max(100000, 'must be at most 100000')
      .optional(),
    serviceLevelSeconds: serviceLevelSeconds.nullable().optional(),
    serviceLevelShare: serviceLevelShare.nullable().optional(),
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

const rollupAttributes = z
  .array(
    z
      .string()
      .regex(
        CUSTOM_SEGMENT_ATTRIBUTE_PATTERN,
        'must be a custom attribute name: a letter, then up to 62 letters, digits or _',
      )
      .refine(
        (name) => !(BUILT_IN_SEGMENT_ATTRIBUTES as readonly string[]).includes(name),
        `must be a custom attribute; ${BUILT_IN_SEGMENT_ATTRIBUTES.join(', ')} are always counted`,
      ),
  )
  .max(MAX_ROLLUP_ATTRIBUTES, `must name at most ${MAX_ROLLUP_ATTRIBUTES} attributes`)
  .refine((list) => new Set(list).size === list.length, 'must name each attribute at most once');

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
    serviceLevelOverrides: overrideList(serviceLevelOverride).optional(),
    hoursOverrides: overrideList(hoursOverride).optional(),
    rollupAttributes: rollupAttributes.optional(),
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
