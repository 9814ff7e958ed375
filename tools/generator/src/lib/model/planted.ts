import type { Queue } from './catalogue';

/**
 * The problems planted in every dataset, so analytics can be checked against a known answer.
 * They are fixed (not seed-dependent) so demos and tests always look for the same names.
 */
export const PLANTED = {
  /** The web flow for this intent is broken: web attempts rarely resolve, callers fall to phone. */
  brokenWebIntent: {
    intent: 'plan-change',
    channel: 'web',
    webSuccess: 0.04,
    fallbackChannel: 'phone',
    fallbackShare: 0.85,
  },
  /** This phone queue is understaffed: waits far above the 20 s phone target. */
  slowQueue: {
    queue: 'billing' as Queue,
    channel: 'phone',
    medianWaitSeconds: 540,
    otherMedianWaitSeconds: 12,
  },
  /** Callers choosing this IVR option are usually routed to the wrong queue and transferred. */
  ivrMisroute: {
    option: 'moving-home',
    misrouteShare: 0.72,
    wrongQueue: 'orders' as Queue,
  },
  /** Agents who transfer far more often than their peers. */
  transferHeavyAgents: {
    agentIds: ['agent-004', 'agent-019', 'agent-040'],
    transferShare: 0.55,
    baselineTransferShare: 0.05,
  },
} as const;

/** Default country for national-format phone numbers (UK numbering, E.164 prefix +44). */
export const DEFAULT_COUNTRY = 'GB';

/**
 * Identifiers many people share, to exercise the over-linking cap: a business's office line
 * used by ~1% of people, and one store kiosk per region that people log into.
 */
export const SHARED_IDENTIFIERS = {
  officePhone: { canonical: '+442079460018', variants: ['+44 20 7946 0018', '020 7946 0018'] },
  /** People whose index has this remainder mod `officeEvery` sometimes call from the office. */
  officeEvery: 100,
  officeRemainder: 37,
  kioskDevice: (region: string): string => `kiosk-${region}-store-01`,
} as const;
