/**
 * Gaps between steps by bucket, for the journey map's median gaps without the gaps
 * themselves: map_slot counts each link's gaps per bucket (the journeys lib) and the
 * analytics read a median back from those counts. One definition for both sides:
 * bucket 0 under 1 s, k = 1..44 for [2^((k-1)/2), 2^(k/2)) seconds, 45 from 2^22 s
 * (48 days) on.
 */
export const GAP_BUCKETS = 46;

/** Highest bucket with an upper edge (2^(k/2) s). */
const LAST_BOUNDED = GAP_BUCKETS - 2;

/** The bucket of a gap in seconds (SQL, null for no gap). */
export function gapBucketSql(seconds: string): string {
  return `CASE WHEN ${seconds} IS NULL THEN NULL
                          WHEN ${seconds} < 1 THEN 0
                          WHEN ${seconds} >= ${2 ** (LAST_BOUNDED / 2)} THEN ${GAP_BUCKETS - 1}
                          ELSE 1 + floor(2 * ln(${seconds}) / ln(2))::int END`;
}

/**
 * A bucket's representative gap: its geometric midpoint (within a factor 2^(1/4) of any
 * gap in it), 0.5 s under 1 s, the lower edge (48 days) for the open last bucket.
 */
export function bucketSeconds(bucket: number): number {
  if (bucket === 0) return 0.5;
  if (bucket > LAST_BOUNDED) return 2 ** (LAST_BOUNDED / 2);
  return 2 ** ((bucket - 1) / 2 + 0.25);
}
