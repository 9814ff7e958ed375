import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FilterResolver, MetricsService } from '@journey-atlas/api/analytics';
import type {
  AlertConditionDto,
  AlertFiringDto,
  MetricThresholdConditionDto,
  TransitionBaselineConditionDto,
} from '@journey-atlas/shared/domain';
import { type MetricName } from '@journey-atlas/shared/journey-rules';
import { Subject } from 'rxjs';
import { DataSource } from 'typeorm';
import { resolveFilter } from './resolve-filter';
import {
  type Verdict,
  judgeBaseline,
  judgeThreshold,
  lastDays,
  periodCounts,
} from '../rules/baseline';
import {
  FIRST_JOURNEY_DAY,
  INSERT_FIRING,
  RULES_TO_EVALUATE,
  TRANSITIONS_BY_DAY,
} from '../sql/alerts.sql';
import { type FiringRow, firingDto } from './alert-rows';

interface RuleToEvaluate {
  id: string;
  name: string;
  condition: AlertConditionDto;
  slug: string;
  tomorrow: string;
}

type Fired = Extract<Verdict, { value: number }>;

/**
 * Evaluates a workspace's rules against its journeys as they are now and stores a firing
 * for each rule that fires; one evaluation is one build id, so a rule fires at most once
 * per evaluation. Firings are published on `firings` as they are stored.
 */
@Injectable()
export class AlertEvaluator {
  private readonly logger = new Logger(AlertEvaluator.name);
  private readonly fired = new Subject<AlertFiringDto & { workspaceId: string }>();
  readonly firings = this.fired.asObservable();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly resolver: FilterResolver,
    private readonly metrics: MetricsService,
  ) {}

  async evaluate(workspaceId: string): Promise<AlertFiringDto[]> {
    const rules = (await this.dataSource.query(RULES_TO_EVALUATE, [
      workspaceId,
    ])) as RuleToEvaluate[];
    const buildId = randomUUID();
    const stored: AlertFiringDto[] = [];
    for (const rule of rules) {
      // One broken rule (a filter that no longer resolves, a rule deleted meanwhile) must
      // not keep the others from being evaluated.
      try {
        const firing = await this.evaluateRule(workspaceId, rule, buildId);
        if (firing) stored.push(firing);
      } catch (error) {
        this.logger.warn({ err: error, ruleId: rule.id }, 'Alert rule not evaluated');
      }
    }
    return stored;
  }

  private async evaluateRule(
    workspaceId: string,
    rule: RuleToEvaluate,
    buildId: string,
  ): Promise<AlertFiringDto | null> {
    const condition = rule.condition;
    const verdict =
      condition.kind === 'metric_threshold'
        ? await this.metricVerdict(rule, condition)
        : await this.transitionVerdict(workspaceId, condition);
    if (!verdict.fires || !('value' in verdict)) return null;
    const [row] = (await this.dataSource.query(INSERT_FIRING, [
      workspaceId,
      rule.id,
      buildId,
      verdict.value,
      verdict.mean,
      verdict.sd,
      verdict.threshold,
      describe(condition, verdict),
    ])) as FiringRow[];
    if (!row) return null;
    const firing = firingDto(row);
    this.fired.next({ ...firing, workspaceId });
    return firing;
  }

  complete(): void {
    this.fired.complete();
  }

  private async metricVerdict(
    rule: RuleToEvaluate,
    condition: MetricThresholdConditionDto,
  ): Promise<Verdict> {
    const filter = await resolveFilter(this.resolver, {
      ...condition.filters,
      workspace: rule.slug,
      ...lastDays(rule.tomorrow, condition.windowDays),
    });
    const report = await this.metrics.metrics(filter, {
      names: [condition.metric as MetricName],
      groupBy: null,
      period: null,
    });
    return judgeThreshold(report.metrics[0]?.value ?? null, condition.comparison, condition.value);
  }

  private async transitionVerdict(
    workspaceId: string,
    condition: TransitionBaselineConditionDto,
  ): Promise<Verdict> {
    const periodDays = condition.granularity === 'day' ? 1 : 7;
    const rows = (await this.dataSource.query(TRANSITIONS_BY_DAY, [
      workspaceId,
      condition.fromChannel,
      condition.toChannel,
      condition.intent,
      periodDays * (condition.windowWeeks * (condition.granularity === 'day' ? 7 : 1) + 1),
    ])) as { days_ago: number; count: number }[];
    const [first] = (await this.dataSource.query(FIRST_JOURNEY_DAY, [workspaceId])) as {
      days_ago: number | null;
    }[];
    const historyPeriods =
      condition.granularity === 'day' ? condition.windowWeeks * 7 : condition.windowWeeks;
    const { current, history } = periodCounts(
      rows.map((row) => ({ daysAgo: row.days_ago, count: row.count })),
      periodDays,
      historyPeriods,
      first?.days_ago ?? null,
    );
    return judgeBaseline(current, history, condition.sigma);
  }
}

function describe(condition: AlertConditionDto, verdict: Fired): string {
  const round = (x: number) => Number(x.toFixed(4));
  if (condition.kind === 'metric_threshold') {
    return `${condition.metric} is ${round(verdict.value)}, ${condition.comparison} ${condition.value} (last ${condition.windowDays} days)`;
  }
  const intent = condition.intent ? ` for "${condition.intent}"` : '';
  const period = condition.granularity === 'day' ? 'today' : 'this week';
  return (
    `${condition.fromChannel} → ${condition.toChannel}${intent}: ${verdict.value} ${period}, ` +
    `above ${round(verdict.threshold)} (baseline ${round(verdict.mean ?? 0)} ± ${round(verdict.sd ?? 0)}, ${condition.sigma}σ)`
  );
}
