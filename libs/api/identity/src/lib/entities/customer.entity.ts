import { WorkspaceEntity } from '@journey-atlas/api/workspaces';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A stitched person. Merged customers stay as rows pointing at their survivor (split needs them). */
@Entity('customer')
@Index('IDX_customer_workspace', ['workspaceId', 'createdAt'])
export class CustomerEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_customer' })
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  @Column({ type: 'text', nullable: true })
  region!: string | null;

  @Column({ type: 'text', nullable: true })
  tier!: string | null;

  @Column({ name: 'value_band', type: 'text', nullable: true })
  valueBand!: string | null;

  @Column({ name: 'special_needs', type: 'text', nullable: true })
  specialNeeds!: string | null;

  @Column({ type: 'jsonb' })
  attributes!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_customer_workspace' })
  workspace?: WorkspaceEntity;
}
