import { GAP_BUCKETS } from '../sql/slot-map.sql';
import { bucketSeconds, medianFromBuckets } from './slot-map';

const counts = (entries: Record<number, number>) =>
  Array.from({ length: GAP_BUCKETS }, (_, bucket) => entries[bucket] ?? 0);

/** floor(2 log2 s) + 1, as the journey engine buckets a gap of s >= 1 second. */
const bucketOf = (seconds: number) => 1 + Math.floor(2 * Math.log2(seconds));

describe(medianFromBuckets.name, () => {
  it('has no median without gaps', () => {
    expect(medianFromBuckets(counts({}))).toBeNull();
  });

  it('takes the middle bucket of an odd count, the mean of the two middle ones of an even', () => {
    expect(medianFromBuckets(counts({ 3: 1, 5: 1, 9: 1 }))).toBe(bucketSeconds(5));
    expect(medianFromBuckets(counts({ 3: 1, 5: 1, 9: 1, 11: 1 }))).toBe(
      (bucketSeconds(5) + bucketSeconds(9)) / 2,
    );
  });

  it('stays within a factor 2^(1/4) of the exact median for gaps from 1 s to 48 days', () => {
    const factor = 2 ** 0.25 * (1 + 1e-12);
    for (const gaps of [
      [1, 2, 3],
      [59, 61, 3600, 86_400],
      [7, 7, 7, 7, 1_000_000],
      [1.5, 300, 301, 302, 4_000_000],
    ]) {
      const sorted = [...gaps].sort((a, b) => a - b);
      const middle = (sorted.length - 1) / 2;
      const exact = (sorted[Math.floor(middle)] + sorted[Math.ceil(middle)]) / 2;
      const histogram = counts({});
      for (const gap of gaps) histogram[bucketOf(gap)] += 1;
      const estimate = medianFromBuckets(histogram) ?? Number.NaN;
      expect(estimate).toBeLessThanOrEqual(exact * factor);
      expect(estimate).toBeGreaterThanOrEqual(exact / factor);
    }
  });

  it('puts gaps under a second at half a second and the open last bucket at its edge', () => {
    expect(medianFromBuckets(counts({ 0: 3 }))).toBe(0.5);
    expect(bucketSeconds(GAP_BUCKETS - 1)).toBe(2 ** 22);
  });
});
