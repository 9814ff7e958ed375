import type { Touchpoint } from '@journey-atlas/shared/domain';

/**
 * Small statistics over an in-memory sample, used by the specs to show the planted problems
 * are visible in the data itself (not only in the ground truth).
 */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function share<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  return items.length === 0 ? Number.NaN : items.filter(predicate).length / items.length;
}

export function groupBy<T>(
  items: Iterable<T>,
  key: (item: T) => string | undefined,
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    if (name === undefined) continue;
    const group = groups.get(name) ?? [];
    group.push(item);
    groups.set(name, group);
  }
  return groups;
}

/** Consecutive touchpoint pairs of one person (the generator emits each person's in time order). */
export function personPairs(touchpoints: readonly Touchpoint[][]): [Touchpoint, Touchpoint][] {
  const pairs: [Touchpoint, Touchpoint][] = [];
  for (const personal of touchpoints) {
    for (let i = 1; i < personal.length; i++) pairs.push([personal[i - 1], personal[i]]);
  }
  return pairs;
}
