import { rm } from 'node:fs/promises';
import {
  BadRequestException,
  Injectable,
  Logger,
  NotFoundException,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { WorkspaceLookupService } from '@journey-atlas/api/identity';
import type { ImportFormat, ImportJobDto } from '@journey-atlas/shared/domain';
import type { Repository } from 'typeorm';
import { ImportJobEntity } from '../entities/import-job.entity';
import { parseImportMapping } from '../import/import-mapping';
import { FAIL_INTERRUPTED_IMPORTS } from '../sql/import-jobs.sql';
import { ImportRunnerService } from './import-runner.service';

/** A file the upload stored on disk, ready to import. */
export interface StoredUpload {
  path: string;
  size: number;
  fileName: string | null;
  format: ImportFormat;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INTERRUPTED =
  'The server stopped while this import was running; import the file again (rows already stored count as duplicates)';

/** Import jobs: created from an upload, run in the background, read back as DTOs. */
@Injectable()
export class ImportJobsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ImportJobsService.name);

  constructor(
    @InjectRepository(ImportJobEntity) private readonly jobs: Repository<ImportJobEntity>,
    private readonly workspaces: WorkspaceLookupService,
    private readonly runner: ImportRunnerService,
  ) {}

  /** A job a previous process left queued or running can never finish: say so. */
  async onApplicationBootstrap(): Promise<void> {
    const failed = (await this.jobs.query(FAIL_INTERRUPTED_IMPORTS, [INTERRUPTED])) as [
      { id: string; tempPath: string | null }[],
      number,
    ];
    for (const job of failed[0]) {
      if (job.tempPath) await rm(job.tempPath, { force: true }).catch(() => undefined);
      this.logger.warn(`Import ${job.id} was interrupted by a restart; marked failed`);
    }
  }

  /** Before the database pool closes: the running job stops and is marked failed. */
  beforeApplicationShutdown(): Promise<void> {
    return this.runner.stop();
  }

  /**
   * Checks the workspace and the mapping first, so a bad request is refused before a
   * large body is stored; then `receive` puts the file on disk and the job is queued.
   */
  async create(
    workspaceSlug: unknown,
    mappingText: unknown,
    receive: () => Promise<StoredUpload>,
  ): Promise<ImportJobDto> {
    const workspace = await this.workspaces.resolve(workspaceSlug);
    const mapping = parseMapping(mappingText);
    const upload = await receive();
    try {
      const job = await this.jobs.save(
        this.jobs.create({
          workspaceId: workspace.id,
          status: 'queued',
          format: upload.format,
          fileName: upload.fileName,
          tempPath: upload.path,
          mapping,
          bytesTotal: upload.size,
          rejected: [],
        }),
      );
      this.runner.enqueue(job.id);
      return toDto(job, workspace.slug);
    } catch (error) {
      await rm(upload.path, { force: true });
      throw error;
    }
  }

  async get(workspaceSlug: unknown, id: string): Promise<ImportJobDto> {
    const workspace = await this.workspaces.resolve(workspaceSlug);
    const job = UUID.test(id) ? await this.jobs.findOneBy({ id, workspaceId: workspace.id }) : null;
    if (!job)
      throw new NotFoundException(`Import ${id} does not exist in workspace "${workspace.slug}"`);
    return toDto(job, workspace.slug);
  }
}

function parseMapping(text: unknown): Record<string, unknown> | null {
  if (text === undefined || text === null || text === '') return null;
  if (typeof text !== 'string')
    throw new BadRequestException('Give the mapping at most once, as JSON');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new BadRequestException(`The mapping is not valid JSON (${(error as Error).message})`);
  }
  const mapping = parseImportMapping(raw);
  if (!mapping.ok) {
    const problems = mapping.errors.map((e) => `${e.field} ${e.message}`).join('; ');
    throw new BadRequestException(`The mapping is not valid: ${problems}`);
  }
  return raw as Record<string, unknown>;
}

function toDto(job: ImportJobEntity, workspace: string): ImportJobDto {
  const iso = (date: Date | null) => (date ? date.toISOString() : null);
  return {
    id: job.id,
    workspace,
    status: job.status,
    format: job.format,
    fileName: job.fileName,
    createdAt: job.createdAt.toISOString(),
    startedAt: iso(job.startedAt),
    finishedAt: iso(job.finishedAt),
    progress: {
      bytesTotal: job.bytesTotal,
      bytesRead: job.bytesRead,
      rowsRead: job.rowsRead,
      accepted: job.accepted,
      duplicates: job.duplicates,
      rejected: job.rejectedCount,
    },
    detected: job.detected,
    rejectedRows: job.rejected,
    error: job.error,
  };
}
