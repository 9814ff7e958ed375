import { WorkspaceEntity } from '@journey-atlas/api/workspaces';
import {
  Check,
  Column,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';

/** Per-workspace identity settings, including the HMAC secret identifiers are keyed with. */
@Entity('identity_settings')
@Check('CHK_identity_settings_country', `"default_country" ~ '^[A-Z]{2}$'`)
@Check('CHK_identity_settings_cap', '"identifier_cap" >= 1')
export class IdentitySettingsEntity {
  @PrimaryColumn({
    name: 'workspace_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_identity_settings',
  })
  workspaceId!: string;

  /** Secret: never logged or returned. */
  @Column({ name: 'hmac_secret', type: 'bytea', select: false })
  hmacSecret!: Buffer;

  /** ISO 3166 country for phone numbers written without a country code. */
  @Column({ name: 'default_country', type: 'text', default: 'GB' })
  defaultCountry!: string;

  /** An identifier that would link more customers than this stops merging them. */
  @Column({ name: 'identifier_cap', type: 'integer', default: 50 })
  identifierCap!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @OneToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_identity_settings_workspace' })
  workspace?: WorkspaceEntity;
}
