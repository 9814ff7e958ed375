import { BadRequestException } from '@nestjs/common';
import {
  ALERT_COMPARISONS,
  ALERT_GRANULARITIES,
  ALERT_RULE_KINDS,
  ANALYTICS_FILTER_NAMES,
  type AlertConditionDto,
  CHANNELS,
  SEGMENT_FILTER_PREFIX,
} from '@journey-atlas/shared/domain';
import { METRIC_NAMES } from '@journey-atlas/shared/journey-rules';

export const ALERT_DEFAULTS = {
  windowDays: 7,
  windowWeeks: 4,
  sigma: 3,
  granularity: 'week',
} as const;

const MAX_NAME = 200;
const MAX_TEXT = 500;
/** Filters a metric rule may carry; the period is the rule's own window. */
export const RULE_FILTER_NAMES = ANALYTICS_FILTER_NAMES.filter(
  (name) => !['from', 'to', 'workspace'].includes(name),
);
const FIELDS = {
  metric_threshold: ['name', 'kind', 'metric', 'comparison', 'value', 'windowDays', 'filters'],
  transition_baseline: [
    'name',
    'kind',
    'fromChannel',
    'toChannel',
    'intent',
    'windowWeeks',
    'sigma',
    'granularity',
  ],
} as const;

/** A 400 naming the field and what it allows. */
export function badRule(field: string, problem: string, allowed: readonly string[]): never {
  throw new BadRequestException({
    message: `Field "${field}" ${problem}. Allowed: ${allowed.join(', ')}`,
    error: 'Bad Request',
    field,
    allowed,
  });
}

function oneOf<T extends string>(
  body: Record<string, unknown>,
  field: string,
  allowed: readonly T[],
): T {
  const value = body[field];
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    badRule(
      field,
      value === undefined ? 'is required' : `is not one of them (${JSON.stringify(value)})`,
      allowed,
    );
  }
  return value as T;
}

function text(body: Record<string, unknown>, field: string, max: number): string {
  const value = body[field];
  if (typeof value !== 'string' || value.trim() === '' || value.length > max) {
    badRule(field, value === undefined ? 'is required' : 'must be a non-empty text', [
      `text of 1 to ${max} characters`,
    ]);
  }
  return value.trim();
}

function number(
  body: Record<string, unknown>,
  field: string,
  options: { min: number; max: number; integer?: boolean; fallback?: number },
): number {
  const value = body[field] ?? options.fallback;
  const allowed = [
    `${options.integer ? 'an integer' : 'a number'} from ${options.min} to ${options.max}`,
  ];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    badRule(field, value === undefined ? 'is required' : 'must be a number', allowed);
  }
  if ((options.integer && !Number.isInteger(value)) || value < options.min || value > options.max) {
    badRule(field, `is out of range (${value})`, allowed);
  }
  return value;
}

function filters(body: Record<string, unknown>): Record<string, string> {
  const raw = body['filters'] ?? {};
  const allowed = [...RULE_FILTER_NAMES, `${SEGMENT_FILTER_PREFIX}<attribute>`];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    badRule('filters', 'must be an object of filter name to value', allowed);
  }
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    const known =
      (RULE_FILTER_NAMES as readonly string[]).includes(name) ||
      (name.startsWith(SEGMENT_FILTER_PREFIX) && name.length > SEGMENT_FILTER_PREFIX.length);
    if (!known) badRule(`filters.${name}`, 'is not a filter a rule can carry', allowed);
    if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_TEXT) {
      badRule(`filters.${name}`, 'must be a non-empty text', [
        `text of 1 to ${MAX_TEXT} characters`,
      ]);
    }
    result[name] = value.trim();
  }
  return result;
}

/**
 * Checks a `POST /api/v1/alerts` body and fills in the defaults. Filter values are only
 * checked for shape here; the service resolves them like an analytics query does.
 */
export function parseAlertRule(input: unknown): { name: string; condition: AlertConditionDto } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    badRule('body', 'must be a JSON object', ['{ name, kind, ... }']);
  }
  const body = input as Record<string, unknown>;
  const kind = oneOf(body, 'kind', ALERT_RULE_KINDS);
  const fields: readonly string[] = FIELDS[kind];
  for (const key of Object.keys(body)) {
    if (!fields.includes(key)) badRule(key, `is not a field of a ${kind} rule`, fields);
  }
  const name = text(body, 'name', MAX_NAME);
  if (kind === 'metric_threshold') {
    return {
      name,
      condition: {
        kind,
        metric: oneOf(body, 'metric', METRIC_NAMES),
        comparison: oneOf(body, 'comparison', ALERT_COMPARISONS),
        value: number(body, 'value', { min: -1e12, max: 1e12 }),
        windowDays: number(body, 'windowDays', {
          min: 1,
          max: 366,
          integer: true,
          fallback: ALERT_DEFAULTS.windowDays,
        }),
        filters: filters(body),
      },
    };
  }
  const intent = body['intent'] ?? null;
  if (
    intent !== null &&
    (typeof intent !== 'string' || intent.trim() === '' || intent.length > MAX_TEXT)
  ) {
    badRule('intent', 'must be a non-empty text or null', [
      `null (every intent)`,
      `text of 1 to ${MAX_TEXT} characters`,
    ]);
  }
  return {
    name,
    condition: {
      kind,
      fromChannel: oneOf(body, 'fromChannel', CHANNELS),
      toChannel: oneOf(body, 'toChannel', CHANNELS),
      intent: intent === null ? null : intent.trim(),
      windowWeeks: number(body, 'windowWeeks', {
        min: 1,
        max: 52,
        integer: true,
        fallback: ALERT_DEFAULTS.windowWeeks,
      }),
      sigma: number(body, 'sigma', { min: 0, max: 10, fallback: ALERT_DEFAULTS.sigma }),
      granularity:
        body['granularity'] === undefined
          ? ALERT_DEFAULTS.granularity
          : oneOf(body, 'granularity', ALERT_GRANULARITIES),
    },
  };
}
