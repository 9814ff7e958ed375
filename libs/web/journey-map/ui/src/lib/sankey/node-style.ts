import type { PositionedNode, SankeyLayout } from './sankey-layout';
import type { SankeyNodeKind } from './journey-map.types';

export interface NodeStyle {
  fill: string;
  stroke: string;
  dash: string | null;
  /** Appended to the label, so exits differ by more than colour. */
  mark: string;
}

/** Okabe-Ito: blue for assisted, bluish green for self-service; exits differ in shape too. */
export const NODE_STYLES: Record<SankeyNodeKind, NodeStyle> = {
  assisted: { fill: '#0072b2', stroke: '#0072b2', dash: null, mark: '' },
  self_service: { fill: '#009e73', stroke: '#009e73', dash: null, mark: '' },
  other: { fill: '#999999', stroke: '#777777', dash: null, mark: '' },
  resolved: { fill: '#1b2430', stroke: '#1b2430', dash: null, mark: ' ✓' },
  unresolved: { fill: '#ffffff', stroke: '#d55e00', dash: '4 2', mark: ' ✗' },
};

/** Below this height a label would collide with its neighbours; the hover text still has it. */
export const MIN_LABELLED_HEIGHT = 10;
/** Labels sit right of their node; with less room than this they would cover the next column. */
export const MIN_LABEL_ROOM = 64;

export function showsLabel(node: PositionedNode, layout: SankeyLayout): boolean {
  if (node.y1 - node.y0 < MIN_LABELLED_HEIGHT) return false;
  return node.column === layout.columns - 1 || layout.columnGap >= MIN_LABEL_ROOM;
}

export function labelText(node: PositionedNode): string {
  return `${node.label}${NODE_STYLES[node.kind].mark}`;
}
