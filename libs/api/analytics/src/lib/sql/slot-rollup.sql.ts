import { BUILT_IN_SEGMENT_ATTRIBUTES } from '@journey-atlas/shared/domain';
import type { ResolvedFilter } from './filter.sql';
import type { MetricWindow } from './metrics.sql';
import type { SqlParams } from './sql-params';

/**
 * Shared pieces of the answers read from the slot rollups (journey_slot, contact_slot,
 * map_slot, map_gap_slot; migration 1764620000000). A row counts the journeys (contacts,
 * steps) of one day or one month (`month`), one segment slot (`slot_attr`, `slot_value`;
 * ('*', '') is everyone) and all keys (`all_keys`), or one month and one journey key. They
 * answer exactly when the filters are at most one segment attribute (any of its values;
 * built-in, or custom and counted: rollup_state.slot_attributes) and an intent, and every
 * period bound is a local midnight (the 1st of a month for one intent or per intent).
 */

const isBuiltIn = (attribute: string) =>
  (BUILT_IN_SEGMENT_ATTRIBUTES as readonly string[]).includes(attribute);

/** Whether the filter's shape suits the slots (custom attributes are checked by slotDays). */
export function slotsServeFilter(filter: ResolvedFilter): boolean {
  return (
    filter.channel === null &&
    filter.team === null &&
    filter.agent === null &&
    filter.segment.length <= 1
  );
}

/**
 * $1 instants, $2 time zone, $3 workspace: whether the slot rollups count every journey
 * of the workspace and which custom attributes they count, whether the instants are all
 * local midnights, and their local dates; one round trip before a slot read.
 */
export const SLOT_READ_STATE = `
SELECT COALESCE(s.ready, false) AS ready, COALESCE(s.slot_attributes, '{}') AS slot_attributes,
       d.aligned, d.days
  FROM (SELECT COALESCE(bool_and(x = date_trunc('day', x AT TIME ZONE $2::text) AT TIME ZONE $2::text),
                        true) AS aligned,
               COALESCE(array_agg(to_char(x AT TIME ZONE $2::text, 'YYYY-MM-DD') ORDER BY i), '{}')
                 AS days
          FROM unnest($1::timestamptz[]) WITH ORDINALITY AS u(x, i)) d
  LEFT JOIN rollup_state s ON s.workspace_id = $3::uuid`;

/** Local dates (YYYY-MM-DD) of a metric window; null bounds are open. */
export interface DayWindow {
  lo: string | null;
  hi: string | null;
  currentFrom: string | null;
}

/**
 * The window's bounds as local dates when the slot rollups can answer for the filter (one
 * slotsServeFilter accepts) over it: they count every journey of the workspace (a full
 * rebuild has recounted them) and the filter's custom segment attribute, if any, and
 * every bound is a local midnight. Null otherwise.
 */
export async function slotDays(
  query: (text: string, values: unknown[]) => Promise<unknown>,
  filter: ResolvedFilter,
  window: MetricWindow,
): Promise<DayWindow | null> {
  const bounds = [window.lo, window.hi, window.currentFrom];
  const present = bounds.filter((at): at is Date => at !== null);
  const [state] = (await query(SLOT_READ_STATE, [
    present,
    filter.timeZone,
    filter.workspaceId,
  ])) as { ready: boolean; slot_attributes: string[]; aligned: boolean; days: string[] }[];
  const { ready, aligned, days } = state;
  const counted = filter.segment.every(
    ({ attribute }) => isBuiltIn(attribute) || state.slot_attributes.includes(attribute),
  );
  if (!ready || !aligned || !counted) return null;
  const next = [...days];
  const [lo, hi, currentFrom] = bounds.map((at) => (at === null ? null : (next.shift() ?? null)));
  return { lo, hi, currentFrom };
}

const monthStart = (day: string) => `${day.slice(0, 7)}-01`;

/**
 * Whether the window is made of whole months (bounds open or on the 1st): rows per
 * journey key exist for months only.
 */
export function wholeMonths(days: DayWindow): boolean {
  return [days.lo, days.hi, days.currentFrom].every(
    (day) => day === null || day === monthStart(day),
  );
}

