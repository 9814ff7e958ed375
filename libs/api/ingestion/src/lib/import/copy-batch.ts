import type { KeyedIdentifier } from '@journey-atlas/api/identity';
import type { ValidTouchpoint } from '@journey-atlas/shared/domain';
import { arrayLiteral, byteaHex, copyLine } from './copy-text';

/**
 * One import batch, kept as COPY text from the moment each row is validated: a few
 * hundred bytes per row instead of an object graph, so a big batch costs little memory
 * and garbage-collector time. `rows[ord]` is a touchpoint's line without the columns
 * only stitching knows (workspace, customer, identifier ids; see TOUCHPOINT_COPY_COLUMNS);
 * `identifiers` holds the st_ident lines, numbered by ord. Every line is one flat string
 * (see copyLine) that holds no piece of the file's text.
 */
export class CopyBatch {
  readonly rows: string[] = [];
  readonly identifiers: string[] = [];
  /** Rows offered, duplicates within the batch included. */
  size = 0;
  private readonly keys = new Set<string>();

  add(
    t: ValidTouchpoint,
    identifiers: KeyedIdentifier[],
    assumptions: Record<string, unknown> | undefined,
  ): void {
    const ord = this.claim(t.source, t.id);
    if (ord === undefined) return;
    this.rows.push(
      copyLine([
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
      ]),
    );
    this.addIdentifiers(ord, t.source, t.id, identifiers);
  }

  /**
   * Counts the row and numbers it; undefined when the batch holds it already (a row
   * repeated within the batch is a duplicate: only its first copy is staged).
   */
  claim(source: string, id: string): number | undefined {
    this.size++;
    // Joined: a template literal would keep pieces of the file's text alive in the set.
    const key = [source, id].join('\u0000');
    if (this.keys.has(key)) return undefined;
    this.keys.add(key);
    return this.keys.size - 1;
  }

  /** The st_ident lines of the row numbered `ord` (call after pushing its line to rows). */
  addIdentifiers(ord: number, source: string, id: string, identifiers: KeyedIdentifier[]): void {
    for (let pos = 0; pos < identifiers.length; pos++) {
      const identifier = identifiers[pos];
      this.identifiers.push(
        copyLine([
          ord,
          pos,
          source,
          id,
          identifier.kind,
          byteaHex(identifier.keyHex),
          identifier.masked,
        ]),
      );
    }
  }
}
