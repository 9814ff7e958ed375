import { bucketSeconds, GAP_BUCKETS } from '@journey-atlas/api/platform/sql';
import type { SlotMapRow } from '../sql/slot-map.sql';
import { foldSlotMap, medianFromBuckets } from './slot-map';

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

const row = (
  pos: number,
  channel: string,
  next: string,
  journeys: number,
  resolved: number,
  friction: Partial<
    Pick<SlotMapRow, 'friction_here' | 'friction_here_resolved' | 'friction_next'>
  > = {},
  gaps: Record<number, number> = {},
): SlotMapRow => ({
  pos,
  channel,
  next_channel: next,
  journeys,
  resolved,
  friction_here: friction.friction_here ?? 0,
  friction_here_resolved: friction.friction_here_resolved ?? 0,
  friction_next: friction.friction_next ?? 0,
  gaps: `{${counts(gaps).join(',')}}`,
});

const byLink = (links: ReturnType<typeof foldSlotMap>['links']) =>
  Object.fromEntries(
    links.map((link) => [
      `${link.pos}:${link.node}>${link.next_node ?? `exit:${link.resolved}`}`,
      [link.count, link.with_friction, link.median_gap],
    ]),
  );

describe(foldSlotMap.name, () => {
  const rows = [
    row(0, 'web', 'phone', 90, 50, { friction_next: 30 }, { 3: 90 }),
    row(0, 'web', '', 100, 80, { friction_here: 20, friction_here_resolved: 15 }),
    row(0, 'sms', '', 1, 1),
    row(1, 'phone', 'chat', 90, 50, { friction_here: 30, friction_here_resolved: 12 }, { 7: 90 }),
  ];

  it('counts links, exits and totals; the last step shown ends in exits', () => {
    const { links, totals } = foldSlotMap(rows, 2, null);
    expect(byLink(links)).toEqual({
      '0:web>phone': [90, 30, bucketSeconds(3)],
      '0:web>exit:true': [80, 15, null],
      '0:web>exit:false': [20, 5, null],
      // sms (1 journey) is under 1% of 191 (2): folded; its empty unresolved exit is left out.
      '0:other>exit:true': [1, 0, null],
      '1:phone>exit:true': [50, 12, null],
      '1:phone>exit:false': [40, 18, null],
    });
    expect(totals).toEqual({
      journeys: 191,
      resolved: 131,
      truncated: 90,
      folded: 1,
      min_count: 2,
    });
  });

  it('moves on past a step when more steps are shown', () => {
    const { links, totals } = foldSlotMap([...rows, row(2, 'chat', '', 90, 50, {}, {})], 3, null);
    expect(byLink(links)['1:phone>chat']).toEqual([90, 0, bucketSeconds(7)]);
    expect(totals.truncated).toBe(0);
  });

  it('merges flows of folded nodes, gap buckets included', () => {
    const { links, totals } = foldSlotMap(
      [
        row(0, 'sms', 'phone', 2, 0, { friction_next: 1 }, { 5: 2 }),
        row(0, 'fax', 'phone', 2, 0, {}, { 9: 2 }),
        row(0, 'web', 'phone', 10, 0, {}, { 9: 10 }),
        row(1, 'phone', '', 14, 14),
      ],
      5,
      3,
    );
    const link = byLink(links)['0:other>phone'];
    expect(link).toEqual([4, 1, (bucketSeconds(5) + bucketSeconds(9)) / 2]);
    expect(totals.folded).toBe(4);
    expect(totals.min_count).toBe(3);
  });

  it('reads gap buckets as Postgres prints an int[] or parsed', () => {
    const printed = foldSlotMap(
      [row(0, 'web', 'phone', 3, 0, {}, { 4: 3 }), row(1, 'phone', '', 3, 3)],
      5,
      1,
    );
    const parsed = foldSlotMap(
      [{ ...row(0, 'web', 'phone', 3, 0), gaps: counts({ 4: 3 }) }, row(1, 'phone', '', 3, 3)],
      5,
      1,
    );
    expect(byLink(printed.links)['0:web>phone']).toEqual([3, 0, bucketSeconds(4)]);
    expect(parsed).toEqual(printed);
  });

  it('takes 1% of the journeys in integers (300 journeys: at least 3)', () => {
    const { totals } = foldSlotMap([row(0, 'web', '', 297, 0), row(0, 'sms', '', 3, 0)], 5, null);
    expect(totals.min_count).toBe(3);
    expect(totals.folded).toBe(0);
  });
});
