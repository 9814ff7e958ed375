import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PathsDto } from '@journey-atlas/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { ResolvedFilter } from '../sql/filter.sql';
import type { Statement } from '../sql/metrics.sql';
import { pathCountsSql, pathsSql, slotPathCountsSql, slotPathsSql } from '../sql/paths.sql';
import { type DayWindow, slotDays, slotsServeFilter, wholeMonths } from '../sql/slot-rollup.sql';
import { analyticsTransaction } from './analytics-transaction';
import { filterDto } from './filter-dto';
import type { ReadOptions } from './metric-sums';

interface PathRow {
  journeys: number;
  path: string[] | null;
  count: number | null;
  resolution_rate: number | null;
  mean_cost: number | null;
  mean_duration: number | null;
}

/**
 * Top full channel paths with their share, resolution rate, mean cost and duration, and
 * the journeys of given paths. From path_slot (months, all keys) when the slots serve the
 * filter, no intent is asked and the period is whole months; else from the journeys.
 */
@Injectable()
export class PathsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async paths(filter: ResolvedFilter, limit: number, read: ReadOptions = {}): Promise<PathsDto> {
    const rows = await this.read<PathRow>(
      filter,
      read,
      (days) => slotPathsSql(filter, days, limit),
      () => pathsSql(filter, limit),
    );
    const journeys = rows[0]?.journeys ?? 0;
    return {
      filter: filterDto(filter),
      journeys,
      paths: rows
        .filter((row) => row.path !== null)
        .map((row) => ({
          path: row.path ?? [],
          count: row.count ?? 0,
          share: (row.count ?? 0) / journeys,
          resolutionRate: row.resolution_rate ?? 0,
          meanCost: row.mean_cost ?? 0,
          meanDurationSeconds: row.mean_duration ?? 0,
        })),
    };
  }

  /** The filter's journeys per path key (PATH_KEY_SEPARATOR between channels); none: absent. */
  async pathCounts(
    filter: ResolvedFilter,
    keys: readonly string[],
    read: ReadOptions = {},
  ): Promise<Map<string, number>> {
    if (keys.length === 0) return new Map();
    const rows = await this.read<{ key: string; count: number }>(
      filter,
      read,
      (days) => slotPathCountsSql(filter, days, keys),
      () => pathCountsSql(filter, keys),
    );
    return new Map(rows.map((row) => [row.key, row.count]));
  }

  private read<T>(
    filter: ResolvedFilter,
    read: ReadOptions,
    fromSlots: (days: DayWindow) => Statement,
    fromFacts: () => Statement,
  ): Promise<T[]> {
    return analyticsTransaction(this.dataSource, async (manager) => {
      const days = await this.slotMonths(manager, filter, read);
      const { text, values } = days ? fromSlots(days) : fromFacts();
      return (await manager.query(text, values)) as T[];
    });
  }

  /** The period's days when path_slot answers for the filter, else null. */
  private async slotMonths(
    manager: EntityManager,
    filter: ResolvedFilter,
    read: ReadOptions,
  ): Promise<DayWindow | null> {
    if (!(read.slots ?? true) || filter.intent !== null || !slotsServeFilter(filter)) return null;
    const window = { lo: filter.fromAt, hi: filter.toAt, currentFrom: null };
    const days = await slotDays((text, values) => manager.query(text, values), filter, window);
    return days && wholeMonths(days) ? days : null;
  }
}
