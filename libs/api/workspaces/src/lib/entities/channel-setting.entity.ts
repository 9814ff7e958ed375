import { CHANNELS, type Channel, type OperatingHours } from '@journey-atlas/shared/domain';
import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { WorkspaceEntity } from './workspace.entity';

/** Postgres returns numeric as text to keep precision; costs fit a JS number. */
const numeric = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

@Entity('channel_setting')
@Check('CHK_channel_setting_channel', `"channel" IN (${CHANNELS.map((c) => `'${c}'`).join(',')})`)
@Check('CHK_channel_setting_cost', '"cost_per_contact" >= 0')
@Check('CHK_channel_setting_sl', '"service_level_seconds" IS NULL OR "service_level_seconds" > 0')
@Check(
  'CHK_channel_setting_share',
  '"service_level_share" IS NULL OR "service_level_share" BETWEEN 0 AND 1',
)
export class ChannelSettingEntity {
  @PrimaryColumn({
    name: 'workspace_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_channel_setting',
  })
  workspaceId!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_channel_setting' })
  channel!: Channel;

  @Column({
    name: 'cost_per_contact',
    type: 'numeric',
    precision: 12,
    scale: 4,
    transformer: numeric,
  })
  costPerContact!: number;

  @Column({ name: 'service_level_seconds', type: 'integer', nullable: true })
  serviceLevelSeconds!: number | null;

  @Column({
    name: 'service_level_share',
    type: 'numeric',
    precision: 5,
    scale: 4,
    nullable: true,
    transformer: numeric,
  })
  serviceLevelShare!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  hours!: OperatingHours | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_channel_setting_workspace' })
  workspace?: WorkspaceEntity;
}
