import { CHANNEL_CATALOGUE } from '@journey-atlas/shared/domain';
import { FRICTION_TYPES, type FrictionType } from '@journey-atlas/shared/journey-rules';

const LABELS = new Map<string, string>(CHANNEL_CATALOGUE.map((d) => [d.channel, d.label]));

/** A channel's display name from the catalogue; unknown channels as they are. */
export function channelLabel(channel: string): string {
  return LABELS.get(channel) ?? channel;
}

/** A friction type's label and the rule that raised it (DESIGN.md "Precise rules"). */
export function frictionInfo(type: string): { label: string; rule: string } {
  const known = (FRICTION_TYPES as Partial<Record<string, { label: string; rule: string }>>)[
    type as FrictionType
  ];
  return known ?? { label: type, rule: 'a friction rule of this workspace' };
}

const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
});

const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

/** "23 Nov 2026, 12:00 UTC". */
export function formatDateTime(iso: string): string {
  return `${DATE_TIME.format(new Date(iso))} UTC`;
}

/** "23 Nov". */
export function formatDay(date: Date): string {
  return DATE.format(date);
}

/** "1 min 35 s", "7 min", "2 h 5 min"; "–" when unknown. */
export function formatSeconds(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '–';
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds % 60);
  if (minutes < 60) return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
}

export function formatUsd(value: number): string {
  return `$${value.toFixed(2)}`;
}
