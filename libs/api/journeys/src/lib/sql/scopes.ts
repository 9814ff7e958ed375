/**
 * Which customers a statement works on, as a predicate on `t.customer_id` (or `column`). Constant SQL:
 * the values always come as parameters, numbered from `first`.
 */
export type BuildScope = 'range' | 'customers';

export function scopePredicate(scope: BuildScope, first: number, column = 't.customer_id'): string {
  return scope === 'range'
    ? // A chunk of a full rebuild: from its first customer id (inclusive) up to the next
      // chunk's first id, or to the end of the id space when that is null.
      `${column} >= $${first}::uuid AND ($${first + 1}::uuid IS NULL OR ${column} < $${first + 1}::uuid)`
    : `${column} = ANY($${first}::uuid[])`;
}
