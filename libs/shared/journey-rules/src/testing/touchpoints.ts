import type { StitchedTouchpoint } from '../lib/stitched-touchpoint';

/** Monday 2026-11-23 00:00 UTC: tests count days from here. */
export const MONDAY = Date.parse('2026-11-23T00:00:00.000Z');
export const DAY_MS = 24 * 60 * 60 * 1000;

/** ISO instant `days` days (may be fractional) and `ms` milliseconds after MONDAY 10:00 UTC. */
export function at(days: number, ms = 0): string {
  return new Date(MONDAY + 10 * 60 * 60 * 1000 + days * DAY_MS + ms).toISOString();
}

type Required = Pick<StitchedTouchpoint, 'id' | 'channel'>;

/** An inbound tech-support touchpoint about "router offline" for customer c1. */
export function touchpoint(fields: Required & Partial<StitchedTouchpoint>): StitchedTouchpoint {
  return {
    occurredAt: at(0),
    customerId: 'c1',
    direction: 'inbound',
    interactionType: 'tech_support',
    intent: 'router offline',
    ...fields,
  };
}
