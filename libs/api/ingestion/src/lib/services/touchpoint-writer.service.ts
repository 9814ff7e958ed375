import { Injectable } from '@nestjs/common';
import type { KeyedIdentifier } from '@journey-atlas/api/identity';
import type { ValidTouchpoint } from '@journey-atlas/shared/domain';
import { CopyBatch } from '../import/copy-batch';
import { BulkWriterService } from './bulk-writer.service';

/** A validated touchpoint with its identifiers keyed, ready to store. */
export interface PreparedTouchpoint {
  touchpoint: ValidTouchpoint;
  identifiers: KeyedIdentifier[];
  /** What an importer assumed while reading it (time zone, time of day...). */
  assumptions?: Record<string, unknown>;
}

export interface BatchOutcome {
  accepted: number;
  duplicates: number;
}

/**
 * Stores one batch in one transaction: drop what is stored already, stitch identities,
 * insert. A request that dies midway therefore leaves whole batches only, and its
 * retry counts those as duplicates. Same path as the bulk import (COPY into staging
 * tables, set-based SQL; see BulkWriterService).
 */
@Injectable()
export class TouchpointWriterService {
  constructor(private readonly bulk: BulkWriterService) {}

  /**
   * `final`: the request's last batch, whose commit waits for the disk and so makes every
   * earlier batch of the request durable too (they commit without waiting). Callers that
   * do not say are durable on every batch. `batch` is either prepared touchpoints or
   * the COPY text a session staged them as (IngestSession).
   */
  write(
    workspaceId: string,
    batch: PreparedTouchpoint[] | CopyBatch,
    final = true,
  ): Promise<BatchOutcome> {
    let copy = batch;
    if (Array.isArray(copy)) {
      copy = new CopyBatch();
      for (const item of batch as PreparedTouchpoint[]) {
        copy.add(item.touchpoint, item.identifiers, item.assumptions);
      }
    }
    return this.bulk.write(workspaceId, copy, { durable: final });
  }
}
