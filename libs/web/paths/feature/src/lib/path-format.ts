import { CHANNEL_CATALOGUE } from '@journey-atlas/shared/domain';

const LABELS = new Map<string, string>(CHANNEL_CATALOGUE.map((d) => [d.channel, d.label]));

/** A channel's display name from the catalogue; unknown channels as they are. */
export function channelLabel(channel: string): string {
  return LABELS.get(channel) ?? channel;
}

/** A fraction as a percentage with one decimal at most. */
export function formatShare(value: number): string {
  return `${Number((value * 100).toFixed(1))}%`;
}

export function formatUsd(value: number): string {
  return `$${value.toFixed(2)}`;
}

/** A duration in the largest unit that keeps it readable: s, min, h or d. */
export function formatDuration(seconds: number): string {
  const one = (v: number) => Number(v.toFixed(1));
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) return `${one(seconds / 60)} min`;
  if (seconds < 86_400) return `${one(seconds / 3600)} h`;
  return `${one(seconds / 86_400)} d`;
}

/** The path as one phrase for screen readers: "Web, then Chat, then Phone". */
export function describePath(path: readonly string[]): string {
  return path.map(channelLabel).join(', then ');
}
