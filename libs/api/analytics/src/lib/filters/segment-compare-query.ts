import { BadRequestException } from '@nestjs/common';
import {
  ANALYTICS_FILTER_NAMES,
  SEGMENT_FILTER_PREFIX,
  SEGMENT_SIDES,
  type SegmentSide,
} from '@journey-atlas/shared/domain';
import { type AnalyticsQuery, parseAnalyticsQuery } from './analytics-query';
import { badFilter } from './bad-filter';

/** The filters a side may override: every common filter but the workspace. */
const SIDE_FILTERS = ANALYTICS_FILTER_NAMES.filter((name) => name !== 'workspace');

export interface SegmentCompareQuery {
  a: AnalyticsQuery;
  b: AnalyticsQuery;
  /** The route's own parameters (names, limit, format), still to be checked. */
  extras: Map<string, string>;
}

function allowedNames(extras: readonly string[]): string[] {
  return [
    ...ANALYTICS_FILTER_NAMES,
    `${SEGMENT_FILTER_PREFIX}<attribute>`,
    ...SEGMENT_SIDES.flatMap((side) => [
      ...SIDE_FILTERS.map((name) => `${side}.${name}`),
      `${side}.${SEGMENT_FILTER_PREFIX}<attribute>`,
    ]),
    ...extras,
  ];
}

/** Re-throws a 400 about `name` as one about `side.name` (the parameter the client sent). */
function renamed(error: unknown, side: SegmentSide, sideNames: ReadonlySet<string>): unknown {
  if (!(error instanceof BadRequestException)) return error;
  const body = error.getResponse() as { parameter?: string; message?: string; allowed?: string[] };
  if (body.parameter === undefined || !sideNames.has(body.parameter)) return error;
  const name = `${side}.${body.parameter}`;
  return new BadRequestException({
    ...body,
    message: (body.message ?? '').replace(`"${body.parameter}"`, `"${name}"`),
    parameter: name,
  });
}

/**
 * Splits a segment-compare query into the filters of side A and side B: `a.<filter>` and
 * `b.<filter>` apply to one side, unprefixed filters to both. The same filter on a side
 * and unprefixed, `a.workspace`, or anything unknown is a 400 naming the parameter.
 */
export function parseSegmentCompareQuery(
  query: Record<string, unknown>,
  extras: readonly string[],
): SegmentCompareQuery {
  const allowed = allowedNames(extras);
  const common: Record<string, unknown> = {};
  const sides: Record<SegmentSide, Record<string, unknown>> = { a: {}, b: {} };
  for (const [name, raw] of Object.entries(query)) {
    if (raw === undefined) continue;
    const side = SEGMENT_SIDES.find((s) => name.startsWith(`${s}.`));
    if (side === undefined) {
      const known =
        (ANALYTICS_FILTER_NAMES as readonly string[]).includes(name) ||
        name.startsWith(SEGMENT_FILTER_PREFIX) ||
        extras.includes(name);
      if (!known) badFilter(name, 'is not a known filter', allowed);
      common[name] = raw;
      continue;
    }
    const filter = name.slice(side.length + 1);
    const known =
      (SIDE_FILTERS as readonly string[]).includes(filter) ||
      filter.startsWith(SEGMENT_FILTER_PREFIX);
    if (!known) badFilter(name, 'is not a filter one side can have', allowed);
    sides[side][filter] = raw;
  }
  // Unprefixed ones first, alone: their errors name them as sent.
  const shared = parseAnalyticsQuery(common, extras);
  for (const side of SEGMENT_SIDES) {
    for (const filter of Object.keys(sides[side])) {
      if (filter in common) {
        badFilter(`${side}.${filter}`, `conflicts with "${filter}", which applies to both sides`, [
          `either ${filter} (both sides) or a.${filter} / b.${filter}`,
        ]);
      }
    }
  }
  const commonFilters = Object.fromEntries(
    Object.entries(common).filter(([name]) => !extras.includes(name)),
  );
  const parseSide = (side: SegmentSide): AnalyticsQuery => {
    try {
      return parseAnalyticsQuery({ ...commonFilters, ...sides[side] }, []).filter;
    } catch (error) {
      throw renamed(error, side, new Set(Object.keys(sides[side])));
    }
  };
  return { a: parseSide('a'), b: parseSide('b'), extras: shared.extras };
}
