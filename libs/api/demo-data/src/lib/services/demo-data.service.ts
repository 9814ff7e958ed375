import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  IdentifierKeyer,
  IdentitySettingsService,
  WorkspaceLookupService,
} from '@journey-atlas/api/identity';
import { BATCH_SIZE, IngestSession, TouchpointWriterService } from '@journey-atlas/api/ingestion';
import { CUSTOM_ATTRIBUTES, customerRecord, generateDataset } from '@journey-atlas/generator';
import { parseIdentifierReference } from '@journey-atlas/shared/domain';
import { DataSource } from 'typeorm';
import {
  APPLY_SEGMENTS,
  CLAIM_DEMO_DATASET,
  COMPLETE_DEMO_DATASET,
  SELECT_DEMO_DATASET,
  WORKSPACE_HAS_TOUCHPOINTS,
} from '../sql/demo-data.sql';
import { type DemoPlan, freshDemoPlan, progressMilestones } from './demo-plan';

export interface DemoLoadOptions {
  customers: number;
  workspace?: string;
  now?: Date;
  /** Touchpoints per stored batch (transaction); the ingestion default unless set. */
  batchSize?: number;
  /** Persons whose segments are applied in one statement (default 20,000). */
  segmentChunk?: number;
}

export interface DemoLoadResult {
  customers: number;
  accepted: number;
  duplicates: number;
  rejected: number;
}

class DemoLoadCancelled extends Error {}

const SEGMENT_CHUNK = 20_000;

/**
 * Loads the generator's demo dataset into an empty workspace on first start, through the
 * same validation, stitching and storage as the ingestion API. Idempotent: a load cut
 * short (shutdown, crash) resumes with the same plan on the next start, and touchpoints
 * stored before count as duplicates.
 */
