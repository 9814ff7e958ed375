import type { Tp } from './journey-fixtures';

/** Deterministic pseudo-random numbers (mulberry32), so a failing seed can be replayed. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHANNELS = ['web', 'app', 'ivr', 'chatbot', 'phone', 'chat', 'email', 'social', 'store'];
const INTENTS = ['router offline', 'refund', '', null];
const TYPES = ['tech_support', 'billing', 'inquiry'];
const OUTCOMES = [null, null, 'resolved', 'unresolved', 'transferred', 'abandoned', 'escalated'];
const SENTIMENTS = [null, -0.9, -0.31, -0.3, 0, 0.6];
const WEEK = 7 * 86_400;

/**
 * A customer's history with every rule in play: window edges (exactly 7 days, 7 days + 1 s),
 * ties in time, night-time and weekend contacts, agents, waits around the targets.
 */
export function randomHistory(next: () => number, prefix: string, count: number): Tp[] {
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)];
  const maybe = <T>(value: T, chance = 0.5): T | null => (next() < chance ? value : null);
  let seconds = Math.floor(next() * 86_400);
  const rows: Tp[] = [];
  for (let i = 0; i < count; i++) {
    const jump = next();
    seconds +=
      jump < 0.1 ? 0 : jump < 0.2 ? WEEK : jump < 0.25 ? WEEK + 1 : Math.floor(next() * 200_000);
    const channel = pick(CHANNELS);
    rows.push({
      // Not in time order, so ties depend on the id order rule.
      ext: `${prefix}${String.fromCharCode(97 + Math.floor(next() * 26))}${i}`,
      at: new Date(Date.parse('2026-11-02T00:00:00Z') + seconds * 1000).toISOString(),
      channel,
      direction: next() < 0.8 ? 'inbound' : 'outbound',
      type: pick(TYPES),
      intent: pick(INTENTS),
      outcome: pick(OUTCOMES),
      agent: maybe(pick(['a1', 'a2', 'a3', 'a4']), 0.4),
      wait: maybe(pick([5, 20, 21, 60, 61, 4000, 90_000])),
      handle: maybe(Math.floor(next() * 900)),
      cost: maybe(Math.floor(next() * 2000) / 100, 0.2),
      csat: maybe(1 + Math.floor(next() * 5), 0.3),
      ces: maybe(1 + Math.floor(next() * 7), 0.3),
      sentiment: pick(SENTIMENTS),
    });
  }
  return rows;
}
