import type { InteractionType } from '@journey-atlas/shared/domain';

/** Segment attributes a person carries (the customers file and segment comparisons). */
export const REGIONS = ['north', 'south', 'east', 'west'] as const;
export type Region = (typeof REGIONS)[number];
export const TIERS = ['gold', 'silver', 'standard'] as const;
export type Tier = (typeof TIERS)[number];
export const VALUE_BANDS = ['high', 'medium', 'low'] as const;
export type ValueBand = (typeof VALUE_BANDS)[number];
export const AGE_BANDS = ['18-24', '25-34', '35-44', '45-54', '55-64', '65+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Phone queues; the IVR routes each intent to one of them. */
export const QUEUES = ['tech-support', 'billing', 'orders', 'accounts', 'retention'] as const;
export type Queue = (typeof QUEUES)[number];

export interface IntentSpec {
  intent: string;
  interactionType: InteractionType;
  /** Relative frequency of the need. */
  weight: number;
  /** Chance a web/app/chatbot attempt resolves the need (before planted problems). */
  selfService: number;
  /** Chance an assisted contact resolves it. */
  assisted: number;
  /** IVR menu path a caller takes for this need, and the queue it routes to. */
  ivrPath: readonly string[];
  queue: Queue;
  /** Share of unresolved assisted contacts that end in a technician visit. */
  fieldVisit?: number;
}

/** Needs customers bring; self-service success differs by need, as in the Gartner study. */
export const INTENTS: readonly IntentSpec[] = [
  {
    intent: 'router-offline',
    interactionType: 'tech_support',
    weight: 16,
    selfService: 0.35,
    assisted: 0.62,
    ivrPath: ['main', 'technical', 'broadband-fault'],
    queue: 'tech-support',
    fieldVisit: 0.35,
  },
  {
    intent: 'password-reset',
    interactionType: 'tech_support',
    weight: 12,
    selfService: 0.88,
    assisted: 0.92,
    ivrPath: ['main', 'technical', 'login-help'],
    queue: 'tech-support',
  },
  {
    intent: 'bill-dispute',
    interactionType: 'billing',
    weight: 12,
    selfService: 0.25,
    assisted: 0.66,
    ivrPath: ['main', 'billing', 'bill-query'],
    queue: 'billing',
  },
  {
    intent: 'refund',
    interactionType: 'billing',
    weight: 8,
    selfService: 0.45,
    assisted: 0.74,
    ivrPath: ['main', 'billing', 'refunds'],
    queue: 'billing',
  },
  {
    intent: 'order-status',
    interactionType: 'inquiry',
    weight: 14,
    selfService: 0.82,
    assisted: 0.9,
    ivrPath: ['main', 'orders', 'track-order'],
    queue: 'orders',
  },
  {
    intent: 'new-order',
    interactionType: 'order_placement',
    weight: 8,
    selfService: 0.7,
    assisted: 0.88,
    ivrPath: ['main', 'orders', 'new-order'],
    queue: 'orders',
  },
  {
    intent: 'plan-change',
    interactionType: 'order_change',
    weight: 10,
    selfService: 0.6,
    assisted: 0.85,
    ivrPath: ['main', 'account', 'change-plan'],
    queue: 'accounts',
  },
  {
    intent: 'move-address',
    interactionType: 'order_change',
    weight: 8,
    selfService: 0.55,
    assisted: 0.8,
    ivrPath: ['main', 'account', 'moving-home'],
    queue: 'accounts',
  },
  {
    intent: 'cancel-service',
    interactionType: 'complaint',
    weight: 5,
    selfService: 0.3,
    assisted: 0.7,
    ivrPath: ['main', 'account', 'leave-us'],
    queue: 'retention',
  },
  {
    intent: 'service-feedback',
    interactionType: 'feedback',
    weight: 4,
    selfService: 0.75,
    assisted: 0.9,
    ivrPath: ['main', 'other'],
    queue: 'accounts',
  },
];

export function intentSpec(intent: string): IntentSpec {
  const spec = INTENTS.find((candidate) => candidate.intent === intent);
  if (!spec) throw new Error(`Unknown intent "${intent}"`);
  return spec;
}

/** Teams and their agents; phone teams are named after their queue. */
export interface TeamSpec {
  team: string;
  agents: readonly string[];
}

function team(name: string, firstAgent: number, size: number, prefix = 'agent'): TeamSpec {
  const agents = Array.from(
    { length: size },
    (_, i) => `${prefix}-${String(firstAgent + i).padStart(3, '0')}`,
  );
  return { team: name, agents };
}

export const PHONE_TEAMS: Readonly<Record<Queue, TeamSpec>> = {
  'tech-support': team('Tech Support', 1, 14),
  billing: team('Billing', 15, 12),
  orders: team('Orders', 27, 10),
  accounts: team('Accounts', 37, 10),
  retention: team('Retention', 47, 6),
};
export const DIGITAL_TEAM = team('Digital Care', 101, 16);
export const SOCIAL_TEAM = team('Social Care', 121, 5);
export const RETAIL_TEAM = team('Retail', 201, 12, 'store');
export const FIELD_TEAM = team('Field Operations', 301, 10, 'tech');
