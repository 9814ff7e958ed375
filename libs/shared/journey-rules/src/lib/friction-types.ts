import type { MetricName } from './metric-catalogue';

/** Friction types, in DESIGN.md table order. */
export const FRICTION_TYPE_NAMES = [
  'repeat_contact',
  'failed_containment',
  'escalation',
  'transfer',
  'ivr_misroute',
  'long_wait',
  'abandonment',
  'out_of_hours',
  'low_csat',
  'high_effort',
  'negative_social',
  'many_handoffs',
] as const;
export type FrictionType = (typeof FRICTION_TYPE_NAMES)[number];

export interface FrictionTypeDefinition {
  type: FrictionType;
  label: string;
  /** The rule as DESIGN.md "Precise rules" states it (default thresholds in brackets). */
  rule: string;
  /** Metrics (API names) the friction hurts; empty when DESIGN.md names no metric. */
  hurts: MetricName[];
  /** The "metric it hurts" column of DESIGN.md, in words. */
  hurtsLabel: string;
}

type Entry = Omit<FrictionTypeDefinition, 'type'>;

const ENTRIES: Record<FrictionType, Entry> = {
  repeat_contact: {
    label: 'Repeat contact',
    rule: 'an inbound assisted step after an earlier assisted step of the same journey',
    hurts: ['fcr', 'cost_to_serve'],
    hurtsLabel: 'FCR, cost',
  },
  failed_containment: {
    label: 'Failed containment',
    rule: 'the first assisted step of a journey that began in self-service',
    hurts: ['containment'],
    hurtsLabel: 'containment rate',
  },
  escalation: {
    label: 'Escalation',
    rule: "an assisted step whose channel's configured cost is above that of the previous assisted step's channel",
    hurts: ['cost_to_serve', 'ces'],
    hurtsLabel: 'cost, CES',
  },
  transfer: {
    label: 'Transfer',
    rule: 'outcome transferred',
    hurts: ['aht', 'fcr'],
    hurtsLabel: 'AHT, "one person resolves it"',
  },
  ivr_misroute: {
    label: 'IVR misroute',
    rule: 'a step with outcome transferred right after an ivr step',
    hurts: ['ces', 'aht'],
    hurtsLabel: 'CES, AHT',
  },
  long_wait: {
    label: 'Long wait',
    rule: "waitSeconds above the service-level target for the contact's channel, interaction type and segment",
    hurts: ['service_level', 'csat'],
    hurtsLabel: 'service level, CSAT',
  },
  abandonment: {
    label: 'Abandonment',
    rule: 'outcome abandoned',
    hurts: ['service_level'],
    hurtsLabel: 'service level',
  },
  out_of_hours: {
    label: 'Out of hours',
    rule: "an inbound assisted step outside the channel's hours of operation",
    hurts: [],
    hurtsLabel: 'access',
  },
  low_csat: {
    label: 'Low CSAT',
    rule: 'csat <= threshold (2)',
    hurts: ['csat'],
    hurtsLabel: 'CSAT',
  },
  high_effort: {
    label: 'High effort',
    rule: 'ces >= threshold (5)',
    hurts: ['ces'],
    hurtsLabel: 'CES',
  },
  negative_social: {
    label: 'Negative social',
    rule: 'channel social with sentiment < threshold (-0.3)',
    hurts: ['nps'],
    hurtsLabel: 'brand, NPS',
  },
  many_handoffs: {
    label: 'Many handoffs',
    rule: 'more than threshold (2) distinct agentIds in a journey; one event, at the step where the first agent over the threshold appears',
    hurts: ['ces'],
    hurtsLabel: 'CES',
  },
};

export const FRICTION_TYPES: Readonly<Record<FrictionType, FrictionTypeDefinition>> =
  Object.fromEntries(
    FRICTION_TYPE_NAMES.map((type) => [type, { type, ...ENTRIES[type] }]),
  ) as Record<FrictionType, FrictionTypeDefinition>;
