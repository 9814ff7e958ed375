import { WorkspaceEntity } from '@journey-atlas/api/workspaces';
import type {
  ImportDetectedDto,
  ImportFormat,
  ImportStatus,
  RejectedTouchpointDto,
} from '@journey-atlas/shared/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** Postgres returns bigint as text; counters fit a JS number. */
const count = {
  to: (value: number) => value,
  from: (value: string | null) => Number(value ?? 0),
};

/** One bulk file import: its state, progress and rejected-rows report (see the migration). */
@Entity('import_job')
@Index('IDX_import_job_workspace', ['workspaceId', 'createdAt'])
@Check('CHK_import_job_status', `"status" IN ('queued','running','done','failed')`)
@Check('CHK_import_job_format', `"format" IN ('csv','ndjson')`)
export class ImportJobEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_import_job' })
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ type: 'text', default: 'queued' })
  status!: ImportStatus;

  @Column({ type: 'text' })
  format!: ImportFormat;

  @Column({ name: 'file_name', type: 'text', nullable: true })
  fileName!: string | null;

  /** The uploaded file while the job needs it; cleared when it is deleted. */
  @Column({ name: 'temp_path', type: 'text', nullable: true })
  tempPath!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  mapping!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  detected!: ImportDetectedDto | null;

  @Column({ name: 'bytes_total', type: 'bigint', default: 0, transformer: count })
  bytesTotal!: number;

  @Column({ name: 'bytes_read', type: 'bigint', default: 0, transformer: count })
  bytesRead!: number;

  @Column({ name: 'rows_read', type: 'bigint', default: 0, transformer: count })
  rowsRead!: number;

  @Column({ type: 'bigint', default: 0, transformer: count })
  accepted!: number;

  @Column({ type: 'bigint', default: 0, transformer: count })
  duplicates!: number;

  @Column({ name: 'rejected_count', type: 'bigint', default: 0, transformer: count })
  rejectedCount!: number;

  @Column({ type: 'jsonb' })
  rejected!: RejectedTouchpointDto[];

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_import_job_workspace' })
  workspace?: WorkspaceEntity;
}
