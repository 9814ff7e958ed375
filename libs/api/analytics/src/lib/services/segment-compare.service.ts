import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  FlowGraphDto,
  MetricsResponseDto,
  PathsDto,
  SegmentCompareDto,
  SegmentPathComparisonDto,
  SegmentTransitionComparisonDto,
} from '@journey-atlas/shared/domain';
import {
  type MetricName,
  SIGNIFICANCE_ALPHA,
  defaultJourneySettings,
} from '@journey-atlas/shared/journey-rules';
import { DataSource } from 'typeorm';
import type { ResolvedFilter } from '../sql/filter.sql';
import { PATH_KEY_SEPARATOR } from '../sql/paths.sql';
import {
  contactSquaresSql,
  journeySquaresSql,
  metricSquares,
  slotSquaresSql,
} from '../sql/segment-compare.sql';
import { keyRowsCover, slotDays, slotsServeFilter } from '../sql/slot-rollup.sql';
import { analyticsTransaction } from './analytics-transaction';
import { FlowGraphService } from './flow-graph.service';
import type { ReadOptions } from './metric-sums';
import { MetricsService } from './metrics.service';
import { PathsService } from './paths.service';
import { type MetricSample, compareMetric, compareShares } from './segment-significance';

export interface SegmentCompareRequest {
  names: readonly MetricName[];
  /** Top paths per side. */
  limit: number;
}

interface SideData {
  filter: ResolvedFilter;
  metrics: MetricsResponseDto;
  squares: Partial<Record<MetricName, number>>;
  paths: PathsDto;
  flows: FlowGraphDto;
}

const LABOUR_COST_PER_HOUR = defaultJourneySettings().labourCostPerHour;
const pathKey = (path: readonly string[]) => path.join(PATH_KEY_SEPARATOR);

/**
 * Two groups of journeys side by side: every metric from the metrics engine (so each side
 * equals /metrics for its filters), top paths from /paths, transitions from /flow-graph,
 * and a significance test on each difference.
 */
@Injectable()
export class SegmentCompareService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly metricsService: MetricsService,
    private readonly pathsService: PathsService,
    private readonly flowGraphService: FlowGraphService,
  ) {}

  async compare(
    a: ResolvedFilter,
    b: ResolvedFilter,
    request: SegmentCompareRequest,
    read: ReadOptions = {},
  ): Promise<SegmentCompareDto> {
    // One side at a time: the pool is shared with every other request.
    const sideA = await this.side(a, request, read);
    const sideB = await this.side(b, request, read);
    const alpha = SIGNIFICANCE_ALPHA;
    return {
      alpha,
      a: this.sideDto(sideA),
      b: this.sideDto(sideB),
      metrics: request.names.map((name) =>
        compareMetric(name, sample(sideA, name), sample(sideB, name), alpha),
      ),
      paths: await this.paths(sideA, sideB, alpha, read),
      transitions: transitions(sideA, sideB, alpha),
    };
  }

  private async side(
    filter: ResolvedFilter,
    request: SegmentCompareRequest,
    read: ReadOptions,
  ): Promise<SideData> {
    // No previous window: a comparison is between the sides, not over time.
    const current: ResolvedFilter = { ...filter, previousFromAt: null };
    const metricsRequest = { names: request.names, groupBy: null, period: null };
    return {
      filter: current,
      metrics: await this.metricsService.metrics(current, metricsRequest, read),
      squares: await this.squares(current, read),
      paths: await this.pathsService.paths(current, request.limit, read),
      flows: await this.flowGraphService.flowGraph(current, read),
    };
  }

  /** Σ x² of each mean metric: from the slot rollups when they serve the filter. */
  private async squares(
    filter: ResolvedFilter,
    read: ReadOptions,
  ): Promise<Partial<Record<MetricName, number>>> {
    const sums = await analyticsTransaction(this.dataSource, async (manager) => {
      const window = { lo: filter.fromAt, hi: filter.toAt, currentFrom: null };
      const days =
        (read.slots ?? true) && slotsServeFilter(filter)
          ? await slotDays((text, values) => manager.query(text, values), filter, window)
          : null;
      const statements =
        days && keyRowsCover(days, filter.intent !== null)
          ? [slotSquaresSql(filter, days)]
          : [journeySquaresSql(filter), contactSquaresSql(filter)];
      const row: Record<string, number> = {};
      for (const { text, values } of statements) {
        Object.assign(row, ((await manager.query(text, values)) as Record<string, number>[])[0]);
      }
      return row;
    });
    return metricSquares(sums, LABOUR_COST_PER_HOUR);
  }

  private sideDto(side: SideData): SegmentCompareDto['a'] {
    return {
      filter: side.metrics.filter,
      journeys: side.metrics.journeys,
      transitions: transitionTotal(side.flows),
      topPaths: side.paths.paths,
    };
  }

  /** The union of both top lists, with each path's exact count on both sides. */
  private async paths(
    a: SideData,
    b: SideData,
    alpha: number,
    read: ReadOptions,
  ): Promise<SegmentPathComparisonDto[]> {
    const union = new Map<string, string[]>();
    for (const path of [...a.paths.paths, ...b.paths.paths])
      union.set(pathKey(path.path), path.path);
    const keys = [...union.keys()];
    const countsA = await this.pathsService.pathCounts(a.filter, keys, read);
    const countsB = await this.pathsService.pathCounts(b.filter, keys, read);
    return [...union.entries()]
      .map(([key, path]) => ({
        path,
        ...compareShares(
          { count: countsA.get(key) ?? 0, total: a.paths.journeys },
          { count: countsB.get(key) ?? 0, total: b.paths.journeys },
          alpha,
        ),
      }))
      .sort((x, y) => bigger(y) - bigger(x) || (pathKey(x.path) < pathKey(y.path) ? -1 : 1));
  }
}

function sample(side: SideData, name: MetricName): MetricSample {
  const metric = side.metrics.metrics.find((m) => m.name === name);
  return {
    value: metric?.value ?? null,
    numerator: metric?.numerator ?? 0,
    denominator: metric?.denominator ?? 0,
    sumSquares: side.squares[name] ?? null,
  };
}

function transitionTotal(flows: FlowGraphDto): number {
  return flows.edges.reduce((sum, edge) => sum + edge.count, 0);
}

const bigger = (row: { a: { share: number | null }; b: { share: number | null } }) =>
  Math.max(row.a.share ?? 0, row.b.share ?? 0);

function transitions(a: SideData, b: SideData, alpha: number): SegmentTransitionComparisonDto[] {
  const key = (edge: { source: string; target: string }) => `${edge.source}>${edge.target}`;
  const countsOf = (flows: FlowGraphDto) => new Map(flows.edges.map((e) => [key(e), e.count]));
  const countsA = countsOf(a.flows);
  const countsB = countsOf(b.flows);
  const totalA = transitionTotal(a.flows);
  const totalB = transitionTotal(b.flows);
  const pairs = new Map<string, { source: string; target: string }>();
  for (const edge of [...a.flows.edges, ...b.flows.edges]) pairs.set(key(edge), edge);
  return [...pairs.entries()]
    .map(([k, { source, target }]) => ({
      source,
      target,
      ...compareShares(
        { count: countsA.get(k) ?? 0, total: totalA },
        { count: countsB.get(k) ?? 0, total: totalB },
        alpha,
      ),
    }))
    .sort((x, y) => bigger(y) - bigger(x) || (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
}
