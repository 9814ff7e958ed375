import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { type JourneyBuildEvent, JourneyBuildEvents } from '@journey-atlas/api/journeys';
import type { Subscription } from 'rxjs';
import { LiveService } from '../live/live.service';
import { AlertEvaluator } from './alert-evaluator.service';

/**
 * After each committed journey build: evaluate the workspace's alert rules, then send the
 * key metrics to its live listeners. Builds that arrive while a workspace is being handled
 * are coalesced into one more round for it, so a busy change queue cannot pile up work.
 */
@Injectable()
export class BuildListener implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(BuildListener.name);
  private readonly pending = new Map<string, JourneyBuildEvent>();
  private subscription: Subscription | undefined;
  private running: Promise<void> | null = null;

  constructor(
    private readonly builds: JourneyBuildEvents,
    private readonly evaluator: AlertEvaluator,
    private readonly live: LiveService,
  ) {}

  onModuleInit(): void {
    this.subscription = this.builds.builds.subscribe((event) => this.onBuild(event));
  }

  async onModuleDestroy(): Promise<void> {
    this.subscription?.unsubscribe();
    this.pending.clear();
    await this.running;
    this.evaluator.complete();
  }

  /** Resolves once every build seen so far has been handled (tests wait on it). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private onBuild(event: JourneyBuildEvent): void {
    const queued = this.pending.get(event.workspaceId);
    // A full rebuild in the batch makes the round a full one.
    this.pending.set(event.workspaceId, queued?.kind === 'full' ? queued : event);
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
  }

  private async drain(): Promise<void> {
    for (let next = this.first(); next; next = this.first()) {
      this.pending.delete(next.workspaceId);
      try {
        await this.evaluator.evaluate(next.workspaceId);
        await this.live.publishMetrics(next.workspaceId, next.kind);
      } catch (error) {
        this.logger.error({ err: error, workspaceId: next.workspaceId }, 'After-build work failed');
      }
    }
  }

  private first(): JourneyBuildEvent | undefined {
    return this.pending.values().next().value;
  }
}