@Injectable()
export class DemoDataService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(DemoDataService.name);
  private running: Promise<unknown> | undefined;
  private cancelled = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workspaces: WorkspaceLookupService,
    private readonly identitySettings: IdentitySettingsService,
    private readonly writer: TouchpointWriterService,
  ) {}

  /** Starts the load without waiting for it; failures are logged, never thrown. */
  startInBackground(options: DemoLoadOptions): void {
    this.running = this.load(options).catch((error: unknown) => {
      if (error instanceof DemoLoadCancelled) {
        this.logger.log('Demo dataset load paused by shutdown; it resumes on the next start');
      } else {
        this.logger.error(
          { err: error },
          'Demo dataset load failed; it is retried on the next start',
        );
      }
    });
  }

  /** Stops a running load at the next customer and waits, before the pool closes. */
  async beforeApplicationShutdown(): Promise<void> {
    this.cancelled = true;
    await this.running;
  }

  /** Loads the demo data when the workspace should get it; undefined when it should not. */
  async load(options: DemoLoadOptions): Promise<DemoLoadResult | undefined> {
    const workspace = await this.workspaces.resolve(options.workspace);
    const plan = await this.planFor(workspace.id, options.customers, options.now ?? new Date());
    if (!plan) return undefined;
    this.logger.log(
      `Loading the demo dataset: ${plan.customers} customers over ${plan.days} days (seed ${plan.seed})`,
    );
    const started = Date.now();
    const settings = await this.identitySettings.forWorkspace(workspace.id);
    const keyer = new IdentifierKeyer(settings.secret, settings.defaultCountry);
    const session = new IngestSession(
      keyer,
      (batch) => this.writer.write(workspace.id, batch),
      options.now ?? new Date(),
      options.batchSize,
    );
    // Segments go in chunks, one chunk behind the touchpoints: by the time a chunk of
    // persons is complete, the previous chunk's touchpoints (and so their customers) are
    // stored, since at most one unwritten batch is buffered. Memory stays bounded.
    const batchSize = options.batchSize ?? BATCH_SIZE;
    const segmentChunk = options.segmentChunk ?? SEGMENT_CHUNK;
    let previous: Record<string, unknown>[] = [];
    let current: Record<string, unknown>[] = [];
    let currentTouchpoints = 0;
    const milestones = progressMilestones(plan.customers);
    const dataset = generateDataset({
      customers: plan.customers,
      seed: plan.seed,
      start: plan.windowStart,
      days: plan.days,
    });
    let index = 0;
    let persons = 0;
    for (const activity of dataset.persons()) {
      if (this.cancelled) {
        await session.settle();
        throw new DemoLoadCancelled();
      }
      for (const touchpoint of activity.touchpoints) await session.add(touchpoint, index++);
      current.push(segmentRow(keyer, customerRecord(activity)));
      currentTouchpoints += activity.touchpoints.length;
      if (current.length >= segmentChunk && currentTouchpoints > batchSize) {
        await session.settle();
        await this.applySegments(workspace.id, previous);
        previous = current;
        current = [];
        currentTouchpoints = 0;
      }
      persons++;
      if (milestones.has(persons)) {
        this.logger.log(
          `Demo dataset: ${Math.round((persons / plan.customers) * 100)}% (${index} touchpoints read)`,
        );
      }
    }
    const outcome = await session.finish();
    await this.applySegments(workspace.id, previous);
    await this.applySegments(workspace.id, current);
    await this.dataSource.query(COMPLETE_DEMO_DATASET, [workspace.id, outcome.accepted]);
    this.logger.log(
      `Demo dataset loaded: ${outcome.accepted} touchpoints (${outcome.duplicates} already there, ` +
        `${outcome.rejectedCount} rejected) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return {
      customers: plan.customers,
      accepted: outcome.accepted,
      duplicates: outcome.duplicates,
      rejected: outcome.rejectedCount,
    };
  }

  private async applySegments(workspaceId: string, rows: Record<string, unknown>[]) {
    if (rows.length > 0) {
      await this.dataSource.query(APPLY_SEGMENTS, [workspaceId, JSON.stringify(rows)]);
    }
  }

  /**
   * Resumes an unfinished demo load with its original plan, starts one in a workspace
   * without touchpoints, and leaves a finished one or a workspace with real data alone.
   */
  private async planFor(
    workspaceId: string,
    customers: number,
    now: Date,
  ): Promise<DemoPlan | undefined> {
    const [existing] = (await this.dataSource.query(SELECT_DEMO_DATASET, [workspaceId])) as {
      seed: number;
      customers: number;
      window_start: Date;
      days: number;
      completed_at: Date | null;
    }[];
    if (existing) {
      if (existing.completed_at) return undefined;
      return {
        seed: existing.seed,
        customers: existing.customers,
        windowStart: new Date(existing.window_start),
        days: existing.days,
      };
    }
    const [{ has }] = (await this.dataSource.query(WORKSPACE_HAS_TOUCHPOINTS, [workspaceId])) as {
      has: boolean;
    }[];
    if (has) return undefined;
    const plan = freshDemoPlan(customers, now);
    const claimed = (await this.dataSource.query(CLAIM_DEMO_DATASET, [
      workspaceId,
      plan.seed,
      plan.customers,
      plan.windowStart,
      plan.days,
      CUSTOM_ATTRIBUTES,
    ])) as unknown[];
    return claimed.length > 0 ? plan : undefined;
  }
}

/** The customer's segments keyed by one of its identifiers, as APPLY_SEGMENTS takes them. */
function segmentRow(
  keyer: IdentifierKeyer,
  record: Record<string, unknown>,
): Record<string, unknown> {
  const reference = parseIdentifierReference(record['identifier']);
  if (!reference.ok) throw new Error(`Generator produced a bad identifier: ${reference.message}`);
  const keyed = keyer.keyOne(reference.value.kind, reference.value.value);
  if (typeof keyed === 'string') throw new Error(`Generator produced a bad identifier: ${keyed}`);
  return {
    kind: keyed.kind,
    key: keyed.keyHex,
    region: record['region'] ?? null,
    tier: record['tier'] ?? null,
    value_band: record['valueBand'] ?? null,
    special_needs: record['specialNeeds'] ?? null,
    attributes: record['attributes'] ?? {},
  };
}
