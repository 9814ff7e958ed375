import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FrictionRankingDto, FrictionRowDto } from '@journey-atlas/shared/domain';
import { FRICTION_TYPES } from '@journey-atlas/shared/journey-rules';
import { DataSource } from 'typeorm';
import type { ResolvedFilter } from '../sql/filter.sql';
import {
  type FrictionCountRow,
  type FrictionDimension,
  frictionCountsSql,
} from '../sql/friction.sql';
import { FRICTION_TYPE_GROUPING } from '../sql/groupings.sql';
import { NO_GROUPING } from '../sql/metrics.sql';
import { filterDto } from './filter-dto';
import { AnswerCache } from './answer-cache.service';
import { type MetricCells, type ReadOptions, metricCells } from './metric-sums';
import { analyticsTransaction } from './analytics-transaction';
import { slotFrictionCountsSql } from '../sql/slot-metrics.sql';
import { preparedQuery } from '../sql/prepared';
import { type SumsRow, fraction } from './metric-trend';

/**
 * Friction types ranked by impact: events, journeys affected, each hurt metric over the
 * journeys with the friction vs those without (the metrics engine grouped by the types
 * a journey has, subtracted from the overall sums), and the cost it adds.
 */
@Injectable()
export class FrictionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: AnswerCache,
  ) {}

  /** The ranking, cached per data version; from the slot rollups when they serve it. */
  async ranking(
    filter: ResolvedFilter,
    groupBy: FrictionDimension | null,
    read: ReadOptions = {},
  ): Promise<FrictionRankingDto> {
    // Groups split events by step values the slots do not carry.
    const slots = (read.slots ?? true) && groupBy === null;
    const compute = () => this.compute(filter, groupBy, slots);
    return read.cache === false
      ? compute()
      : this.cache.answer(filter.workspaceId, 'friction', [filter, groupBy, slots], compute);
  }

  private async compute(
    filter: ResolvedFilter,
    groupBy: FrictionDimension | null,
    slots: boolean,
  ): Promise<FrictionRankingDto> {
    return analyticsTransaction(this.dataSource, async (manager) => {
      const window = { lo: filter.fromAt, hi: filter.toAt, currentFrom: null };
      const all = await metricCells(manager, filter, window, NO_GROUPING, { slots });
      const withType = await metricCells(manager, filter, window, FRICTION_TYPE_GROUPING, {
        slots,
      });
      // Both cells come from the slots or neither does (same filter and window).
      const days = all.slotDays;
      const counts = days ? slotFrictionCountsSql(filter, days) : frictionCountsSql(filter, null);
      const totals = days
        ? await preparedQuery<FrictionCountRow>(manager, counts)
        : ((await manager.query(counts.text, counts.values)) as FrictionCountRow[]);
      let grouped: FrictionCountRow[] = [];
      if (groupBy !== null) {
        const statement = frictionCountsSql(filter, groupBy);
        grouped = (await manager.query(statement.text, statement.values)) as FrictionCountRow[];
      }
      const journeys = fraction(all.get(true, null), 'cost_to_serve').denominator;
      const rows = totals.map((total) =>
        frictionRow(total, all, withType, groupBy === null ? undefined : grouped),
      );
      return {
        filter: filterDto(filter),
        groupBy,
        journeys,
        friction: rows.sort(
          (a, b) =>
            (b.costAdded ?? -Infinity) - (a.costAdded ?? -Infinity) ||
            b.journeysAffected - a.journeysAffected ||
            b.count - a.count ||
            (a.type < b.type ? -1 : 1),
        ),
      };
    });
  }
}

function frictionRow(
  total: FrictionCountRow,
  all: MetricCells,
  withType: MetricCells,
  grouped: FrictionCountRow[] | undefined,
): FrictionRowDto {
  const definition = FRICTION_TYPES[total.type as keyof typeof FRICTION_TYPES];
  // Hurt metrics are all additive, so "without" is everything minus "with".
  const side = (metric: string, withIt: boolean) => {
    const withSums = withType.get(true, total.type);
    if (withIt) return fraction(withSums, metric).value;
    const overall = all.get(true, null);
    const rest: SumsRow = {};
    for (const part of ['n', 'd']) {
      const key = `${metric}_${part}`;
      rest[key] = (overall?.[key] ?? 0) - (withSums?.[key] ?? 0);
    }
    return fraction(rest, metric).value;
  };
  const costWith = side('cost_to_serve', true);
  const costWithout = side('cost_to_serve', false);
  return {
    type: total.type,
    rule: definition.rule,
    hurts: [...definition.hurts],
    count: total.events,
    journeysAffected: total.journeys,
    impacts: definition.hurts.map((metric) => ({
      metric,
      withFriction: side(metric, true),
      withoutFriction: side(metric, false),
    })),
    costAdded:
      costWith === null || costWithout === null ? null : (costWith - costWithout) * total.journeys,
    ...(grouped
      ? {
          groups: grouped
            .filter((row) => row.type === total.type)
            .map((row) => ({ group: row.grp, count: row.events, journeysAffected: row.journeys }))
            .sort((a, b) => b.count - a.count || ((a.group ?? '') < (b.group ?? '') ? -1 : 1)),
        }
      : {}),
  };
}
