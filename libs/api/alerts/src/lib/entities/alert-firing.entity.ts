import { WorkspaceEntity } from '@journey-atlas/api/workspaces';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { AlertRuleEntity } from './alert-rule.entity';

/**
 * A rule that fired after a journey build: the value, the baseline and the threshold it
 * was compared with. (rule_id, build_id) is unique: one firing per rule per build.
 */
@Entity('alert_firing')
@Unique('UQ_alert_firing_rule_build', ['ruleId', 'buildId'])
@Index('IDX_alert_firing_workspace', ['workspaceId', 'firedAt'])
export class AlertFiringEntity {
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'BY DEFAULT',
    primaryKeyConstraintName: 'PK_alert_firing',
  })
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ name: 'rule_id', type: 'uuid' })
  ruleId!: string;

  /** The evaluation (one per journey build) that fired it. */
  @Column({ name: 'build_id', type: 'uuid' })
  buildId!: string;

  @Column({ type: 'double precision' })
  value!: number;

  @Column({ name: 'baseline_mean', type: 'double precision', nullable: true })
  baselineMean!: number | null;

  @Column({ name: 'baseline_sd', type: 'double precision', nullable: true })
  baselineSd!: number | null;

  @Column({ type: 'double precision' })
  threshold!: number;

  @Column({ type: 'text' })
  message!: string;

  @CreateDateColumn({ name: 'fired_at', type: 'timestamptz' })
  firedAt!: Date;

  @ManyToOne(() => AlertRuleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rule_id', foreignKeyConstraintName: 'FK_alert_firing_rule' })
  rule?: AlertRuleEntity;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_alert_firing_workspace' })
  workspace?: WorkspaceEntity;
}
