/**
 * The channel catalogue: every way a customer can reach a service organisation, whether
 * it is assisted (a person answers) or self-service, and the defaults a new workspace
 * starts with (DESIGN.md, "Precise rules").
 */
export const CHANNELS = [
  'phone',
  'ivr',
  'chat',
  'chatbot',
  'email',
  'sms',
  'social',
  'video',
  'field_service',
  'web',
  'app',
  'community',
  'store',
  'kiosk',
] as const;

export type Channel = (typeof CHANNELS)[number];

export type ChannelKind = 'assisted' | 'self_service';

/** ISO weekday numbers: 1 = Monday ... 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * When a channel is staffed, in the workspace time zone. `null` means always open.
 * `opens` is inclusive and `closes` exclusive ("08:00" up to, not including, "20:00").
 */
export interface OperatingHours {
  weekdays: IsoWeekday[];
  opens: string;
  closes: string;
}

export interface ChannelDefinition {
  channel: Channel;
  label: string;
  kind: ChannelKind;
  /** Cost per contact in USD; a touchpoint's own `cost` wins over it. */
  costPerContact: number;
  /** Answer-within target in seconds; `null` when the channel has no service-level target. */
  serviceLevelSeconds: number | null;
  /** Share of contacts that should be answered within the target (0..1). */
  serviceLevelShare: number | null;
  hours: OperatingHours | null;
}

const WEEKDAY_HOURS: OperatingHours = {
  weekdays: [1, 2, 3, 4, 5],
  opens: '08:00',
  closes: '20:00',
};

function assisted(
  channel: Channel,
  label: string,
  costPerContact: number,
  serviceLevelSeconds: number | null,
): ChannelDefinition {
  return {
    channel,
    label,
    kind: 'assisted',
    costPerContact,
    serviceLevelSeconds,
    serviceLevelShare: serviceLevelSeconds === null ? null : 0.8,
    hours: WEEKDAY_HOURS,
  };
}

function selfService(channel: Channel, label: string, costPerContact: number): ChannelDefinition {
  return {
    channel,
    label,
    kind: 'self_service',
    costPerContact,
    serviceLevelSeconds: null,
    serviceLevelShare: null,
    hours: null,
  };
}

/** Defaults for a new workspace, in catalogue order. */
export const CHANNEL_CATALOGUE: readonly ChannelDefinition[] = [
  assisted('phone', 'Phone', 8, 20),
  selfService('ivr', 'IVR', 0.5),
  assisted('chat', 'Chat', 5, 60),
  selfService('chatbot', 'Chatbot', 0.25),
  assisted('email', 'Email', 4, 86400),
  assisted('sms', 'SMS', 3, 3600),
  assisted('social', 'Social', 4, 3600),
  assisted('video', 'Video', 9, 30),
  assisted('field_service', 'Field service', 150, null),
  selfService('web', 'Web', 0.1),
  selfService('app', 'App', 0.1),
  selfService('community', 'Community', 0.05),
  assisted('store', 'Store', 12, null),
  selfService('kiosk', 'Kiosk', 0.5),
];

const BY_CHANNEL = new Map(CHANNEL_CATALOGUE.map((definition) => [definition.channel, definition]));

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && BY_CHANNEL.has(value as Channel);
}

export function channelDefinition(channel: Channel): ChannelDefinition {
  const definition = BY_CHANNEL.get(channel);
  if (!definition) throw new Error(`Unknown channel "${channel}"`);
  return definition;
}

export function isAssisted(channel: Channel): boolean {
  return channelDefinition(channel).kind === 'assisted';
}

export const ASSISTED_CHANNELS: readonly Channel[] = CHANNEL_CATALOGUE.filter(
  (definition) => definition.kind === 'assisted',
).map((definition) => definition.channel);

export const SELF_SERVICE_CHANNELS: readonly Channel[] = CHANNEL_CATALOGUE.filter(
  (definition) => definition.kind === 'self_service',
).map((definition) => definition.channel);
