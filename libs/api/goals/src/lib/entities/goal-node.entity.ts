import { WorkspaceEntity } from '@journey-atlas/api/workspaces';
import type { GoalKindName, GoalNodeLevel, TeamMetricKind } from '@journey-atlas/shared/domain';
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

/** One node of the metrics pyramid (see the migration 1764500000000-goals). */
@Entity('goal_node')
@Index('IDX_goal_node_workspace', ['workspaceId', 'parentId'])
@Index('IDX_goal_node_parent', ['parentId'])
@Check('CHK_goal_node_level', `"level" IN ('goal','strategic','operational','team')`)
@Check('CHK_goal_node_root', `("level" = 'goal') = ("parent_id" IS NULL)`)
@Check(
  'CHK_goal_node_metric_kind',
  `"metric_kind" IS NULL OR "metric_kind" IN ('quantitative','qualitative')`,
)
export class GoalNodeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_goal_node' })
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @Column({ type: 'text' })
  level!: GoalNodeLevel;

  @Column({ type: 'text', nullable: true })
  name!: string | null;

  @Column({ name: 'goal_kind', type: 'text', nullable: true })
  goalKind!: GoalKindName | null;

  @Column({ type: 'text', nullable: true })
  metric!: string | null;

  @Column({ type: 'double precision', nullable: true })
  target!: number | null;

  /** YYYY-MM-DD (the pg driver returns date columns as text). */
  @Column({ name: 'target_date', type: 'date', nullable: true })
  targetDate!: string | null;

  @Column({ type: 'text', nullable: true })
  role!: string | null;

  @Column({ name: 'metric_kind', type: 'text', nullable: true })
  metricKind!: TeamMetricKind | null;

  @Column({ type: 'text', nullable: true })
  team!: string | null;

  @Column({ type: 'text', nullable: true })
  agent!: string | null;

  @Column({ type: 'text', nullable: true })
  channel!: string | null;

  @Column({ type: 'text', nullable: true })
  intent!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_goal_node_workspace' })
  workspace?: WorkspaceEntity;

  @ManyToOne(() => GoalNodeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_goal_node_parent' })
  parent?: GoalNodeEntity;
}
