/**
 * Collects the values of a parameterised statement: `add` returns the placeholder, so
 * builders put only `$n` into SQL text and user text never does.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
