import type { Channel } from './channels';

export const DIRECTIONS = ['inbound', 'outbound'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const INTERACTION_TYPES = [
  'order_placement',
  'order_change',
  'inquiry',
  'tech_support',
  'billing',
  'feedback',
  'complaint',
  'other',
] as const;
export type InteractionType = (typeof INTERACTION_TYPES)[number];

export const OUTCOMES = [
  'resolved',
  'unresolved',
  'transferred',
  'abandoned',
  'escalated',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The identifiers a customer can show up under; identity stitching joins them. */
export const IDENTIFIER_KINDS = [
  'accountId',
  'email',
  'phone',
  'socialHandle',
  'deviceId',
] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

export type CustomerIdentifiers = Partial<Record<IdentifierKind, string>>;

/** One interaction between a customer and the organisation, as sent to the ingestion API. */
export interface Touchpoint {
  /** External id; unique per `source`, the idempotency key. */
  id: string;
  source?: string;
  /** ISO-8601 timestamp with an offset. */
  occurredAt: string;
  channel: Channel;
  direction?: Direction;
  customer: CustomerIdentifiers;
  interactionType?: InteractionType;
  intent?: string;
  outcome?: Outcome;
  agentId?: string;
  team?: string;
  queue?: string;
  waitSeconds?: number;
  handleSeconds?: number;
  cost?: number;
  /** 1..5 */
  csat?: number;
  /** 1..7 */
  ces?: number;
  /** 0..10 */
  nps?: number;
  /** -1..1 */
  sentiment?: number;
  ivrPath?: string[];
  attributes?: Record<string, unknown>;
}

/** Every field of a touchpoint, in contract order (the schema refuses any other). */
export const TOUCHPOINT_FIELDS = [
  'id',
  'source',
  'occurredAt',
  'channel',
  'direction',
  'customer',
  'interactionType',
  'intent',
  'outcome',
  'agentId',
  'team',
  'queue',
  'waitSeconds',
  'handleSeconds',
  'cost',
  'csat',
  'ces',
  'nps',
  'sentiment',
  'ivrPath',
  'attributes',
] as const satisfies readonly (keyof Touchpoint)[];
