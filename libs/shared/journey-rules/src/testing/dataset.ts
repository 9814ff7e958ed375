import { detectAllFriction } from '../lib/friction';
import { buildJourneys } from '../lib/journeys';
import { defaultJourneySettings } from '../lib/settings';
import type { StitchedTouchpoint } from '../lib/stitched-touchpoint';
import { at, touchpoint } from './touchpoints';

/**
 * Four journeys whose metrics the specs work out by hand (weekday mornings, UTC):
 * J1 c1 "router offline": a web -> b phone (x, transferred, csat 2) -> c phone (y, resolved)
 * J2 c2 "billing":        d chat (x, wait 60 = target, resolved)
 * J3 c3 "router offline": e app (resolved) -> f web (abandoned)
 * J4 c4 "router offline": g email (z, wait over target, unresolved) -> h phone outbound (z, own cost 3, resolved)
 */
export const settings = defaultJourneySettings();

const gold = { tier: 'gold', region: 'north' };

export const touchpoints: StitchedTouchpoint[] = [
  touchpoint({ id: 'a', channel: 'web', occurredAt: at(0), segment: gold }),
  touchpoint({
    id: 'b',
    channel: 'phone',
    occurredAt: at(0, 1000),
    segment: gold,
    team: 'alpha',
    agentId: 'x',
    waitSeconds: 30,
    handleSeconds: 600,
    outcome: 'transferred',
    csat: 2,
  }),
  touchpoint({
    id: 'c',
    channel: 'phone',
    occurredAt: at(0, 2000),
    segment: gold,
    team: 'alpha',
    agentId: 'y',
    waitSeconds: 10,
    handleSeconds: 300,
    outcome: 'resolved',
    csat: 5,
    nps: 10,
    ces: 2,
  }),
  touchpoint({
    id: 'd',
    channel: 'chat',
    occurredAt: at(1),
    customerId: 'c2',
    intent: undefined,
    interactionType: 'billing',
    segment: { tier: 'gold', region: 'south' },
    team: 'beta',
    agentId: 'x',
    waitSeconds: 60,
    handleSeconds: 200,
    outcome: 'resolved',
    csat: 4,
    nps: 8,
    ces: 3,
  }),
  touchpoint({
    id: 'e',
    channel: 'app',
    occurredAt: at(2),
    customerId: 'c3',
    segment: { tier: 'standard' },
    outcome: 'resolved',
    csat: 3,
    nps: 5,
  }),
  touchpoint({
    id: 'f',
    channel: 'web',
    occurredAt: at(2, 1000),
    customerId: 'c3',
    segment: { tier: 'standard' },
    outcome: 'abandoned',
    ces: 6,
  }),
  touchpoint({
    id: 'g',
    channel: 'email',
    occurredAt: at(3),
    customerId: 'c4',
    agentId: 'z',
    waitSeconds: 90000,
    handleSeconds: 120,
    outcome: 'unresolved',
    nps: 9,
  }),
  touchpoint({
    id: 'h',
    channel: 'phone',
    occurredAt: at(3, 1000),
    customerId: 'c4',
    direction: 'outbound',
    agentId: 'z',
    handleSeconds: 60,
    cost: 3,
    outcome: 'resolved',
  }),
];

export const journeys = buildJourneys(touchpoints, settings);
export const frictionEvents = detectAllFriction(journeys, touchpoints, settings);
