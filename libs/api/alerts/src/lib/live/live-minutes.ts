import type { LiveMinuteDto } from '@journey-atlas/shared/domain';

/** Minutes the live strip shows, the current one included. */
export const LIVE_MINUTES = 10;

/** Touchpoint counts by minute start (epoch ms), then channel. */
export type MinuteCounts = Map<number, Map<string, number>>;

export interface CountRow {
  minute: Date;
  channel: string;
  n: number;
}

const MINUTE_MS = 60_000;

/** Adds counted rows and forgets minutes that left the window; returns the same map. */
export function addCounts(
  counts: MinuteCounts,
  rows: readonly CountRow[],
  now: Date,
  minutes = LIVE_MINUTES,
): MinuteCounts {
  for (const { minute, channel, n } of rows) {
    const key = minute.getTime();
    const channels = counts.get(key) ?? new Map<string, number>();
    channels.set(channel, (channels.get(channel) ?? 0) + n);
    counts.set(key, channels);
  }
  const oldest = windowStart(now, minutes);
  for (const key of counts.keys()) if (key < oldest) counts.delete(key);
  return counts;
}

/** Every minute of the window, oldest first, zeros included. */
export function liveMinutes(
  counts: MinuteCounts,
  now: Date,
  minutes = LIVE_MINUTES,
): LiveMinuteDto[] {
  const oldest = windowStart(now, minutes);
  return Array.from({ length: minutes }, (_, i) => {
    const key = oldest + i * MINUTE_MS;
    const channels = counts.get(key) ?? new Map<string, number>();
    const byChannel = Object.fromEntries([...channels].sort(([a], [b]) => a.localeCompare(b)));
    const total = [...channels.values()].reduce((sum, n) => sum + n, 0);
    return { minute: new Date(key).toISOString(), total, byChannel };
  });
}

function windowStart(now: Date, minutes: number): number {
  return Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS - (minutes - 1) * MINUTE_MS;
}