/**
 * Whether the 'monthly keys' slot tables (journey_slot, contact_slot) hold the rows of a
 * read over `days`: rows per journey key (an intent filter, a grouping by intent) exist
 * for whole months only.
 */
export function keyRowsCover(days: DayWindow, perKey: boolean): boolean {
  return !perKey || wholeMonths(days);
}

function nextMonthStart(day: string): string {
  const [year, month] = day.split('-').map(Number);
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/** Rows of [lo, hi): month rows for whole months inside it, day rows for the edges. */
function rangeCondition(lo: string | null, hi: string | null, p: SqlParams): string {
  const day = (value: string) => `${p.add(value)}::date`;
  const between = (from: string | null, to: string | null) =>
    [from && `r.day >= ${day(from)}`, to && `r.day < ${day(to)}`].filter(Boolean);
  const firstMonth = lo === null ? null : lo === monthStart(lo) ? lo : nextMonthStart(lo);
  const endMonth = hi === null ? null : monthStart(hi);
  if (firstMonth !== null && endMonth !== null && firstMonth >= endMonth) {
    return `(NOT r.month${between(lo, hi)
      .map((c) => ` AND ${c}`)
      .join('')})`;
  }
  const parts = [
    `(r.month${between(firstMonth, endMonth)
      .map((c) => ` AND ${c}`)
      .join('')})`,
  ];
  if (lo !== null && firstMonth !== null && lo < firstMonth) {
    parts.push(`(NOT r.month AND ${between(lo, firstMonth).join(' AND ')})`);
  }
  if (hi !== null && endMonth !== null && endMonth < hi) {
    parts.push(`(NOT r.month AND ${between(endMonth, hi).join(' AND ')})`);
  }
  return `(${parts.join(' OR ')})`;
}

/** The period condition over rollup rows r, and whether a row is in the current window. */
export function slotPeriod(days: DayWindow, p: SqlParams): { where: string; current: string } {
  if (days.currentFrom === null) {
    return { where: rangeCondition(days.lo, days.hi, p), current: 'true' };
  }
  return {
    where: `(${rangeCondition(days.lo, days.currentFrom, p)} OR ${rangeCondition(days.currentFrom, days.hi, p)})`,
    current: `r.day >= ${p.add(days.currentFrom)}::date`,
  };
}

/** Day rows only (for buckets shorter than a month), and whether a row is current. */
export function slotDayRows(days: DayWindow, p: SqlParams): { where: string; current: string } {
  const day = (value: string) => `${p.add(value)}::date`;
  const where = [
    'NOT r.month',
    ...(days.lo === null ? [] : [`r.day >= ${day(days.lo)}`]),
    ...(days.hi === null ? [] : [`r.day < ${day(days.hi)}`]),
  ];
  return {
    where: `(${where.join(' AND ')})`,
    current: days.currentFrom === null ? 'true' : `r.day >= ${day(days.currentFrom)}`,
  };
}

/** Workspace, segment slot and journey key conditions over rollup rows r. */
export function slotConditions(
  filter: ResolvedFilter,
  p: SqlParams,
  keys: 'all' | 'each',
): string[] {
  const conditions = [`r.workspace_id = ${p.add(filter.workspaceId)}::uuid`];
  const [segment] = filter.segment;
  if (segment) {
    conditions.push(
      `r.slot_attr = ${p.add(segment.attribute)}`,
      `r.slot_value = ANY(${p.add(segment.values)}::text[])`,
    );
  } else {
    conditions.push(`r.slot_attr = '*'`, `r.slot_value = ''`);
  }
  if (filter.intent !== null) {
    conditions.push('NOT r.all_keys', `r.journey_key = ${p.add(filter.intent)}`);
  } else {
    conditions.push(keys === 'all' ? 'r.all_keys' : 'NOT r.all_keys');
  }
  return conditions;
}

/** $1 workspace: the rollups' version (answer cache key) and whether slots count everything. */
export const ROLLUP_STATE = `SELECT version::text AS version, ready FROM rollup_state WHERE workspace_id = $1`;
