import type { JourneyMapLink, JourneyMapNode } from '@journey-atlas/web/journey-map/ui';
import {
  formatCount,
  formatGap,
  formatShare,
  nodeKind,
  nodeLabel,
} from '@journey-atlas/web/journey-map/ui';

/** What the page says about the flow or step the analyst picked on the map. */
export function describeSelection(
  selection: { link: JourneyMapLink } | { node: JourneyMapNode },
  nodes: readonly JourneyMapNode[],
): string {
  const place = (id: string) => {
    const node = nodes.find((n) => n.id === id);
    if (!node) return id;
    const label = nodeLabel(node);
    const kind = nodeKind(node);
    return kind === 'resolved' || kind === 'unresolved' ? label : `step ${node.step} ${label}`;
  };
  if ('node' in selection) {
    return `${place(selection.node.id)}: ${formatCount(selection.node.count)} journeys`;
  }
  const { link } = selection;
  return (
    `${place(link.source)} → ${place(link.target)}: ${formatCount(link.count)} journeys, ` +
    `friction ${formatShare(link.frictionRate)}, median gap ${formatGap(link.medianGapHours)}, ` +
    `drop-off ${formatShare(link.dropOff)}`
  );
}
