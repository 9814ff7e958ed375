import { showsLabel } from './node-style';
import {
  type SankeyLayout,
  journeyTotal,
  layoutSankey,
  nodeKind,
  nodeLabel,
} from './sankey-layout';
import { syntheticJourneyMap } from './synthetic-journey-map';
import { smallJourneyMap } from './testing-fixture';

/** The numbers in an SVG path, in order. */
function pathNumbers(path: string): number[] {
  return (path.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
}

function expectNoNaN(layout: SankeyLayout): void {
  for (const n of layout.nodes) {
    for (const v of [n.x0, n.x1, n.y0, n.y1]) expect(Number.isFinite(v)).toBe(true);
  }
  for (const l of layout.links) {
    expect(Number.isFinite(l.width)).toBe(true);
    expect(l.path).not.toMatch(/NaN|Infinity/);
  }
}

function expectGeometryInvariants(layout: SankeyLayout): void {
  const lastX = Math.max(...layout.nodes.map((n) => n.x0));
  for (const n of layout.nodes) {
    expect(n.x0).toBeGreaterThanOrEqual(0);
    expect(n.x1).toBeLessThanOrEqual(layout.width);
    expect(n.y0).toBeGreaterThanOrEqual(0);
    expect(n.y1).toBeLessThanOrEqual(layout.height + 1e-6);
    expect(n.y1).toBeGreaterThanOrEqual(n.y0);
    if (n.kind === 'resolved' || n.kind === 'unresolved') expect(n.x0).toBe(lastX);
  }
  for (const l of layout.links) {
    const numbers = pathNumbers(l.path);
    const [startX, startY] = numbers;
    const [endX, endY] = numbers.slice(-2);
    // A link leaves its source's right edge and enters its target's left edge ...
    expect(startX).toBeCloseTo(l.source.x1, 6);
    expect(endX).toBeCloseTo(l.target.x0, 6);
    expect(l.source.x1).toBeLessThanOrEqual(l.target.x0);
    // ... inside the nodes' vertical extent.
    expect(startY).toBeGreaterThanOrEqual(l.source.y0 - 1e-6);
    expect(startY).toBeLessThanOrEqual(l.source.y1 + 1e-6);
    expect(endY).toBeGreaterThanOrEqual(l.target.y0 - 1e-6);
    expect(endY).toBeLessThanOrEqual(l.target.y1 + 1e-6);
  }
}

describe(layoutSankey.name, () => {
  it('places every node and link of a small map inside the box, exits last', () => {
    const layout = layoutSankey(smallJourneyMap(), 800, 400);
    expect(layout.nodes).toHaveLength(7);
    expect(layout.links).toHaveLength(8);
    expect(layout.columns).toBe(3);
    expectNoNaN(layout);
    expectGeometryInvariants(layout);
    const column = (id: string) => layout.nodes.find((n) => n.node.id === id)?.column;
    expect([column('1:web'), column('1:phone'), column('1:other')]).toEqual([0, 0, 0]);
    expect([column('2:phone'), column('2:chat')]).toEqual([1, 1]);
    expect([column('resolved'), column('unresolved')]).toEqual([2, 2]);
  });

  it('sizes nodes and links in proportion to their counts, on one scale', () => {
    const layout = layoutSankey(smallJourneyMap(), 800, 400);
    const perJourney = layout.nodes.map((n) => (n.y1 - n.y0) / n.node.count);
    for (const k of perJourney) expect(k).toBeCloseTo(perJourney[0], 6);
    for (const l of layout.links) expect(l.width / l.link.count).toBeCloseTo(perJourney[0], 6);
    const web = layout.nodes.find((n) => n.node.id === '1:web');
    const phone = layout.nodes.find((n) => n.node.id === '1:phone');
    expect(web && phone && (web.y1 - web.y0) / (phone.y1 - phone.y0)).toBeCloseTo(2, 6);
  });

  it('keeps an exit in the last column even when it is reached from the first step only', () => {
    const data = smallJourneyMap();
    data.nodes.push({ id: 'x', step: 3, channel: 'unresolved', count: 0 });
    const layout = layoutSankey(data, 600, 300);
    const lastX = Math.max(...layout.nodes.map((n) => n.x0));
    const resolved = layout.nodes.find((n) => n.node.id === 'resolved');
    expect(resolved?.x0).toBe(lastX);
    // an empty node has nothing to draw
    expect(layout.nodes.some((n) => n.node.id === 'x')).toBe(false);
  });

  it('describes nodes and links with counts, share, median gap and drop-off', () => {
    const layout = layoutSankey(smallJourneyMap(), 800, 400);
    expect(layout.journeys).toBe(160);
    const web = layout.links.find((l) => l.id === '1:web->2:phone');
    expect(web?.share).toBeCloseTo(60 / 160);
    expect(web?.description).toBe(
      'step 1 Web to step 2 Phone: 60 journeys (38%), friction 40%, median gap 2.5 h, drop-off 0%',
    );
    const exit = layout.links.find((l) => l.id === '2:chat->resolved');
    expect(exit?.description).toContain(
      'to Resolved: 20 journeys (13%), friction 0%, median gap 30 min',
    );
    expect(layout.nodes.find((n) => n.node.id === 'unresolved')?.description).toBe(
      'Unresolved: 55 journeys (34%)',
    );
    expect(layout.nodes.find((n) => n.node.id === '1:other')?.description).toBe(
      'Step 1, Other: 10 journeys (6.3%)',
    );
  });

  it('colours links by friction rate', () => {
    const layout = layoutSankey(smallJourneyMap(), 800, 400);
    const colour = (id: string) => layout.links.find((l) => l.id === id)?.colour;
    expect(colour('2:chat->resolved')).not.toBe(colour('1:phone->unresolved'));
    expect(colour('1:web->resolved')).toBe(colour('2:chat->resolved'));
  });

  it('drops links to unknown nodes and empty links instead of failing', () => {
    const data = smallJourneyMap();
    data.links.push(
      {
        source: '1:web',
        target: 'nowhere',
        count: 5,
        frictionRate: 0,
        medianGapHours: 1,
        dropOff: 0,
      },
      {
        source: '1:web',
        target: '2:chat',
        count: 0,
        frictionRate: 0,
        medianGapHours: 1,
        dropOff: 0,
      },
    );
    const layout = layoutSankey(data, 800, 400);
    expect(layout.links).toHaveLength(8);
    expectNoNaN(layout);
  });

  it('returns an empty layout for an empty map or no room', () => {
    expect(layoutSankey({ nodes: [], links: [] }, 800, 400).nodes).toEqual([]);
    expect(layoutSankey(smallJourneyMap(), 50, 400).nodes).toEqual([]);
    expect(layoutSankey(smallJourneyMap(), 800, 0).links).toEqual([]);
  });

  it('draws a map without links as one column, without NaN', () => {
    const layout = layoutSankey(
      { nodes: [{ id: '1:web', step: 1, channel: 'web', count: 3 }], links: [] },
      400,
      200,
    );
    expect(layout.nodes).toHaveLength(1);
    expectNoNaN(layout);
  });

  it('lays out 300 nodes and 1,500 links with every invariant holding', () => {
    const data = syntheticJourneyMap({ nodes: 300, links: 1500, seed: 7 });
    expect(data.nodes).toHaveLength(300);
    expect(data.links).toHaveLength(1500);
    const layout = layoutSankey(data, 1600, 2400);
    expect(layout.nodes).toHaveLength(300);
    expect(layout.links).toHaveLength(1500);
    expectNoNaN(layout);
    expectGeometryInvariants(layout);
    expect(new Set(layout.links.map((l) => l.id)).size).toBe(1500);
  });
});

describe('journey map nodes', () => {
  it('tells exits, folded flows and channel kinds apart', () => {
    expect(nodeKind({ id: 'resolved', channel: 'resolved' })).toBe('resolved');
    expect(nodeKind({ id: 'exit:resolved', channel: 'resolved' })).toBe('resolved');
    expect(nodeKind({ id: '4:unresolved', channel: 'unresolved' })).toBe('unresolved');
    expect(nodeKind({ id: '2:other', channel: 'other' })).toBe('other');
    expect(nodeKind({ id: '1:phone', channel: 'phone' })).toBe('assisted');
    expect(nodeKind({ id: '1:web', channel: 'web' })).toBe('self_service');
    expect(nodeKind({ id: '1:pigeon', channel: 'pigeon' })).toBe('other');
    expect(nodeLabel({ id: '1:field_service', channel: 'field_service' })).toBe('Field service');
    expect(nodeLabel({ id: '1:pigeon', channel: 'pigeon' })).toBe('pigeon');
  });

  it('counts journeys from the API total, else from the entry column', () => {
    expect(journeyTotal(smallJourneyMap())).toBe(160);
    expect(journeyTotal({ ...smallJourneyMap(), totals: {} })).toBe(160);
  });
});

describe('node labels', () => {
  it('labels tall nodes when columns leave room, and always the last column', () => {
    const roomy = layoutSankey(smallJourneyMap(), 800, 400);
    expect(roomy.columnGap).toBeGreaterThan(64);
    expect(roomy.nodes.filter((n) => showsLabel(n, roomy))).toHaveLength(7);
    const crowded = layoutSankey(syntheticJourneyMap({ nodes: 300, links: 1500 }), 1200, 700);
    expect(crowded.columnGap).toBeLessThan(64);
    const labelled = crowded.nodes.filter((n) => showsLabel(n, crowded));
    expect(labelled.length).toBeGreaterThan(0);
    expect(labelled.every((n) => n.column === crowded.columns - 1)).toBe(true);
  });
});
