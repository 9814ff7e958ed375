import {
  CHANNEL_CATALOGUE,
  type Channel,
  type InteractionType,
  type OperatingHours,
} from '@journey-atlas/shared/domain';

/** One channel's workspace settings (defaults from `CHANNEL_CATALOGUE`). */
export interface ChannelRules {
  /** USD per contact; a touchpoint's own `cost` wins for cost to serve. */
  costPerContact: number;
  /** Answer-within target in seconds; null = no target (never a long wait). */
  serviceLevelSeconds: number | null;
  /** Share that should be answered within the target (0..1), shown next to the metric. */
  serviceLevelShare: number | null;
  /** null = always open. */
  hours: OperatingHours | null;
}

/**
 * An access-strategy override of service level and hours. A rule applies to a touchpoint
 * when every condition in `match` holds (an empty match applies to all). For each field
 * separately, the matching rule that sets the field with the most conditions wins
 * (channel, interactionType and each segment attribute count one each); on a tie the
 * later rule in the list wins. Unmatched fields fall back to the channel's settings.
 */
export interface AccessOverride {
  match: {
    channel?: Channel;
    interactionType?: InteractionType;
    /** Segment attribute name -> value, e.g. `{ tier: 'gold' }`. */
    segment?: Record<string, string>;
  };
  serviceLevelSeconds?: number | null;
  serviceLevelShare?: number | null;
  hours?: OperatingHours | null;
}

/** Friction thresholds (DESIGN.md "Precise rules"). */
export interface FrictionThresholds {
  /** low_csat when csat <= this. */
  lowCsatAtMost: number;
  /** high_effort when ces >= this. */
  highEffortAtLeast: number;
  /** negative_social when sentiment < this. */
  negativeSentimentBelow: number;
  /** many_handoffs when distinct agents > this. */
  maxAgentsPerJourney: number;
}

/** `intent_or_interaction_type`: intent when present, else interactionType (DESIGN default). */
export type JourneyKeyRule = 'intent_or_interaction_type' | 'interaction_type';

export interface JourneySettings {
  /** Largest gap between consecutive same-key touchpoints that stays in one journey. */
  journeyWindowSeconds: number;
  journeyKey: JourneyKeyRule;
  /** IANA time zone of the hours of operation. */
  timeZone: string;
  /** Fully loaded labour cost of one hour of assisted handle time, for LCR. */
  labourCostPerHour: number;
  channels: Record<Channel, ChannelRules>;
  overrides: AccessOverride[];
  friction: FrictionThresholds;
}

export const DEFAULT_JOURNEY_WINDOW_SECONDS = 7 * 24 * 60 * 60;
/** 30 USD per handle hour (0.50 USD per minute): a typical fully loaded agent cost. */
export const DEFAULT_LABOUR_COST_PER_HOUR = 30;

export const DEFAULT_FRICTION_THRESHOLDS: Readonly<FrictionThresholds> = {
  lowCsatAtMost: 2,
  highEffortAtLeast: 5,
  negativeSentimentBelow: -0.3,
  maxAgentsPerJourney: 2,
};

/** A fresh copy of the DESIGN.md defaults, safe to mutate. */
export function defaultJourneySettings(): JourneySettings {
  const channels = {} as Record<Channel, ChannelRules>;
  for (const definition of CHANNEL_CATALOGUE) {
    channels[definition.channel] = {
      costPerContact: definition.costPerContact,
      serviceLevelSeconds: definition.serviceLevelSeconds,
      serviceLevelShare: definition.serviceLevelShare,
      hours: definition.hours && {
        ...definition.hours,
        weekdays: [...definition.hours.weekdays],
      },
    };
  }
  return {
    journeyWindowSeconds: DEFAULT_JOURNEY_WINDOW_SECONDS,
    journeyKey: 'intent_or_interaction_type',
    timeZone: 'UTC',
    labourCostPerHour: DEFAULT_LABOUR_COST_PER_HOUR,
    channels,
    overrides: [],
    friction: { ...DEFAULT_FRICTION_THRESHOLDS },
  };
}

export interface JourneySettingsPatch
  extends Partial<Omit<JourneySettings, 'channels' | 'friction'>> {
  channels?: Partial<Record<Channel, Partial<ChannelRules>>>;
  friction?: Partial<FrictionThresholds>;
}

/** Defaults with a patch applied (channel and friction settings merge field by field). */
export function journeySettings(patch: JourneySettingsPatch = {}): JourneySettings {
  const base = defaultJourneySettings();
  const { channels, friction, ...rest } = patch;
  for (const [channel, rules] of Object.entries(channels ?? {}) as [
    Channel,
    Partial<ChannelRules>,
  ][]) {
    base.channels[channel] = { ...base.channels[channel], ...rules };
  }
  return { ...base, ...rest, friction: { ...base.friction, ...friction } };
}

/** The configured cost of a channel (ignores any touchpoint's own cost). */
export function channelCost(settings: JourneySettings, channel: Channel): number {
  return settings.channels[channel].costPerContact;
}
