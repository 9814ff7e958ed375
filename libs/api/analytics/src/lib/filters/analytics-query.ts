import {
  ANALYTICS_FILTER_NAMES,
  BUILT_IN_SEGMENT_ATTRIBUTES,
  CHANNELS,
  CUSTOM_SEGMENT_ATTRIBUTE_PATTERN,
  SEGMENT_FILTER_PREFIX,
  type Channel,
  isChannel,
} from '@journey-atlas/shared/domain';
import { badFilter } from './bad-filter';

/** A bound of the period: an instant, or a calendar date read in the workspace time zone. */
export interface PeriodBound {
  text: string;
  dateOnly: boolean;
}

export interface SegmentCondition {
  /** As the client named it (`valueBand`, or a custom key). */
  attribute: string;
  /** Any of these values. */
  values: string[];
}

/** The common analytics filters, validated; nothing here has reached SQL text. */
export interface AnalyticsQuery {
  workspace: string;
  from: PeriodBound | null;
  to: PeriodBound | null;
  intent: string | null;
  channel: Channel | null;
  team: string | null;
  agent: string | null;
  segment: SegmentCondition[];
}

export interface ParsedQuery {
  filter: AnalyticsQuery;
  /** The route's own parameters (single values), still to be checked by the route. */
  extras: Map<string, string>;
}

export const DEFAULT_WORKSPACE = 'default';
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})$/;
const MAX_TEXT = 500;

function allowedNames(extras: readonly string[]): string[] {
  return [...ANALYTICS_FILTER_NAMES, `${SEGMENT_FILTER_PREFIX}<attribute>`, ...extras];
}

function single(name: string, raw: unknown, allowed: readonly string[]): string {
  if (Array.isArray(raw)) badFilter(name, 'may be given only once', allowed);
  if (typeof raw !== 'string') badFilter(name, 'must be a plain value', allowed);
  const value = raw.trim();
  if (value === '') badFilter(name, 'must not be empty', allowed);
  if (value.length > MAX_TEXT) badFilter(name, `must be at most ${MAX_TEXT} characters`, allowed);
  return value;
}

function bound(name: string, raw: unknown, allowed: readonly string[]): PeriodBound {
  const text = single(name, raw, allowed);
  const dateOnly = DATE_ONLY.test(text);
  if ((!dateOnly && !INSTANT.test(text)) || Number.isNaN(Date.parse(text))) {
    badFilter(name, 'must be an ISO date (2026-11-01) or instant (2026-11-01T00:00:00Z)', [
      'YYYY-MM-DD',
      'YYYY-MM-DDTHH:MM:SS(.sss)Z',
    ]);
  }
  return { text, dateOnly };
}

function segmentCondition(
  name: string,
  raw: unknown,
  allowed: readonly string[],
): SegmentCondition {
  const attribute = name.slice(SEGMENT_FILTER_PREFIX.length);
  const builtIn = (BUILT_IN_SEGMENT_ATTRIBUTES as readonly string[]).includes(attribute);
  if (!builtIn && !CUSTOM_SEGMENT_ATTRIBUTE_PATTERN.test(attribute)) {
    badFilter(name, 'names no valid segment attribute', [
      ...BUILT_IN_SEGMENT_ATTRIBUTES.map((a) => `${SEGMENT_FILTER_PREFIX}${a}`),
      `${SEGMENT_FILTER_PREFIX}<custom attribute: letters, digits, _>`,
    ]);
  }
  const values = (Array.isArray(raw) ? raw : [raw]).map((value) => single(name, value, allowed));
  return { attribute, values: [...new Set(values)] };
}

/**
 * Splits a request's query into the common filters and the route's own parameters
 * (`extras`). Anything else is a 400 naming the parameter and listing the allowed ones.
 */
export function parseAnalyticsQuery(
  query: Record<string, unknown>,
  extras: readonly string[] = [],
): ParsedQuery {
  const allowed = allowedNames(extras);
  const filter: AnalyticsQuery = {
    workspace: DEFAULT_WORKSPACE,
    from: null,
    to: null,
    intent: null,
    channel: null,
    team: null,
    agent: null,
    segment: [],
  };
  const own = new Map<string, string>();
  for (const [name, raw] of Object.entries(query)) {
    if (raw === undefined) continue;
    if (name.startsWith(SEGMENT_FILTER_PREFIX)) {
      filter.segment.push(segmentCondition(name, raw, allowed));
      continue;
    }
    switch (name) {
      case 'from':
      case 'to':
        filter[name] = bound(name, raw, allowed);
        break;
      case 'channel': {
        const channel = single(name, raw, allowed);
        if (!isChannel(channel)) badFilter(name, `has unknown channel "${channel}"`, CHANNELS);
        filter.channel = channel;
        break;
      }
      case 'intent':
      case 'team':
      case 'agent':
      case 'workspace':
        filter[name] = single(name, raw, allowed);
        break;
      default:
        if (!extras.includes(name)) badFilter(name, 'is not a known filter', allowed);
        own.set(name, single(name, raw, allowed));
    }
  }
  if (filter.from && filter.to && Date.parse(filter.from.text) >= Date.parse(filter.to.text)) {
    badFilter('to', 'must be after "from"', ['a "to" later than "from"']);
  }
  filter.segment.sort((a, b) => (a.attribute < b.attribute ? -1 : 1));
  return { filter, extras: own };
}

/** A route parameter from a fixed list (a whitelist: only these ever reach SQL builders). */
export function enumParam<T extends string>(
  extras: Map<string, string>,
  name: string,
  allowed: readonly T[],
): T | null {
  const value = extras.get(name);
  if (value === undefined) return null;
  if (!(allowed as readonly string[]).includes(value)) {
    badFilter(name, `has unknown value "${value}"`, allowed);
  }
  return value as T;
}

export function intParam(
  extras: Map<string, string>,
  name: string,
  min: number,
  max: number,
  fallback: number,
): number {
  const value = extras.get(name);
  if (value === undefined) return fallback;
  const parsed = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(parsed >= min && parsed <= max)) {
    badFilter(name, `must be a whole number from ${min} to ${max}`, [`${min}..${max}`]);
  }
  return parsed;
}
