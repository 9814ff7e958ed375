import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every merge and split: which customers, which touchpoint and identifier caused it. */
@Entity('identity_history')
@Index('IDX_identity_history_customer', ['workspaceId', 'customerId'])
@Index('IDX_identity_history_other', ['workspaceId', 'otherCustomerId'])
@Index('IDX_identity_history_identifier', ['workspaceId', 'identifierId'])
@Check('CHK_identity_history_action', `"action" IN ('merge','split')`)
export class IdentityHistoryEntity {
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'BY DEFAULT',
    primaryKeyConstraintName: 'PK_identity_history',
  })
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  /** merge: the survivor; split: the customer the identifier was detached from. */
  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  /** merge: the customer absorbed; split: the customer that took the identifier. */
  @Column({ name: 'other_customer_id', type: 'uuid' })
  otherCustomerId!: string;

  @Column({ type: 'text' })
  action!: 'merge' | 'split';

  /** The touchpoint that caused a merge, by its idempotency key. */
  @Column({ name: 'touchpoint_source', type: 'text', nullable: true })
  touchpointSource!: string | null;

  @Column({ name: 'touchpoint_external_id', type: 'text', nullable: true })
  touchpointExternalId!: string | null;

  @Column({ name: 'identifier_id', type: 'bigint', nullable: true })
  identifierId!: string | null;

  @Column({ name: 'moved_identifier_ids', type: 'bigint', array: true })
  movedIdentifierIds!: string[];

  @Column({ name: 'moved_touchpoints', type: 'integer', default: 0 })
  movedTouchpoints!: number;

  /** Set on a merge that a later split undid. */
  @Column({ name: 'reversed_at', type: 'timestamptz', nullable: true })
  reversedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
