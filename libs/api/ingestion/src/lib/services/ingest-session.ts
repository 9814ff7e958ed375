import type { IdentifierKeyer } from '@journey-atlas/api/identity';
import {
  type FieldError,
  type IngestResultDto,
  type RejectedTouchpointDto,
  validateTouchpoint,
} from '@journey-atlas/shared/domain';
import { CopyBatch } from '../import/copy-batch';
import type { BatchOutcome } from './touchpoint-writer.service';

/** Rows per transaction: big enough to amortise the statements, small enough to retry. */
export const BATCH_SIZE = 5_000;
/** Rejections listed in full; the rest are only counted. */
export const MAX_REJECTED_DETAILS = 1_000;

/** `final`: the session's last batch (see TouchpointWriterService.write). */
export type WriteBatch = (batch: CopyBatch, final: boolean) => Promise<BatchOutcome>;

/**
 * One request's worth of touchpoints: validates and keys each as it comes, stages it as
 * COPY text (CopyBatch: no object graph kept per row), writes full batches as it goes
 * (so NDJSON never piles up in memory) and tallies the answer.
 */
export class IngestSession {
  private batch = new CopyBatch();
  private accepted = 0;
  private duplicates = 0;
  private rejectedCount = 0;
  private readonly rejected: RejectedTouchpointDto[] = [];
  /** The batch being written while the next one is read and validated (at most one). */
  private inFlight: Promise<void> | undefined;
  private failure: unknown;

  constructor(
    private readonly keyer: IdentifierKeyer,
    private readonly writeBatch: WriteBatch,
    private readonly now = new Date(),
    private readonly batchSize = BATCH_SIZE,
  ) {}

  /**
   * Takes one raw touchpoint. A full batch is sent off when the next valid touchpoint
   * arrives (so the last batch is always written by finish, as the final one); resolves
   * once the batch before it is stored.
   */
  async add(raw: unknown, index: number, line?: number): Promise<void> {
    const validation = validateTouchpoint(raw, this.now);
    if (!validation.ok) return this.reject(index, line, idOf(raw), validation.errors);
    const keying = this.keyer.key(validation.value.customer);
    if (!keying.ok) return this.reject(index, line, validation.value.id, keying.errors);
    if (this.batch.size >= this.batchSize) await this.flush(false);
    this.batch.add(validation.value, keying.identifiers, undefined);
  }

  reject(
    index: number,
    line: number | undefined,
    id: string | undefined,
    errors: FieldError[],
  ): void {
    this.rejectedCount++;
    if (this.rejected.length >= MAX_REJECTED_DETAILS) return;
    this.rejected.push({
      index,
      ...(line === undefined ? {} : { line }),
      ...(id === undefined ? {} : { id }),
      errors,
    });
  }

  async finish(): Promise<IngestResultDto> {
    await this.flush(true);
    await this.settle();
    return {
      accepted: this.accepted,
      duplicates: this.duplicates,
      rejected: this.rejected,
      rejectedCount: this.rejectedCount,
    };
  }

  /** Touchpoints stored so far (whole batches), for the log of an interrupted request. */
  get stored(): number {
    return this.accepted;
  }

  /** Waits for the batch in flight; rethrows its failure. */
  async settle(): Promise<void> {
    await this.inFlight;
    this.inFlight = undefined;
    if (this.failure !== undefined) throw this.failure;
  }

  /**
   * Starts writing the current batch once the previous one is stored: Node parses and
   * validates the next batch while Postgres writes this one, and batches stay in order.
   */
  private async flush(final: boolean): Promise<void> {
    if (this.batch.size === 0) return;
    const batch = this.batch;
    this.batch = new CopyBatch();
    await this.settle();
    this.inFlight = this.writeBatch(batch, final).then(
      (outcome) => {
        this.accepted += outcome.accepted;
        this.duplicates += outcome.duplicates;
      },
      (error: unknown) => {
        this.failure = error;
      },
    );
  }
}

function idOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const id = (raw as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id).slice(0, 200) : undefined;
}
