import { focusOrder, isLinkLit, itemCentre, nextKey } from './sankey-focus';
import { layoutSankey } from './sankey-layout';
import { smallJourneyMap } from './testing-fixture';

describe(focusOrder.name, () => {
  const layout = layoutSankey(smallJourneyMap(), 800, 400);
  const items = focusOrder(layout);

  it('visits every node and link once, column by column, each node before its flows', () => {
    expect(items).toHaveLength(7 + 8);
    expect(new Set(items.map((i) => i.key)).size).toBe(15);
    const columns = items.filter((i) => i.type === 'node').map((i) => i.node.column);
    expect(columns).toEqual([...columns].sort((a, b) => a - b));
    items.forEach((item, index) => {
      if (item.type !== 'link') return;
      const owner = items
        .slice(0, index)
        .reverse()
        .find((i) => i.type === 'node');
      expect(owner?.type === 'node' && owner.node).toBe(item.link.source);
    });
    expect(focusOrder(null)).toEqual([]);
  });

  it('moves with arrows, Home and End, and stops at the ends', () => {
    const [first, second] = items;
    const last = items[items.length - 1];
    expect(nextKey(items, first.key, 'ArrowDown')).toBe(second.key);
    expect(nextKey(items, second.key, 'ArrowLeft')).toBe(first.key);
    expect(nextKey(items, first.key, 'ArrowUp')).toBe(first.key);
    expect(nextKey(items, first.key, 'End')).toBe(last.key);
    expect(nextKey(items, last.key, 'Home')).toBe(first.key);
    expect(nextKey(items, first.key, 'a')).toBeNull();
    expect(nextKey(items, 'missing', 'ArrowDown')).toBeNull();
  });

  it('anchors the tooltip on the item and lights only related flows', () => {
    const node = items.find((i) => i.type === 'node' && i.node.node.id === '2:phone');
    const link = items.find((i) => i.type === 'link');
    if (!node || node.type !== 'node' || !link || link.type !== 'link') throw new Error('fixture');
    expect(itemCentre(node)).toEqual({ x: node.node.x1, y: (node.node.y0 + node.node.y1) / 2 });
    expect(layout.links.filter((l) => isLinkLit(l, node))).toHaveLength(3);
    expect(layout.links.filter((l) => isLinkLit(l, link))).toEqual([link.link]);
    expect(layout.links.every((l) => isLinkLit(l, null))).toBe(true);
  });
});
