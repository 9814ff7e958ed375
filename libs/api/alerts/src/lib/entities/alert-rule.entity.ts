import { WorkspaceEntity } from '@journey-atlas/api/workspaces';
import type { AlertConditionDto, AlertRuleKind } from '@journey-atlas/shared/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

/** A journey alert rule of a workspace; the condition is validated by parseAlertRule. */
@Entity('alert_rule')
@Index('IDX_alert_rule_workspace', ['workspaceId', 'createdAt'])
@Check('CHK_alert_rule_kind', `"kind" IN ('metric_threshold','transition_baseline')`)
export class AlertRuleEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_alert_rule' })
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: AlertRuleKind;

  @Column({ type: 'jsonb' })
  condition!: AlertConditionDto;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_alert_rule_workspace' })
  workspace?: WorkspaceEntity;
}
