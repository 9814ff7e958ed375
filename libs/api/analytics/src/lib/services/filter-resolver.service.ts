import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AnalyticsQuery, PeriodBound } from '../filters/analytics-query';
import { badFilter } from '../filters/bad-filter';
import type { ResolvedFilter } from '../sql/filter.sql';
import { FIND_WORKSPACE, PREVIOUS_DAYS_START, RESOLVE_BOUND } from '../sql/workspace.sql';

/** Turns validated filters into SQL-ready ones: workspace id, period bounds as instants. */
@Injectable()
export class FilterResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async resolve(query: AnalyticsQuery): Promise<ResolvedFilter> {
    const [workspace] = (await this.dataSource.query(FIND_WORKSPACE, [query.workspace])) as {
      id: string;
      time_zone: string;
    }[];
    if (!workspace) {
      badFilter('workspace', `names no workspace ("${query.workspace}")`, [
        'the slug of an existing workspace',
      ]);
    }
    const fromAt = await this.instant(query.from, workspace.time_zone);
    const toAt = await this.instant(query.to, workspace.time_zone);
    return {
      ...query,
      workspaceId: workspace.id,
      timeZone: workspace.time_zone,
      fromAt,
      toAt,
      previousFromAt: await this.previousFrom(query, fromAt, toAt, workspace.time_zone),
    };
  }

  /** Same length before [from, to): as many days for dates, as many milliseconds otherwise. */
  private async previousFrom(
    query: AnalyticsQuery,
    fromAt: Date | null,
    toAt: Date | null,
    timeZone: string,
  ): Promise<Date | null> {
    if (!query.from || !query.to || !fromAt || !toAt) return null;
    if (!query.from.dateOnly || !query.to.dateOnly) {
      return new Date(fromAt.getTime() - (toAt.getTime() - fromAt.getTime()));
    }
    const [{ at }] = (await this.dataSource.query(PREVIOUS_DAYS_START, [
      query.from.text,
      query.to.text,
      timeZone,
    ])) as { at: Date }[];
    return at;
  }

  private async instant(bound: PeriodBound | null, timeZone: string): Promise<Date | null> {
    if (bound === null) return null;
    const [{ at }] = (await this.dataSource.query(RESOLVE_BOUND, [
      bound.text,
      bound.dateOnly,
      timeZone,
    ])) as { at: Date }[];
    return at;
  }
}
