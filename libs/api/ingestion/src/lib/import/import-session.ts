import type { IdentifierKeyer } from '@journey-atlas/api/identity';
import {
  type FieldError,
  type IngestResultDto,
  type RejectedTouchpointDto,
  validateTouchpoint,
} from '@journey-atlas/shared/domain';
import { MAX_REJECTED_DETAILS } from '../services/ingest-session';
import type { BatchOutcome } from '../services/touchpoint-writer.service';
import { CopyBatch } from './copy-batch';

export type WriteCopyBatch = (batch: CopyBatch) => Promise<BatchOutcome>;

/**
 * One import's rows: validates and keys each (the same rules as the HTTP API), stages it
 * as COPY text, and writes full batches with one in flight while the next is read.
 */
export class ImportSession {
  private batch = new CopyBatch();
  private accepted = 0;
  private duplicates = 0;
  private rejectedCount = 0;
  private readonly rejected: RejectedTouchpointDto[] = [];
  private inFlight: Promise<void> | undefined;
  private failure: unknown;

  constructor(
    private readonly keyer: IdentifierKeyer,
    private readonly writeBatch: WriteCopyBatch,
    private readonly batchSize: number,
    private readonly now = new Date(),
  ) {}

  async add(
    raw: unknown,
    index: number,
    line: number,
    assumptions?: Record<string, unknown>,
  ): Promise<void> {
    const validation = validateTouchpoint(raw, this.now);
    if (!validation.ok) return this.reject(index, line, idOf(raw), validation.errors);
    const keying = this.keyer.key(validation.value.customer);
    if (!keying.ok) return this.reject(index, line, validation.value.id, keying.errors);
    this.batch.add(validation.value, keying.identifiers, assumptions);
    if (this.batch.size >= this.batchSize) await this.flush();
  }

  reject(index: number, line: number, id: string | undefined, errors: FieldError[]): void {
    this.rejectedCount++;
    if (this.rejected.length >= MAX_REJECTED_DETAILS) return;
    this.rejected.push({ index, line, ...(id === undefined ? {} : { id }), errors });
  }

  /** Counts so far (stored batches only). */
  get counts(): { accepted: number; duplicates: number; rejected: number } {
    return { accepted: this.accepted, duplicates: this.duplicates, rejected: this.rejectedCount };
  }

  /** The rejected rows found so far (listed up to MAX_REJECTED_DETAILS) and their count. */
  get rejectedSoFar(): { rejected: RejectedTouchpointDto[]; rejectedCount: number } {
    return { rejected: [...this.rejected], rejectedCount: this.rejectedCount };
  }

  async finish(): Promise<IngestResultDto> {
    await this.flush();
    await this.settle();
    return {
      accepted: this.accepted,
      duplicates: this.duplicates,
      rejected: this.rejected,
      rejectedCount: this.rejectedCount,
    };
  }

  private async settle(): Promise<void> {
    await this.inFlight;
    this.inFlight = undefined;
    if (this.failure !== undefined) throw this.failure;
  }

  private async flush(): Promise<void> {
    if (this.batch.size === 0) return;
    const batch = this.batch;
    this.batch = new CopyBatch();
    await this.settle();
    this.inFlight = this.writeBatch(batch).then(
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
