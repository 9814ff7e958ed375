import type { PositionedLink, PositionedNode, SankeyLayout } from './sankey-layout';

/** Keys are `n:<node id>` and `l:<source>-><target>`, the same as the chart's `data-key`. */
export type FocusableItem =
  | { type: 'node'; key: string; node: PositionedNode; description: string }
  | { type: 'link'; key: string; link: PositionedLink; description: string };

/**
 * Keyboard order through a map: column by column, top to bottom, each node followed by the
 * flows that leave it — the order in which an analyst reads the chart.
 */
export function focusOrder(layout: SankeyLayout | null): FocusableItem[] {
  if (!layout) return [];
  const outgoing = new Map<PositionedNode, PositionedLink[]>();
  for (const link of layout.links) {
    outgoing.set(link.source, [...(outgoing.get(link.source) ?? []), link]);
  }
  const nodes = [...layout.nodes].sort((a, b) => a.column - b.column || a.y0 - b.y0);
  return nodes.flatMap((node) => [
    { type: 'node' as const, key: `n:${node.node.id}`, node, description: node.description },
    ...(outgoing.get(node) ?? [])
      .sort((a, b) => a.y0 - b.y0)
      .map((link) => ({
        type: 'link' as const,
        key: `l:${link.id}`,
        link,
        description: link.description,
      })),
  ]);
}

/** Where the key `key` moves focus from `current`, or null when it is not a navigation key. */
export function nextKey(items: FocusableItem[], current: string, key: string): string | null {
  const index = items.findIndex((item) => item.key === current);
  if (index < 0 || items.length === 0) return null;
  const last = items.length - 1;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return items[Math.min(last, index + 1)].key;
    case 'ArrowUp':
    case 'ArrowLeft':
      return items[Math.max(0, index - 1)].key;
    case 'Home':
      return items[0].key;
    case 'End':
      return items[last].key;
    default:
      return null;
  }
}

/** Anchor point for the tooltip: a node's right edge, a link's midpoint. */
export function itemCentre(item: FocusableItem): { x: number; y: number } {
  if (item.type === 'node') return { x: item.node.x1, y: (item.node.y0 + item.node.y1) / 2 };
  const { link } = item;
  return { x: (link.source.x1 + link.target.x0) / 2, y: (link.y0 + link.y1) / 2 };
}

/** Whether `link` stays lit while `item` is highlighted (itself, or a flow of that node). */
export function isLinkLit(link: PositionedLink, item: FocusableItem | null): boolean {
  if (!item) return true;
  if (item.type === 'link') return item.link === link;
  return link.source === item.node || link.target === item.node;
}
