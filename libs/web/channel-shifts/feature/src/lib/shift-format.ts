import { CHANNEL_CATALOGUE } from '@journey-atlas/shared/domain';

const LABELS = new Map<string, string>(CHANNEL_CATALOGUE.map((d) => [d.channel, d.label]));
const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const USD = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
const USD_CENTS = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

export function channelLabel(channel: string): string {
  return LABELS.get(channel) ?? channel;
}

export function formatCount(value: number): string {
  return COUNT.format(Math.round(value) || 0);
}

/** Whole dollars for totals, cents for unit costs under $10. */
export function formatUsd(value: number): string {
  return Math.abs(value) < 10 ? USD_CENTS.format(value) : USD.format(value);
}

/** "37%", "2.5%". */
export function formatShare(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '–';
  const percent = value * 100;
  return percent > 0 && percent < 10 ? `${percent.toFixed(1)}%` : `${Math.round(percent)}%`;
}

const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "1 Nov 2026 – 30 Nov 2026 (30 days)"; open ends named. */
export function formatPeriod(from: string | null, to: string | null, days: number): string {
  const start = from ? DAY.format(new Date(from)) : 'the first journey';
  const end = to ? DAY.format(new Date(to)) : 'the last journey';
  return `${start} – ${end} (${formatCount(days)} day${days === 1 ? '' : 's'})`;
}

/** How a pair's leaks compare with the same pair in other intents. */
export function excessText(excessJourneys: number): string {
  const rounded = Math.round(excessJourneys);
  if (rounded > 0) return `${formatCount(rounded)} more than other intents show for this pair`;
  if (rounded < 0) return `${formatCount(-rounded)} fewer than other intents show for this pair`;
  return 'about what other intents show for this pair';
}
