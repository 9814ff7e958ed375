import { HttpParams } from '@angular/common/http';
import type { Params } from '@angular/router';
import { SEGMENT_SIDES, type SegmentSide } from '@journey-atlas/shared/domain';
import {
  type JourneyFilters,
  SEGMENT_PREFIX,
  isSegmentAttribute,
  toQueryParams,
} from '@journey-atlas/web/shared/data-access';

/**
 * One side of a segment comparison as the screen edits it: a segment attribute and value
 * and an optional period. In the URL as `a.segment.<attr>=value`, `a.from`, `a.to` (and
 * `b.*`); the filter bar's unprefixed filters apply to both sides.
 */
export interface SegmentDefinition {
  attribute: string | null;
  value: string | null;
  /** ISO date, inclusive; with `to`, replaces the filter bar's period for this side. */
  from: string | null;
  /** ISO date, exclusive. */
  to: string | null;
}

export const EMPTY_DEFINITION: SegmentDefinition = {
  attribute: null,
  value: null,
  from: null,
  to: null,
};

export interface SegmentSides {
  a: SegmentDefinition;
  b: SegmentDefinition;
}

export { SEGMENT_SIDES, type SegmentSide };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function first(value: unknown): string | null {
  const one = Array.isArray(value) ? value[0] : value;
  if (typeof one !== 'string') return null;
  const trimmed = one.trim();
  return trimmed === '' ? null : trimmed;
}

/** Whether a query parameter belongs to a side (`a.*`, `b.*`). */
export function isSideParam(key: string): boolean {
  return SEGMENT_SIDES.some((side) => key.startsWith(`${side}.`));
}

/** One side from the URL; the first valid segment attribute wins, bad dates are dropped. */
export function definitionFromParams(params: Params, side: SegmentSide): SegmentDefinition {
  const prefix = `${side}.${SEGMENT_PREFIX}`;
  let attribute: string | null = null;
  let value: string | null = null;
  for (const key of Object.keys(params).sort()) {
    if (!key.startsWith(prefix)) continue;
    const name = key.slice(prefix.length);
    const text = first(params[key]);
    if (isSegmentAttribute(name) && text !== null) {
      attribute = name;
      value = text;
      break;
    }
  }
  const from = first(params[`${side}.from`]);
  const to = first(params[`${side}.to`]);
  return {
    attribute,
    value,
    from: from && isDate(from) ? from : null,
    to: to && isDate(to) ? to : null,
  };
}

export function sidesFromParams(params: Params): SegmentSides {
  return { a: definitionFromParams(params, 'a'), b: definitionFromParams(params, 'b') };
}

/** Whether a side says anything (a segment or a period); two empty sides compare nothing. */
export function isDefined(definition: SegmentDefinition): boolean {
  return (
    (definition.attribute !== null && definition.value !== null) ||
    definition.from !== null ||
    definition.to !== null
  );
}

/**
 * The router `queryParams` patch (for `queryParamsHandling: 'merge'`) that makes the URL hold
 * exactly this definition for the side: its old keys are removed (null), the new ones set.
 */
export function sidePatch(
  current: Params,
  side: SegmentSide,
  definition: SegmentDefinition,
): Params {
  const patch: Params = {};
  for (const key of Object.keys(current)) if (key.startsWith(`${side}.`)) patch[key] = null;
  const value = definition.value?.trim();
  if (definition.attribute && isSegmentAttribute(definition.attribute) && value) {
    patch[`${side}.${SEGMENT_PREFIX}${definition.attribute}`] = value;
  }
  if (definition.from && isDate(definition.from)) patch[`${side}.from`] = definition.from;
  if (definition.to && isDate(definition.to)) patch[`${side}.to`] = definition.to;
  return patch;
}

/**
 * What one side actually filters: the filter bar's filters, with the side's segment in place
 * of the same attribute's and the side's period (when it has one) in place of the bar's.
 */
export function sideFilters(common: JourneyFilters, definition: SegmentDefinition): JourneyFilters {
  const { attribute, value } = definition;
  const hasPeriod = definition.from !== null || definition.to !== null;
  return {
    ...common,
    from: hasPeriod ? definition.from : common.from,
    to: hasPeriod ? definition.to : common.to,
    segments:
      attribute !== null && value !== null
        ? [...common.segments.filter((s) => s.attribute !== attribute), { attribute, value }]
        : common.segments,
  };
}

/** `/api/v1/journey-map` (or any analytics route) params of one side. */
export function sideApiParams(common: JourneyFilters, definition: SegmentDefinition): HttpParams {
  return appendFilters(new HttpParams(), sideFilters(common, definition), '');
}

/**
 * `/api/v1/segments/compare` params: each side's complete filters, prefixed `a.` / `b.`, so
 * a side's own segment or period replaces the bar's instead of clashing with it.
 */
export function compareApiParams(common: JourneyFilters, sides: SegmentSides): HttpParams {
  let params = new HttpParams();
  for (const side of SEGMENT_SIDES) {
    params = appendFilters(params, sideFilters(common, sides[side]), `${side}.`);
  }
  return params;
}

function appendFilters(base: HttpParams, filters: JourneyFilters, prefix: string): HttpParams {
  let params = base;
  for (const [key, value] of Object.entries(toQueryParams(filters))) {
    for (const single of Array.isArray(value) ? value : [value]) {
      params = params.append(`${prefix}${key}`, String(single));
    }
  }
  return params;
}
