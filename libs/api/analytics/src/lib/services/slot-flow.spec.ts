import type { SlotFlowRow } from '../sql/slot-map.sql';
import { foldSlotFlows } from './slot-flow';

const gaps = (bucket: number, count: number) =>
  `{${Array.from({ length: 46 }, (_, k) => (k === bucket ? count : 0)).join(',')}}`;

describe(foldSlotFlows.name, () => {
  it('makes nodes from the rows leaving each channel and edges from rows to a next channel', () => {
    // Journeys: web -> phone (x3), phone (x2), web -> phone -> phone (x1).
    const rows: SlotFlowRow[] = [
      { channel: 'web', next_channel: 'phone', steps: 4, starts: 4, gaps: gaps(20, 4) },
      { channel: 'phone', next_channel: '', steps: 6, starts: 2, gaps: null },
      { channel: 'phone', next_channel: 'phone', steps: 1, starts: 0, gaps: gaps(30, 1) },
    ];
    const graph = foldSlotFlows(rows);
    expect(graph.journeys).toBe(6);
    expect(graph.nodes).toEqual([
      { channel: 'phone', steps: 7, starts: 2, ends: 6 },
      { channel: 'web', steps: 4, starts: 4, ends: 0 },
    ]);
    expect(graph.edges.map(({ source, target, count }) => [source, target, count])).toEqual([
      ['web', 'phone', 4],
      ['phone', 'phone', 1],
    ]);
    // Bucket k holds [2^((k-1)/2), 2^(k/2)) s: bucket 20 is about 2^9.75 s.
    expect(graph.edges[0].medianGapHours * 3600).toBeCloseTo(2 ** 9.75, 6);
    expect(graph.edges[1].medianGapHours * 3600).toBeCloseTo(2 ** 14.75, 6);
  });

  it('orders ties by name and gives an empty graph for no rows', () => {
    const rows: SlotFlowRow[] = [
      { channel: 'sms', next_channel: 'email', steps: 2, starts: 2, gaps: [0, 2] },
      { channel: 'email', next_channel: '', steps: 2, starts: 0, gaps: null },
      { channel: 'chat', next_channel: 'email', steps: 2, starts: 2, gaps: [1, 1] },
      { channel: 'email', next_channel: '', steps: 2, starts: 0, gaps: null },
    ];
    const graph = foldSlotFlows(rows);
    expect(graph.nodes.map((node) => node.channel)).toEqual(['email', 'chat', 'sms']);
    expect(graph.edges.map((edge) => edge.source)).toEqual(['chat', 'sms']);
    expect(foldSlotFlows([])).toEqual({ journeys: 0, nodes: [], edges: [] });
  });
});
