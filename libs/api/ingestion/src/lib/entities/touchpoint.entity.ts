import {
  CHANNELS,
  type Channel,
  type Direction,
  INTERACTION_TYPES,
  type InteractionType,
  type Outcome,
} from '@journey-atlas/shared/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(',');

/** Postgres returns numeric as text to keep precision; costs fit a JS number. */
const numeric = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * One interaction. Written by set-based SQL (sql/); the entity gives TypeORM the schema
 * (the migration check) and typed reads.
 */
@Entity('touchpoint')
@Unique('UQ_touchpoint_source_external', ['workspaceId', 'source', 'externalId'])
@Index('IDX_touchpoint_customer', ['workspaceId', 'customerId', 'occurredAt'])
@Check('CHK_touchpoint_channel', `"channel" IN (${quoted(CHANNELS)})`)
@Check('CHK_touchpoint_direction', `"direction" IN ('inbound','outbound')`)
@Check('CHK_touchpoint_interaction_type', `"interaction_type" IN (${quoted(INTERACTION_TYPES)})`)
@Check(
  'CHK_touchpoint_outcome',
  `"outcome" IS NULL OR "outcome" IN ('resolved','unresolved','transferred','abandoned','escalated')`,
)
@Check(
  'CHK_touchpoint_durations',
  `("wait_seconds" IS NULL OR "wait_seconds" >= 0) AND ("handle_seconds" IS NULL OR "handle_seconds" >= 0) AND ("cost" IS NULL OR "cost" >= 0)`,
)
@Check(
  'CHK_touchpoint_scores',
  `("csat" IS NULL OR "csat" BETWEEN 1 AND 5) AND ("ces" IS NULL OR "ces" BETWEEN 1 AND 7) AND ("nps" IS NULL OR "nps" BETWEEN 0 AND 10) AND ("sentiment" IS NULL OR "sentiment" BETWEEN -1 AND 1)`,
)
export class TouchpointEntity {
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'BY DEFAULT',
    primaryKeyConstraintName: 'PK_touchpoint',
  })
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @Column({ type: 'text' })
  source!: string;

  @Column({ name: 'external_id', type: 'text' })
  externalId!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'text' })
  channel!: Channel;

  @Column({ type: 'text' })
  direction!: Direction;

  @Column({ name: 'interaction_type', type: 'text' })
  interactionType!: InteractionType;

  @Column({ type: 'text', nullable: true })
  intent!: string | null;

  @Column({ type: 'text', nullable: true })
  outcome!: Outcome | null;

  @Column({ name: 'agent_id', type: 'text', nullable: true })
  agentId!: string | null;

  @Column({ type: 'text', nullable: true })
  team!: string | null;

  @Column({ type: 'text', nullable: true })
  queue!: string | null;

  @Column({ name: 'wait_seconds', type: 'double precision', nullable: true })
  waitSeconds!: number | null;

  @Column({ name: 'handle_seconds', type: 'double precision', nullable: true })
  handleSeconds!: number | null;

  @Column({
    type: 'numeric',
    precision: 12,
    scale: 4,
    nullable: true,
    transformer: numeric,
  })
  cost!: number | null;

  @Column({ type: 'smallint', nullable: true })
  csat!: number | null;

  @Column({ type: 'smallint', nullable: true })
  ces!: number | null;

  @Column({ type: 'smallint', nullable: true })
  nps!: number | null;

  @Column({ type: 'real', nullable: true })
  sentiment!: number | null;

  @Column({ name: 'ivr_path', type: 'text', array: true, nullable: true })
  ivrPath!: string[] | null;

  @Column({ type: 'jsonb', nullable: true })
  attributes!: Record<string, unknown> | null;

  /** What an importer had to assume (time zone, time of day...), per field. */
  @Column({ type: 'jsonb', nullable: true })
  assumptions!: Record<string, unknown> | null;

  /** The identifiers this touchpoint carried: the edges of the identity graph. */
  @Column({ name: 'identifier_ids', type: 'bigint', array: true })
  identifierIds!: string[];

  @CreateDateColumn({ name: 'ingested_at', type: 'timestamptz' })
  ingestedAt!: Date;
}
