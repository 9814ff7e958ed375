import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  MetricGroupValueDto,
  MetricPeriod,
  MetricReportDto,
  MetricsResponseDto,
} from '@journey-atlas/shared/domain';
import { METRICS, type MetricName } from '@journey-atlas/shared/journey-rules';
import { DataSource } from 'typeorm';
import { type GroupDimension, groupByName } from '../filters/group-by';
import type { ResolvedFilter } from '../sql/filter.sql';
import { dimensionGrouping, periodGrouping } from '../sql/groupings.sql';
import { type MetricWindow, NO_GROUPING } from '../sql/metrics.sql';
import { filterDto } from './filter-dto';
import { AnswerCache } from './answer-cache.service';
import { type MetricCells, type ReadOptions, metricCells } from './metric-sums';
import { analyticsTransaction } from './analytics-transaction';
import { fraction, withTrend } from './metric-trend';

export interface MetricsRequest {
  names: readonly MetricName[];
  groupBy: GroupDimension | null;
  period: MetricPeriod | null;
}

/**
 * The metrics engine: every metric as numerator / denominator from set-based SQL over
 * journeys (journey grain) and journey steps with their touchpoints (contact grain),
 * for [from, to) and the same-length window before it, overall and per group.
 */
@Injectable()
export class MetricsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: AnswerCache,
  ) {}

  /**
   * The answer, cached per data version; read from the slot rollups when they serve the
   * request (conversations_per_agent, a distinct count, then comes from the steps alone).
   */
  async metrics(
    filter: ResolvedFilter,
    request: MetricsRequest,
    read: ReadOptions = {},
  ): Promise<MetricsResponseDto> {
    const slots = read.slots ?? true;
    const compute = () => this.compute(filter, request, slots);
    return read.cache === false
      ? compute()
      : this.cache.answer(filter.workspaceId, 'metrics', [filter, request, slots], compute);
  }

  private async compute(
    filter: ResolvedFilter,
    request: MetricsRequest,
    slots: boolean,
  ): Promise<MetricsResponseDto> {
    const window = metricWindow(filter);
    const agents = request.names.includes('conversations_per_agent');
    return analyticsTransaction(this.dataSource, async (manager) => {
      const overall = await metricCells(manager, filter, window, NO_GROUPING, { slots, agents });
      const groups = request.groupBy
        ? await metricCells(manager, filter, window, dimensionGrouping(request.groupBy), {
            slots,
            agents,
          })
        : null;
      const series = request.period
        ? await metricCells(
            manager,
            filter,
            { lo: filter.fromAt, hi: filter.toAt, currentFrom: null },
            periodGrouping(request.period, filter.timeZone),
            { slots, agents },
          )
        : null;
      const hasPrevious = window.currentFrom !== null;
      const report = (name: MetricName): MetricReportDto => {
        const definition = METRICS[name];
        const trend = (cells: MetricCells, group: string | null) =>
          withTrend(
            fraction(cells.get(true, group), name),
            hasPrevious ? fraction(cells.get(false, group), name) : undefined,
            definition.betterWhen,
          );
        return {
          name,
          label: definition.label,
          unit: definition.unit,
          betterWhen: definition.betterWhen,
          ...trend(overall, null),
          ...(groups
            ? {
                groups: groups
                  .currentGroups()
                  .map((group): MetricGroupValueDto => ({ group, ...trend(groups, group) })),
              }
            : {}),
          ...(series
            ? {
                series: series.currentGroups().map((start) => ({
                  start: start ?? '',
                  ...fraction(series.get(true, start), name),
                })),
              }
            : {}),
        };
      };
      return {
        filter: filterDto(filter),
        previousFrom: hasPrevious ? (window.lo?.toISOString() ?? null) : null,
        previousTo: hasPrevious ? (window.currentFrom?.toISOString() ?? null) : null,
        groupBy: groupByName(request.groupBy),
        period: request.period,
        journeys: fraction(overall.get(true, null), 'self_service_share').denominator,
        journeySource: [overall, groups].every((c) => c === null || c.journeySource === 'rollup')
          ? 'rollup'
          : 'facts',
        metrics: request.names.map(report),
      };
    });
  }
}

/** [from, to) and the same-length window right before it, when both bounds are given. */
export function metricWindow(filter: ResolvedFilter): MetricWindow {
  if (filter.fromAt && filter.toAt && filter.previousFromAt) {
    return { lo: filter.previousFromAt, hi: filter.toAt, currentFrom: filter.fromAt };
  }
  return { lo: filter.fromAt, hi: filter.toAt, currentFrom: null };
}
