import { Injectable, Logger, type MessageEvent, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FilterResolver, MetricsService } from '@journey-atlas/api/analytics';
import type {
  LiveEventType,
  LiveMetricsEventDto,
  LiveTouchpointsEventDto,
} from '@journey-atlas/shared/domain';
import { type MetricName } from '@journey-atlas/shared/journey-rules';
import {
  EMPTY,
  Observable,
  ReplaySubject,
  Subject,
  catchError,
  defer,
  distinctUntilChanged,
  exhaustMap,
  filter,
  finalize,
  from,
  interval,
  map,
  merge,
  share,
  startWith,
  takeUntil,
  timer,
} from 'rxjs';
import { DataSource } from 'typeorm';
import { resolveFilter } from '../services/resolve-filter';
import { AlertEvaluator } from '../services/alert-evaluator.service';
import { lastDays } from '../rules/baseline';
import { WORKSPACE_TOMORROW } from '../sql/alerts.sql';
import { NEW_TOUCHPOINTS, TOP_TOUCHPOINT_ID } from '../sql/live.sql';
import {
  type CountRow,
  LIVE_MINUTES,
  type MinuteCounts,
  addCounts,
  liveMinutes,
} from './live-minutes';

/** How often a workspace with listeners is polled for new touchpoints. */
export const LIVE_POLL_MS = 2000;
export const LIVE_HEARTBEAT_MS = 15_000;
/** On the first poll, look back at most this many touchpoint ids for the last minutes. */
export const LIVE_BACKFILL_IDS = 100_000;
/** The overview's key metrics, sent after each build (the last 30 days, today included). */
export const LIVE_METRICS: readonly MetricName[] = [
  'fcr',
  'containment',
  'self_service_share',
  'csat',
  'ces',
  'service_level',
  'cost_to_serve',
];
const METRICS_DAYS = 30;

interface Workspace {
  id: string;
  slug: string;
}

/**
 * The live stream of a workspace: touchpoints per minute by channel (a cheap periodic
 * query of new touchpoint ids, shared by every listener of the workspace), alerts as they
 * fire, the key metrics after each build, and a heartbeat. Every stream completes when
 * the app shuts down, so open connections never hold the process.
 */
@Injectable()
export class LiveService implements OnModuleDestroy {
  private readonly logger = new Logger(LiveService.name);
  private readonly shutdown = new Subject<void>();
  private readonly metricsEvents = new Subject<LiveMetricsEventDto & { workspaceId: string }>();
  private readonly touchpointStreams = new Map<string, Observable<LiveTouchpointsEventDto>>();
  private readonly listeners = new Map<string, number>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly evaluator: AlertEvaluator,
    private readonly resolver: FilterResolver,
    private readonly metrics: MetricsService,
  ) {}

  onModuleDestroy(): void {
    this.shutdown.next();
    this.shutdown.complete();
    this.metricsEvents.complete();
  }

  /** Whether anyone listens to the workspace (metrics are computed only then). */
  hasListeners(workspaceId: string): boolean {
    return (this.listeners.get(workspaceId) ?? 0) > 0;
  }

  stream(workspace: Workspace): Observable<MessageEvent> {
    const event = (type: LiveEventType) => (data: object) => ({ type, data }) as MessageEvent;
    return defer(() => {
      this.listeners.set(workspace.id, (this.listeners.get(workspace.id) ?? 0) + 1);
      return merge(
        interval(LIVE_HEARTBEAT_MS).pipe(
          startWith(0),
          map(() => event('heartbeat')({ at: new Date().toISOString() })),
        ),
        this.touchpoints(workspace).pipe(map(event('touchpoints'))),
        this.evaluator.firings.pipe(
          filter((firing) => firing.workspaceId === workspace.id),
          map(({ workspaceId: _, ...firing }) => event('alert')(firing)),
        ),
        this.metricsEvents.pipe(
          filter((metrics) => metrics.workspaceId === workspace.id),
          map(({ workspaceId: _, ...metrics }) => event('metrics')(metrics)),
        ),
      ).pipe(
        takeUntil(this.shutdown),
        finalize(() => {
          const left = (this.listeners.get(workspace.id) ?? 1) - 1;
          if (left > 0) this.listeners.set(workspace.id, left);
          else this.listeners.delete(workspace.id);
        }),
      );
    });
  }

  /** Computes and sends the key metrics of the workspace, if anyone listens. */
  async publishMetrics(workspaceId: string, build: 'incremental' | 'full'): Promise<void> {
    if (!this.hasListeners(workspaceId)) return;
    const [workspace] = (await this.dataSource.query(WORKSPACE_TOMORROW, [workspaceId])) as {
      slug: string;
      tomorrow: string;
    }[];
    if (!workspace) return;
    const now = new Date();
    const resolved = await resolveFilter(this.resolver, {
      workspace: workspace.slug,
      ...lastDays(workspace.tomorrow, METRICS_DAYS),
    });
    const report = await this.metrics.metrics(resolved, {
      names: LIVE_METRICS,
      groupBy: null,
      period: null,
    });
    this.metricsEvents.next({
      workspaceId,
      workspace: workspace.slug,
      at: now.toISOString(),
      build,
      journeys: report.journeys,
      metrics: report.metrics.map(({ name, label, unit, value, change, direction, improved }) => ({
        name,
        label,
        unit,
        value,
        change,
        direction,
        improved,
      })),
    });
  }

  /** One poller per workspace, shared by its listeners; it stops with the last one. */
  private touchpoints(workspace: Workspace): Observable<LiveTouchpointsEventDto> {
    let stream = this.touchpointStreams.get(workspace.id);
    if (!stream) {
      stream = defer(() => {
        const counts: MinuteCounts = new Map();
        let cursor: string | null = null;
        return timer(0, LIVE_POLL_MS).pipe(
          exhaustMap(() =>
            from(
              (async () => {
                cursor ??= await this.startCursor();
                const rows = (await this.dataSource.query(NEW_TOUCHPOINTS, [
                  workspace.id,
                  cursor,
                  LIVE_MINUTES,
                ])) as (Partial<CountRow> & { top: string })[];
                cursor = rows[0]?.top ?? cursor;
                const now = new Date();
                addCounts(
                  counts,
                  rows.filter((row): row is CountRow & { top: string } => row.minute != null),
                  now,
                );
                return liveMinutes(counts, now);
              })(),
            ).pipe(
              catchError((error: unknown) => {
                this.logger.warn({ err: error }, 'Live touchpoint poll failed');
                return EMPTY;
              }),
            ),
          ),
          distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
          map((minutes) => ({ workspace: workspace.slug, at: new Date().toISOString(), minutes })),
        );
      }).pipe(
        finalize(() => this.touchpointStreams.delete(workspace.id)),
        share({ connector: () => new ReplaySubject(1), resetOnRefCountZero: true }),
      );
      this.touchpointStreams.set(workspace.id, stream);
    }
    return stream;
  }

  private async startCursor(): Promise<string> {
    const [{ top }] = (await this.dataSource.query(TOP_TOUCHPOINT_ID)) as { top: string }[];
    return String(Math.max(0, Number(top) - LIVE_BACKFILL_IDS));
  }
}
