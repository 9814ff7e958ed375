import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Customers whose touchpoints or identity changed since the journey engine last looked:
 * it rebuilds only these and deletes the rows it handled.
 */
@Entity('customer_change')
export class CustomerChangeEntity {
  @PrimaryColumn({
    name: 'workspace_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_customer_change',
  })
  workspaceId!: string;

  @PrimaryColumn({
    name: 'customer_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_customer_change',
  })
  customerId!: string;

  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' })
  changedAt!: Date;
}
