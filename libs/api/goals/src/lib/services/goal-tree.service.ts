import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AnalyticsQuery,
  FilterResolver,
  MetricsService,
  type ResolvedFilter,
  badFilter,
  parseAnalyticsQuery,
} from '@journey-atlas/api/analytics';
import type { GoalNodeDto, GoalTreeDto, MetricValueDto } from '@journey-atlas/shared/domain';
import { type MetricName, isMetricName } from '@journey-atlas/shared/journey-rules';
import { DataSource } from 'typeorm';
import { LATEST_30_DAYS } from '../sql/goals.sql';
import { buildTree, scopeKey } from './goal-tree';
import { GoalsService } from './goals.service';

const TREE_PARAMETERS = ['workspace', 'from', 'to'];

/**
 * The pyramid with every node computed by the metrics engine: each node's metric with its
 * own scope (team, agent, channel, intent) for [from, to) and the window before it; nodes
 * that share a scope share one engine call.
 */
@Injectable()
export class GoalTreeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly goals: GoalsService,
    private readonly resolver: FilterResolver,
    private readonly metrics: MetricsService,
  ) {}

  async tree(query: Record<string, unknown>): Promise<GoalTreeDto> {
    const parsed = parseAnalyticsQuery(query).filter;
    const scoped = parsed.intent ?? parsed.channel ?? parsed.team ?? parsed.agent;
    if (scoped !== null || parsed.segment.length > 0) {
      const name = Object.keys(query).find((key) => !TREE_PARAMETERS.includes(key)) ?? 'query';
      badFilter(name, 'is not a tree filter: every node has its own scope', TREE_PARAMETERS);
    }
    const workspace = await this.goals.workspace(parsed.workspace);
    const period = await this.period(parsed, workspace.id, workspace.timeZone);
    const filter = await this.resolver.resolve(period);
    const nodes = await this.goals.all(workspace);
    const actuals = await this.actuals(filter, nodes);
    const { goals, warnings } = buildTree(
      nodes,
      (node) => actuals.get(scopeKey(node))?.get(node.metric as MetricName) ?? null,
    );
    const hasPrevious = filter.previousFromAt !== null && filter.fromAt !== null;
    return {
      workspace: workspace.slug,
      from: filter.fromAt?.toISOString() ?? null,
      to: filter.toAt?.toISOString() ?? null,
      previousFrom: hasPrevious ? (filter.previousFromAt?.toISOString() ?? null) : null,
      previousTo: hasPrevious ? (filter.fromAt?.toISOString() ?? null) : null,
      goals,
      warnings,
    };
  }

  /** The asked period, else the 30 days up to the latest journey (all time when none). */
  private async period(
    query: AnalyticsQuery,
    workspaceId: string,
    timeZone: string,
  ): Promise<AnalyticsQuery> {
    if (query.from !== null || query.to !== null) return query;
    const [latest] = (await this.dataSource.query(LATEST_30_DAYS, [workspaceId, timeZone])) as {
      from_date: string | null;
      to_date: string | null;
    }[];
    if (!latest?.from_date || !latest.to_date) return query;
    return {
      ...query,
      from: { text: latest.from_date, dateOnly: true },
      to: { text: latest.to_date, dateOnly: true },
    };
  }

  /** scope key -> metric -> value with trend, one engine call per distinct scope. */
  private async actuals(
    filter: ResolvedFilter,
    nodes: readonly GoalNodeDto[],
  ): Promise<Map<string, Map<MetricName, MetricValueDto>>> {
    const scopes = new Map<string, { node: GoalNodeDto; names: Set<MetricName> }>();
    for (const node of nodes) {
      if (!isMetricName(node.metric)) continue;
      const key = scopeKey(node);
      const entry = scopes.get(key) ?? { node, names: new Set<MetricName>() };
      entry.names.add(node.metric);
      scopes.set(key, entry);
    }
    const actuals = new Map<string, Map<MetricName, MetricValueDto>>();
    for (const [key, { node, names }] of scopes) {
      const report = await this.metrics.metrics(
        {
          ...filter,
          team: node.team,
          agent: node.agent,
          intent: node.intent,
          channel: node.channel as ResolvedFilter['channel'],
        },
        { names: [...names], groupBy: null, period: null },
      );
      actuals.set(
        key,
        new Map(
          report.metrics.map((metric) => [
            metric.name as MetricName,
            {
              value: metric.value,
              numerator: metric.numerator,
              denominator: metric.denominator,
              previous: metric.previous,
              change: metric.change,
              direction: metric.direction,
              improved: metric.improved,
            },
          ]),
        ),
      );
    }
    return actuals;
  }
}
