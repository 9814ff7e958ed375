import { defaultJourneySettings } from '@journey-atlas/shared/journey-rules';
import type { EntityManager } from 'typeorm';
import type { ResolvedFilter } from '../sql/filter.sql';
import {
  type Grouping,
  type MetricWindow,
  type Statement,
  agentSumsSql,
  contactSumsSql,
  journeySumsSql,
} from '../sql/metrics.sql';
import {
  ALIGNED_TO_DAYS,
  rollupJourneySumsSql,
  rollupServesFilter,
} from '../sql/rollup-metrics.sql';
import { preparedQuery } from '../sql/prepared';
import { slotAgentSumsSql, slotContactSumsSql, slotJourneySumsSql } from '../sql/slot-metrics.sql';
import {
  type DayWindow,
  keyRowsCover,
  slotDays,
  slotsServeFilter,
  wholeMonths,
} from '../sql/slot-rollup.sql';
import type { SumsRow } from './metric-trend';

/** How an answer may be read: from the slot rollups when they serve it (default), or not. */
export interface ReadOptions {
  slots?: boolean;
  /** Whether the answer cache may answer (default true). */
  cache?: boolean;
}

/** What metricCells reads: also conversations_per_agent (a distinct count, never in slots). */
export interface CellOptions extends ReadOptions {
  agents?: boolean;
}

export type JourneySource = 'rollup' | 'facts';

/** Numerator/denominator sums per (window, group); read with `get(current, group)`. */
export class MetricCells {
  private readonly cells = new Map<string, SumsRow>();

  constructor(
    readonly journeySource: JourneySource,
    /** The window's local dates when both sums came from the slot rollups, else null. */
    readonly slotDays: DayWindow | null = null,
  ) {}

  private static key(current: boolean, group: string | null): string {
    return `${current}|${group === null ? '\u0000' : `=${group}`}`;
  }

  add(current: boolean, group: string | null, sums: SumsRow): void {
    const key = MetricCells.key(current, group);
    this.cells.set(key, { ...this.cells.get(key), ...sums });
  }

  get(current: boolean, group: string | null): SumsRow | undefined {
    return this.cells.get(MetricCells.key(current, group));
  }

  /** Groups of the current window, by value with null last (as the reference sorts them). */
  currentGroups(): (string | null)[] {
    return [...this.cells.keys()]
      .filter((key) => key.startsWith('true|'))
      .map((key) => key.slice('true|'.length))
      .map((group) => (group === '\u0000' ? null : group.slice(1)))
      .sort((a, b) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1));
  }
}

// Labour cost is not a stored workspace setting yet: the reference default applies.
const LABOUR_COST_PER_HOUR = defaultJourneySettings().labourCostPerHour;

/** Whether journey_daily can answer the journey-grain sums exactly. */
async function rollupServes(
  manager: EntityManager,
  filter: ResolvedFilter,
  window: MetricWindow,
  grouping: Grouping,
): Promise<boolean> {
  if (grouping.rollup === undefined || !rollupServesFilter(filter)) return false;
  const bounds = [window.lo, window.hi, window.currentFrom].filter((at) => at !== null);
  const [{ aligned }] = (await manager.query(ALIGNED_TO_DAYS, [bounds, filter.timeZone])) as {
    aligned: boolean;
  }[];
  return aligned;
}

/** The slot rollups' statements for this request, when they can answer it exactly. */
async function slotStatements(
  manager: EntityManager,
  filter: ResolvedFilter,
  window: MetricWindow,
  grouping: Grouping,
) {
  if (grouping.slot === undefined || !slotsServeFilter(filter)) return null;
  const days = await slotDays((text, values) => manager.query(text, values), filter, window);
  if (days === null) return null;
  const perKey = filter.intent !== null || grouping.slot === 'intent';
  if (!keyRowsCover(days, perKey)) return null;
  if (perKey && (grouping.slot === 'day' || grouping.slot === 'week')) return null;
  return {
    days,
    statements: [
      slotJourneySumsSql(filter, days, grouping.slot, LABOUR_COST_PER_HOUR),
      slotContactSumsSql(filter, days, grouping.slot),
    ],
  };
}

/**
 * The distinct agent count beside the slots: from agent_slot (months, all keys) when the
 * request has no group or intent and the window is whole months, else from the steps.
 */
function agentSums(
  filter: ResolvedFilter,
  window: MetricWindow,
  grouping: Grouping,
  days: DayWindow,
): Statement {
  return grouping.slot === 'none' && filter.intent === null && wholeMonths(days)
    ? slotAgentSumsSql(filter, days)
    : agentSumsSql(filter, window, grouping);
}

/**
 * Runs the journey-grain and contact-grain sums of one grouping: from the slot rollups
 * when asked to and they serve the request (with `agents`, plus agentSums beside them),
 * else journey sums from journey_daily when it serves, or from journeys, and contact sums
 * from steps and touchpoints.
 */
export async function metricCells(
  manager: EntityManager,
  filter: ResolvedFilter,
  window: MetricWindow,
  grouping: Grouping,
  read: CellOptions = {},
): Promise<MetricCells> {
  const slotSums =
    read.slots === true ? await slotStatements(manager, filter, window, grouping) : null;
  // conversations_per_agent's distinct agents: agent_slot over whole months, else the steps.
  const fromSlots =
    slotSums && read.agents
      ? [...slotSums.statements, agentSums(filter, window, grouping, slotSums.days)]
      : (slotSums?.statements ?? null);
  const fromRollup = fromSlots !== null || (await rollupServes(manager, filter, window, grouping));
  const cells = new MetricCells(fromRollup ? 'rollup' : 'facts', slotSums?.days ?? null);
  const statements = fromSlots ?? [
    fromRollup && grouping.rollup !== undefined
      ? rollupJourneySumsSql(filter, window, grouping.rollup, LABOUR_COST_PER_HOUR)
      : journeySumsSql(filter, window, grouping, LABOUR_COST_PER_HOUR),
    contactSumsSql(filter, window, grouping),
  ];
  for (const statement of statements) {
    const rows = (
      fromSlots
        ? await preparedQuery(manager, statement)
        : await manager.query(statement.text, statement.values)
    ) as ({
      is_current: boolean;
      grp: string | null;
    } & SumsRow)[];
    for (const { is_current, grp, ...sums } of rows) cells.add(is_current, grp, sums);
  }
  return cells;
}
