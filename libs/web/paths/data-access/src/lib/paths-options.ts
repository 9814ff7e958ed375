/** How many paths the table asks for (the API's `limit`, 1 to 500). */
export const LIMIT_CHOICES: readonly number[] = [10, 20, 50, 100, 200];
export const DEFAULT_LIMIT = 20;

/** Reads `limit` from the URL; anything not offered falls back to the default. */
export function pathsLimit(params: { get(name: string): string | null }): number {
  const limit = Number(params.get('limit'));
  return LIMIT_CHOICES.includes(limit) ? limit : DEFAULT_LIMIT;
}
