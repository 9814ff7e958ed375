import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JourneyBuildEvents } from '../events/journey-build-events';
import { JOURNEY_WORKER_OPTIONS, type JourneyWorkerOptions } from '../journey-worker.options';
import { WORKSPACES_WITH_CHANGES } from '../sql/rebuild.sql';
import { JourneyBuilder } from './journey-builder.service';
import { type ClaimedJob, JobsService } from './jobs.service';

const HEARTBEAT_MS = 10_000;

/** Thrown from the progress callback to stop a rebuild between chunks. */
class WorkerStopping extends Error {}

/**
 * Runs queued jobs and drains the change queue in this process. Several API instances
 * can run it side by side: jobs and changes are claimed with SKIP LOCKED. On shutdown a
 * rebuild stops after its current chunk and goes back to the queue.
 */
@Injectable()
export class JobWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobWorker.name);
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<void> | undefined;
  private stopping = false;
  private again = false;

  constructor(
    @Inject(JOURNEY_WORKER_OPTIONS) private readonly options: JourneyWorkerOptions,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly builder: JourneyBuilder,
    private readonly buildEvents: JourneyBuildEvents,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(this.options.pollMs);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    await this.current;
  }

  /** Look now (a job was just queued) instead of at the next poll. */
  kick(): void {
    if (this.current) this.again = true;
    else this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (this.stopping) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.current = this.tick()
        .catch((error: unknown) => this.logger.error({ err: error }, 'Journey worker failed'))
        .finally(() => {
          this.current = undefined;
          const again = this.again;
          this.again = false;
          this.schedule(again ? 0 : this.options.pollMs);
        });
    }, delayMs);
  }

  private async tick(): Promise<void> {
    for (let job = await this.jobs.claim(); job; job = await this.jobs.claim()) {
      await this.run(job);
      if (this.stopping) return;
    }
    if (!this.options.drainChanges) return;
    const rows = (await this.dataSource.query(WORKSPACES_WITH_CHANGES)) as {
      workspace_id: string;
    }[];
    for (const { workspace_id } of rows) {
      if (this.stopping) return;
      const customers = await this.builder.processChangedCustomers(workspace_id);
      if (customers > 0) {
        this.buildEvents.emit({
          workspaceId: workspace_id,
          kind: 'incremental',
          customers,
          at: new Date(),
        });
      }
    }
  }

  private async run(job: ClaimedJob): Promise<void> {
    // Long chunks must not make the job look abandoned to other workers.
    const heartbeat = setInterval(() => {
      this.jobs
        .heartbeat(job.id)
        .catch((error: unknown) => this.logger.warn({ err: error, jobId: job.id }, 'No heartbeat'));
    }, HEARTBEAT_MS);
    try {
      const { done } = await this.builder.rebuildAll(job.workspaceId, {
        onProgress: async ({ done, total }) => {
          await this.jobs.reportProgress(job.id, done, total);
          if (this.stopping) throw new WorkerStopping();
        },
      });
      await this.jobs.finish(job.id);
      this.buildEvents.emit({
        workspaceId: job.workspaceId,
        kind: 'full',
        customers: done,
        at: new Date(),
      });
    } catch (error) {
      if (error instanceof WorkerStopping) {
        await this.jobs.requeue(job.id);
      } else {
        this.logger.error({ err: error, jobId: job.id }, 'Rebuild failed');
        await this.jobs.finish(job.id, error instanceof Error ? error.message : String(error));
      }
    } finally {
      clearInterval(heartbeat);
    }
  }
}
