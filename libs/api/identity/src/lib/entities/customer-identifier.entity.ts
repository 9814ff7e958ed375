import { IDENTIFIER_KINDS, type IdentifierKind } from '@journey-atlas/shared/domain';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * One identifier and the customer it currently resolves to (the identity link). The
 * value itself is never stored: only an HMAC keyed per workspace, and a masked form.
 */
@Entity('customer_identifier')
@Unique('UQ_customer_identifier_key', ['workspaceId', 'kind', 'keyHash'])
@Index('IDX_customer_identifier_customer', ['workspaceId', 'customerId'])
@Check(
  'CHK_customer_identifier_kind',
  `"kind" IN (${IDENTIFIER_KINDS.map((k) => `'${k}'`).join(',')})`,
)
@Check('CHK_customer_identifier_block', `"merge_block" IS NULL OR "merge_block" IN ('cap','split')`)
export class CustomerIdentifierEntity {
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'BY DEFAULT',
    primaryKeyConstraintName: 'PK_customer_identifier',
  })
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @Column({ type: 'text' })
  kind!: IdentifierKind;

  @Column({ name: 'key_hash', type: 'bytea' })
  keyHash!: Buffer;

  @Column({ type: 'text' })
  masked!: string;

  /** 'cap': linked too many customers; 'split': detached by hand. Either stops merging. */
  @Column({ name: 'merge_block', type: 'text', nullable: true })
  mergeBlock!: 'cap' | 'split' | null;

  @Column({ name: 'blocked_at', type: 'timestamptz', nullable: true })
  blockedAt!: Date | null;

  /** Customers glued together through this identifier so far (checked against the cap). */
  @Column({ name: 'linked_customers', type: 'integer', default: 0 })
  linkedCustomers!: number;

  @Column({ name: 'first_seen_at', type: 'timestamptz', default: () => 'now()' })
  firstSeenAt!: Date;
}
