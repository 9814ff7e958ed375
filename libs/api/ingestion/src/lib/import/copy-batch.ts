import type { KeyedIdentifier } from '@journey-atlas/api/identity';
import type { ValidTouchpoint } from '@journey-atlas/shared/domain';
import { arrayLiteral, byteaHex, copyLine } from './copy-text';

/**
 * One import batch, kept as COPY text (st_import and st_ident lines) from the moment each
 * row is validated: a few hundred bytes per row instead of an object graph, so a big
 * batch costs little memory and garbage-collector time.
 */
export class CopyBatch {
  touchpoints = '';
  identifiers = '';
  /** Rows offered, duplicates within the batch included. */
  size = 0;
  private readonly keys = new Set<string>();

  add(
    t: ValidTouchpoint,
    identifiers: KeyedIdentifier[],
    assumptions: Record<string, unknown> | undefined,
  ): void {
    this.size++;
    const key = `${t.source}\u0000${t.id}`;
    // A row repeated within the batch is a duplicate: only its first copy is staged.
    if (this.keys.has(key)) return;
    const ord = this.keys.size;
    this.keys.add(key);
    this.touchpoints += copyLine([
      ord,
      t.source,
      t.id,
      new Date(t.occurredAt).toISOString(),
      t.channel,
      t.direction,
      t.interactionType,
      t.intent,
      t.outcome,
      t.agentId,
      t.team,
      t.queue,
      t.waitSeconds,
      t.handleSeconds,
      t.cost,
      t.csat,
      t.ces,
      t.nps,
      t.sentiment,
      arrayLiteral(t.ivrPath),
      t.attributes ? JSON.stringify(t.attributes) : null,
      assumptions ? JSON.stringify(assumptions) : null,
    ]);
    for (let pos = 0; pos < identifiers.length; pos++) {
      const identifier = identifiers[pos];
      this.identifiers += copyLine([
        ord,
        pos,
        t.source,
        t.id,
        identifier.kind,
        byteaHex(identifier.keyHex),
        identifier.masked,
      ]);
    }
  }
}
