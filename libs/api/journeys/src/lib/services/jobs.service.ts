import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { JobDto, JobKind, JobStatus } from '../dto/job.dto';
import {
  CLAIM_JOB,
  ENQUEUE_JOB,
  FIND_JOB,
  FINISH_JOB,
  HEARTBEAT,
  REPORT_PROGRESS,
  REQUEUE_JOB,
} from '../sql/jobs.sql';

interface JobRow {
  id: string;
  workspace_id: string;
  kind: JobKind;
  status: JobStatus;
  progress: number;
  total: number | null;
  error: string | null;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

export interface ClaimedJob {
  id: string;
  workspaceId: string;
  kind: JobKind;
}

/** A running job whose worker sent no heartbeat for this long is handed to another. */
export const ABANDONED_AFTER_SECONDS = 60;

/** The job table: enqueue, claim, report, finish. */
@Injectable()
export class JobsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async enqueue(workspaceId: string, kind: JobKind): Promise<JobDto> {
    const [row] = (await this.dataSource.query(ENQUEUE_JOB, [workspaceId, kind])) as JobRow[];
    return toDto(row);
  }

  async find(id: string): Promise<JobDto | null> {
    const [row] = (await this.dataSource.query(FIND_JOB, [id])) as JobRow[];
    return row ? toDto(row) : null;
  }

  async claim(): Promise<ClaimedJob | null> {
    const [row] = (await this.dataSource.query(CLAIM_JOB, [ABANDONED_AFTER_SECONDS])) as Pick<
      JobRow,
      'id' | 'workspace_id' | 'kind'
    >[];
    return row ? { id: row.id, workspaceId: row.workspace_id, kind: row.kind } : null;
  }

  async reportProgress(id: string, progress: number, total: number): Promise<void> {
    await this.dataSource.query(REPORT_PROGRESS, [id, progress, total]);
  }

  async heartbeat(id: string): Promise<void> {
    await this.dataSource.query(HEARTBEAT, [id]);
  }

  async finish(id: string, error?: string): Promise<void> {
    await this.dataSource.query(FINISH_JOB, [id, error ? 'failed' : 'done', error ?? null]);
  }

  async requeue(id: string): Promise<void> {
    await this.dataSource.query(REQUEUE_JOB, [id]);
  }
}

function toDto(row: JobRow): JobDto {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    progress: row.progress,
    total: row.total,
    error: row.error,
    createdAt: row.created_at.toISOString(),
    startedAt: row.started_at?.toISOString() ?? null,
    finishedAt: row.finished_at?.toISOString() ?? null,
  };
}
