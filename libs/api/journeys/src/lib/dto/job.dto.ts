import { ApiProperty } from '@nestjs/swagger';

export const JOB_KINDS = ['rebuild_journeys'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export const JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** A background job as `GET /api/v1/jobs/:id` shows it. */
export class JobDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: JOB_KINDS })
  kind!: JobKind;

  @ApiProperty({ enum: JOB_STATUSES })
  status!: JobStatus;

  @ApiProperty({ description: 'Units done (customers, for a rebuild)' })
  progress!: number;

  @ApiProperty({ nullable: true, type: Number, description: 'Units in all, once known' })
  total!: number | null;

  @ApiProperty({ nullable: true, type: String })
  error!: string | null;

  @ApiProperty()
  createdAt!: string;

  @ApiProperty({ nullable: true, type: String })
  startedAt!: string | null;

  @ApiProperty({ nullable: true, type: String })
  finishedAt!: string | null;
}

/** The answer to `POST /api/v1/journeys/rebuild`. */
export class RebuildAcceptedDto {
  @ApiProperty({ format: 'uuid' })
  jobId!: string;

  @ApiProperty({ enum: JOB_STATUSES })
  status!: JobStatus;
}
