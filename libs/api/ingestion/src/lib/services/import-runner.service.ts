import { rm } from 'node:fs/promises';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IdentifierKeyer, IdentitySettingsService } from '@journey-atlas/api/identity';
import type { ImportDetectedDto } from '@journey-atlas/shared/domain';
import type { Repository } from 'typeorm';
import { ImportJobEntity } from '../entities/import-job.entity';
import { EMPTY_MAPPING, parseImportMapping } from '../import/import-mapping';
import { type ReadProgress, readImportFile } from '../import/import-records';
import { ImportSession } from '../import/import-session';
import { ANALYZE_IMPORTED, START_IMPORT, UPDATE_IMPORT_PROGRESS } from '../sql/import-jobs.sql';
import { BulkWriterService, IMPORT_BATCH_SIZE } from './bulk-writer.service';

/**
 * Reading runs as one long chain of promise callbacks; without a break the batch being
 * written waits for it between its statements (each answer from Postgres is an I/O event).
 * A turn of the event loop every this many rows keeps the two overlapping.
 */
const YIELD_EVERY_ROWS = 200;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** How often a running import writes its progress to its job row. */
const PROGRESS_EVERY_MS = 500;

/**
 * Runs import jobs one after another in the background (two cores: parallel imports
 * would only compete), reading the uploaded file row by row into batched writes.
 */
@Injectable()
export class ImportRunnerService {
  private readonly logger = new Logger(ImportRunnerService.name);
  private queue: Promise<void> = Promise.resolve();
  private closing = false;

  constructor(
    @InjectRepository(ImportJobEntity) private readonly jobs: Repository<ImportJobEntity>,
    private readonly settings: IdentitySettingsService,
    private readonly writer: BulkWriterService,
  ) {}

  enqueue(jobId: string): void {
    this.queue = this.queue.then(() => this.run(jobId));
  }

  /** Lets the current job stop at its next row; the restart check marks it failed. */
  stop(): Promise<void> {
    this.closing = true;
    return this.queue;
  }

  private async run(jobId: string): Promise<void> {
    // Shutting down: leave it queued; the next start marks it failed.
    if (this.closing) return;
    // UPDATE answers [rows, count]; no row: the job is not queued (any more).
    const [started] = (await this.jobs.query(START_IMPORT, [jobId])) as [unknown[], number];
    const job = await this.jobs.findOneBy({ id: jobId });
    if (started.length === 0 || !job) return;
    const running: { session?: ImportSession } = {};
    try {
      await this.process(job, running);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error(`Import ${jobId} failed: ${message}`);
      // The rows it rejected before failing stay listed on the job (GET shows them).
      const found = running.session?.rejectedSoFar ?? { rejected: [], rejectedCount: 0 };
      await this.jobs.update(jobId, {
        status: 'failed',
        error: message,
        rejected: found.rejected,
        rejectedCount: found.rejectedCount,
        finishedAt: new Date(),
      });
    } finally {
      if (job.tempPath) await rm(job.tempPath, { force: true }).catch(() => undefined);
      await this.jobs.update(jobId, { tempPath: null }).catch(() => undefined);
    }
  }

  private async process(job: ImportJobEntity, running: { session?: ImportSession }): Promise<void> {
    if (!job.tempPath) throw new Error('The uploaded file is gone');
    const mapping = job.mapping ? parseImportMapping(job.mapping) : undefined;
    if (mapping && !mapping.ok) throw new Error('The mapping is not valid');
    const settings = await this.settings.forWorkspace(job.workspaceId);
    const session = new ImportSession(
      new IdentifierKeyer(settings.secret, settings.defaultCountry),
      // Durable once the job is marked done (a synchronous commit), see BATCH_ASYNC_COMMIT.
      (batch) => this.writer.write(job.workspaceId, batch, { durable: false }),
      IMPORT_BATCH_SIZE,
    );
    running.session = session;
    const read: ReadProgress = { bytesRead: 0 };
    let rows = 0;
    let detected: ImportDetectedDto | undefined;
    let detectedSaved = false;
    let lastReport = Date.now();
    const report = () => {
      const { accepted, duplicates, rejected } = session.counts;
      return this.jobs.query(UPDATE_IMPORT_PROGRESS, [
        job.id,
        read.bytesRead,
        rows,
        accepted,
        duplicates,
        rejected,
      ]);
    };
    const records = readImportFile(
      job.tempPath,
      job.format,
      mapping?.value ?? EMPTY_MAPPING,
      read,
      (found) => {
        detected = found;
      },
    );
    for await (const record of records) {
      if (this.closing) throw new Error('The server stopped during the import');
      rows++;
      if ('errors' in record) session.reject(record.index, record.line, undefined, record.errors);
      else await session.add(record.row.raw, record.index, record.line, record.row.assumptions);
      if (rows % YIELD_EVERY_ROWS === 0) await yieldToEventLoop();
      if (Date.now() - lastReport >= PROGRESS_EVERY_MS) {
        lastReport = Date.now();
        if (detected && !detectedSaved) await this.jobs.update(job.id, { detected });
        detectedSaved = detected !== undefined;
        await report();
      }
    }
    const result = await session.finish();
    await report();
    await this.jobs.query(ANALYZE_IMPORTED, []);
    await this.jobs.update(job.id, {
      status: 'done',
      detected: detected ?? null,
      rejected: result.rejected,
      finishedAt: new Date(),
    });
  }
}
