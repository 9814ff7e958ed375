import { customAttributeText } from '@journey-atlas/api/platform/sql';
import { MAX_ROLLUP_ATTRIBUTES } from '@journey-atlas/shared/domain';
import { type RollupSide, upsertRows } from './rollup-sources';

/**
 * The slot rollups' shared machinery (slot-rollups.sql.ts has the tables): the segment
 * columns the facts are summed by, their spread over the slots, the grains, the key, and
 * the three-step insert every slot table but map_slot uses.
 */

/** Custom attribute k (1-based) of the slots: its value is column `a<k>` of the facts' sums. */
const CUSTOM_SLOTS = Array.from({ length: MAX_ROLLUP_ATTRIBUTES }, (_, i) => i + 1);

/**
 * The segment columns the facts are summed by before they are spread over the slots:
 * journey j's built-in attributes and the values of the counted custom ones (null past
 * the end of the workspace's list). `summed`: j is already such a sum.
 */
export function segmentColumns(summed: boolean): string[] {
  const custom = CUSTOM_SLOTS.map((k) =>
    summed
      ? `j.a${k}`
      : `${customAttributeText('j.segment_attributes', `rules.slot_attributes[${k}]`)} AS a${k}`,
  );
  return ['j.region', 'j.tier', 'j.value_band', 'j.special_needs', ...custom];
}
export const SEGMENT_COLUMN_COUNT = 4 + MAX_ROLLUP_ATTRIBUTES;

/** Sums c spread over every slot they count under (keep rows `WHERE sl.value IS NOT NULL`). */
export const SLOTS = `CROSS JOIN rules
            CROSS JOIN LATERAL (VALUES ('*', ''), ('region', c.region), ('tier', c.tier),
              ('valueBand', c.value_band), ('specialNeeds', c.special_needs),
              ${CUSTOM_SLOTS.map((k) => `(rules.slot_attributes[${k}], c.a${k})`).join(', ')}) sl(attr, value)`;

/** 1-based positions from..to, for GROUP BY. */
export const positions = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i).join(', ');

/**
 * Which (grain, key) rows a slot table holds:
 * - 'monthly keys': (day, all keys), (month, all keys) and (month, each key). Rows per key
 *   and day would be most of the rows while only requests for one intent over a period not
 *   made of whole months need them (those read the facts).
 * - 'daily keys': (day, each key) only, for answers that are always per key and read few
 *   rows per key and day (channel shifts); month rows would double the rows every build
 *   updates.
 * - 'months': (month, all keys) only, its day rows already months (full channel paths:
 *   tens of thousands per month, so day rows would be millions).
 */
export type Grains = 'monthly keys' | 'daily keys' | 'months';

/** Day rows d spread over the table's grains. */
function grains(kind: Grains): string {
  const month = `date_trunc('month', d.day)::date`;
  const rows =
    kind === 'monthly keys'
      ? [
          `(false, d.day, true, '')`,
          `(true, ${month}, true, '')`,
          `(true, ${month}, false, d.journey_key)`,
        ]
      : kind === 'daily keys'
        ? [`(false, d.day, false, d.journey_key)`]
        : [`(true, d.day, true, '')`];
  return `CROSS JOIN LATERAL (VALUES ${rows.join(', ')}) g(month, day, all_keys, journey_key)`;
}

export const KEY = 'workspace_id, slot_attr, slot_value, all_keys, month, journey_key, day';
const KEY_SELECT = '$1::uuid, d.attr, d.value, g.all_keys, g.month, g.journey_key, g.day';
/** Positions of the key (after the workspace) and `extra` key columns in a slot row. */
const KEY_POSITIONS = (extra: number) => positions(2, 7 + extra);

export interface SlotTable {
  table: string;
  /** Extra key columns after the common key, with their expressions over the facts. */
  extra: readonly [string, string][];
  measures: readonly (readonly [string, string])[];
  /** FROM clause (facts joined to journey j, with rules) and WHERE of the day rows. */
  from: string;
  /** j is already summed by segmentColumns (named a1.. for the custom ones). */
  summed?: boolean;
  day: string;
  grains: Grains;
}

/**
 * The CTE `name` adding the sides' rows to `into`: `spec` gives each side's facts (table,
 * extra and measures are the same on all), counted with the side's sign.
 */
export function slotInsert(
  name: string,
  sides: readonly RollupSide[],
  spec: (side: RollupSide) => SlotTable,
  into: string,
): string {
  const specs = sides.map(spec);
  const extraColumns = specs[0].extra.map(([column]) => column);
  const measureColumns = specs[0].measures.map(([column]) => column);
  const extraPositions = specs[0].extra.map((_, i) => i + 5).join(', ');
  const rows = (spec: SlotTable, i: number) => {
    const sign = sides[i].sign;
    return `
  SELECT ${KEY_SELECT}, ${[
    ...extraColumns.map((column) => `d.${column}`),
    ...measureColumns.map((column) => `${sign} * sum(d.${column})`),
  ].join(', ')}
    FROM (SELECT c.day, sl.attr, sl.value, c.journey_key,
                 ${[
                   ...extraColumns.map((column) => `c.${column}`),
                   ...measureColumns.map((column) => `sum(c.${column}) AS ${column}`),
                 ].join(', ')}
            FROM (SELECT ${spec.day} AS day, ${segmentColumns(spec.summed ?? false).join(', ')},
                         j.journey_key,
                         ${[
                           ...spec.extra.map(
                             ([column, expression]) => `${expression} AS ${column}`,
                           ),
                           ...spec.measures.map(
                             ([column, expression]) => `${expression} AS ${column}`,
                           ),
                         ].join(',\n                         ')}
                    FROM ${spec.from}
                   GROUP BY ${positions(1, SEGMENT_COLUMN_COUNT + 2 + spec.extra.length)}) c
            ${SLOTS}
           WHERE sl.value IS NOT NULL
           GROUP BY 1, 2, 3, 4${extraPositions ? `, ${extraPositions}` : ''}) d
    ${grains(spec.grains)}
   GROUP BY ${KEY_POSITIONS(spec.extra.length)}`;
  };
  const order = KEY_POSITIONS(extraColumns.length);
  return `
${name} AS (${upsertRows(into, [...KEY.split(', '), ...extraColumns], measureColumns, specs.map(rows), order)}
  ON CONFLICT (${KEY}${extraColumns.map((column) => `, ${column}`).join('')})
  DO UPDATE SET ${measureColumns.map((column) => `${column} = r.${column} + excluded.${column}`).join(', ')}
)`;
}
