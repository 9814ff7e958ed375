import {
  CHANNEL_CATALOGUE,
  type SegmentMetricComparisonDto,
  type SignificanceDto,
} from '@journey-atlas/shared/domain';
import type { SegmentDefinition } from '@journey-atlas/web/segments/data-access';

const CHANNEL_LABELS = new Map<string, string>(CHANNEL_CATALOGUE.map((d) => [d.channel, d.label]));

export function channelLabel(channel: string): string {
  return CHANNEL_LABELS.get(channel) ?? channel;
}

/** "Web → Phone", and for screen readers "Web, then Phone". */
export function pathText(path: readonly string[]): string {
  return path.map(channelLabel).join(' → ');
}

export function describePath(path: readonly string[]): string {
  return path.map(channelLabel).join(', then ');
}

const ATTRIBUTE_LABELS: Readonly<Record<string, string>> = {
  region: 'Region',
  tier: 'Tier',
  valueBand: 'Value band',
  specialNeeds: 'Special needs',
};

export function attributeLabel(attribute: string): string {
  return ATTRIBUTE_LABELS[attribute] ?? attribute;
}

const trim = (value: number, digits: number) => Number(value.toFixed(digits)).toString();

/** A metric value in its unit: ratios as %, seconds as s / min, USD with cents. */
export function formatMetricValue(value: number | null, unit: string): string {
  if (value === null) return '–';
  switch (unit) {
    case 'ratio':
      return `${trim(value * 100, 1)}%`;
    case 'seconds':
      return value < 120 ? `${trim(value, 1)} s` : `${trim(value / 60, 1)} min`;
    case 'usd':
      return `$${value.toFixed(2)}`;
    default:
      return trim(value, 2);
  }
}

/** A - B with its sign: percentage points for ratios. */
export function formatDifference(difference: number | null, unit: string): string {
  if (difference === null) return '–';
  const sign = difference > 0 ? '+' : difference < 0 ? '−' : '±';
  const size = Math.abs(difference);
  switch (unit) {
    case 'ratio':
      return `${sign}${trim(size * 100, 1)} pp`;
    case 'seconds':
      return size < 120 ? `${sign}${trim(size, 1)} s` : `${sign}${trim(size / 60, 1)} min`;
    case 'usd':
      return `${sign}$${size.toFixed(2)}`;
    default:
      return `${sign}${trim(size, 2)}`;
  }
}

export function formatPValue(p: number): string {
  if (p < 0.001) return 'p < 0.001';
  // Three decimals near the 5% line, so 0.049 never reads as "0.05".
  return `p = ${p < 0.1 ? p.toFixed(3) : p.toFixed(2)}`;
}

/** A fraction 0..1 as a percentage; null as a dash. */
export function formatShare(share: number | null): string {
  return share === null ? '–' : `${trim(share * 100, 1)}%`;
}

/** The significance column: a marker and a sentence (the sentence is what screen readers hear). */
export function significanceView(significance: SignificanceDto): {
  marker: string;
  text: string;
  kind: 'significant' | 'noise' | 'untested';
} {
  if (significance.test === null || significance.pValue === null) {
    return {
      marker: '–',
      text: `Not tested: ${significance.reason ?? 'no data'}`,
      kind: 'untested',
    };
  }
  const test = significance.test === 'welch_t' ? 'Welch t-test' : 'z-test';
  const p = formatPValue(significance.pValue);
  const small = significance.smallSample ? ', small sample: rough' : '';
  return significance.significant
    ? { marker: '●', text: `Significant (${test}, ${p}${small})`, kind: 'significant' }
    : { marker: '○', text: `Could be noise (${test}, ${p}${small})`, kind: 'noise' };
}

/** Which side does better on a metric, in words; empty when equal or unknown. */
export function betterSide(metric: SegmentMetricComparisonDto): string {
  if (metric.aBetter === null) return '';
  return metric.aBetter ? 'A better' : 'B better';
}

/** A side in words: "Tier = gold, 2026-11-01 to 2026-12-01", or what it falls back to. */
export function describeDefinition(definition: SegmentDefinition): string {
  const parts: string[] = [];
  if (definition.attribute && definition.value) {
    parts.push(`${attributeLabel(definition.attribute)} = ${definition.value}`);
  }
  if (definition.from || definition.to) {
    parts.push(`${definition.from ?? 'start'} to ${definition.to ?? 'now'}`);
  }
  return parts.length ? parts.join(', ') : 'All journeys (the filter bar only)';
}
