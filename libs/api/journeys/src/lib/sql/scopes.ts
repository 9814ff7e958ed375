/**
 * Which customers a statement works on, as a predicate on `t.customer_id`. Constant SQL:
 * the values always come as parameters, numbered from `first`.
 */
export type BuildScope = 'range' | 'customers';

export function scopePredicate(scope: BuildScope, first: number): string {
  return scope === 'range'
    ? // A chunk of a full rebuild: from its first customer id (inclusive) up to the next
      // chunk's first id, or to the end of the id space when that is null.
      `t.customer_id >= $${first}::uuid AND ($${first + 1}::uuid IS NULL OR t.customer_id < $${first + 1}::uuid)`
    : `t.customer_id = ANY($${first}::uuid[])`;
}
