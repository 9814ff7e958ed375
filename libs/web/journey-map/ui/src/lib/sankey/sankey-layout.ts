import { type SankeyGraph, sankey, sankeyLinkHorizontal } from 'd3-sankey';
import { CHANNEL_CATALOGUE } from '@journey-atlas/shared/domain';
import { frictionColour } from './friction-colour';
import { formatCount, formatGap, formatShare } from './sankey-format';
import type {
  JourneyMapData,
  JourneyMapLink,
  JourneyMapNode,
  SankeyNodeKind,
} from './journey-map.types';

export interface SankeyLayoutOptions {
  nodeWidth?: number;
  nodePadding?: number;
  /** Room kept free on the right of the last column for exit labels. */
  labelRoom?: number;
  /** d3-sankey relaxation passes; fewer is faster, more untangles better. */
  iterations?: number;
}

export interface PositionedNode {
  node: JourneyMapNode;
  kind: SankeyNodeKind;
  label: string;
  column: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Share of all journeys in the map. */
  share: number;
  /** The hover and screen-reader text. */
  description: string;
}

export interface PositionedLink {
  /** `source->target`, unique in a map. */
  id: string;
  link: JourneyMapLink;
  source: PositionedNode;
  target: PositionedNode;
  /** Stroke width: proportional to the count, on the same scale as node heights. */
  width: number;
  /** Centre of the link where it leaves its source (y0) and enters its target (y1). */
  y0: number;
  y1: number;
  /** SVG path of the link's centre line. */
  path: string;
  colour: string;
  /** Share of all journeys in the map. */
  share: number;
  description: string;
}

export interface SankeyLayout {
  width: number;
  height: number;
  columns: number;
  /** Free space between one column's nodes and the next column's (Infinity with one column). */
  columnGap: number;
  /** Journeys in the map: `totals.journeys`, else the first column's counts. */
  journeys: number;
  nodes: PositionedNode[];
  links: PositionedLink[];
}

type NodeExtra = { source: JourneyMapNode; fixedValue: number };
type LinkExtra = { source: string; target: string; value: number; data: JourneyMapLink };

const LABELS = new Map<string, string>(CHANNEL_CATALOGUE.map((d) => [d.channel, d.label]));
const KINDS = new Map<string, SankeyNodeKind>(CHANNEL_CATALOGUE.map((d) => [d.channel, d.kind]));

export function nodeKind(node: Pick<JourneyMapNode, 'id' | 'channel'>): SankeyNodeKind {
  for (const exit of ['resolved', 'unresolved', 'other'] as const) {
    if (node.channel === exit || node.id === exit) return exit;
  }
  return KINDS.get(node.channel) ?? 'other';
}

export function nodeLabel(node: Pick<JourneyMapNode, 'id' | 'channel'>): string {
  const kind = nodeKind(node);
  if (kind === 'resolved') return 'Resolved';
  if (kind === 'unresolved') return 'Unresolved';
  return LABELS.get(node.channel) ?? (node.channel === 'other' ? 'Other' : node.channel);
}

function isExit(kind: SankeyNodeKind): boolean {
  return kind === 'resolved' || kind === 'unresolved';
}

/** Journeys in the map: the API's total when it gives one, else the entry column's counts. */
export function journeyTotal(data: JourneyMapData): number {
  const fromApi = data.totals?.journeys;
  if (typeof fromApi === 'number' && fromApi > 0) return fromApi;
  const entries = data.nodes.filter((n) => !isExit(nodeKind(n)));
  const first = Math.min(...entries.map((n) => n.step));
  return entries.filter((n) => n.step === first).reduce((sum, n) => sum + n.count, 0);
}

function share(count: number, total: number): number {
  return total > 0 ? count / total : 0;
}

/**
 * Positions a journey map with d3-sankey inside `width` x `height`. Channel nodes sit in the
 * column of their longest path from an entry (their step for well-formed maps); exits always
 * in the last column. Node heights follow `count` (or the larger link sum if the data is
 * inconsistent, so links never overflow their node). Links whose ends are missing are
 * dropped rather than failing the whole chart.
 */
export function layoutSankey(
  data: JourneyMapData,
  width: number,
  height: number,
  options: SankeyLayoutOptions = {},
): SankeyLayout {
  const { nodeWidth = 14, nodePadding = 10, labelRoom = 96, iterations = 6 } = options;
  const journeys = data.nodes.length ? journeyTotal(data) : 0;
  const empty: SankeyLayout = {
    width,
    height,
    columns: 0,
    columnGap: Infinity,
    journeys,
    nodes: [],
    links: [],
  };
  if (data.nodes.length === 0 || width <= labelRoom + nodeWidth || height <= 0) return empty;

  const ids = new Set(data.nodes.map((n) => n.id));
  const usable = data.links.filter(
    (l) => ids.has(l.source) && ids.has(l.target) && l.source !== l.target && l.count > 0,
  );
  const sums = new Map<string, { in: number; out: number }>();
  for (const l of usable) {
    const s = sums.get(l.source) ?? { in: 0, out: 0 };
    s.out += l.count;
    sums.set(l.source, s);
    const t = sums.get(l.target) ?? { in: 0, out: 0 };
    t.in += l.count;
    sums.set(l.target, t);
  }
  // A node with nothing in it would make d3-sankey divide by zero; it has nothing to show.
  const drawn = data.nodes.filter((n) => n.count > 0 || sums.has(n.id));
  if (drawn.length === 0) return empty;
  const graph: SankeyGraph<NodeExtra, LinkExtra> = {
    nodes: drawn.map((n) => {
      const s = sums.get(n.id);
      return { source: n, fixedValue: Math.max(n.count, s?.in ?? 0, s?.out ?? 0) };
    }),
    links: usable.map((l) => ({ source: l.source, target: l.target, value: l.count, data: l })),
  };
  const layout = sankey<NodeExtra, LinkExtra>()
    .nodeId((d) => d.source.id)
    .nodeWidth(nodeWidth)
    .nodePadding(nodePadding)
    .iterations(iterations)
    .nodeAlign((d, n) => (isExit(nodeKind(d.source)) ? n - 1 : (d.depth ?? 0)))
    .extent([
      [1, 1],
      [width - labelRoom, height - 1],
    ]);
  const result = layout(graph);

  // With a single column d3-sankey's column step is 0/0; pin such nodes to the left edge.
  for (const d of result.nodes) {
    if (!Number.isFinite(d.x0)) [d.x0, d.x1] = [1, 1 + nodeWidth];
  }
  const columnX = [...new Set(result.nodes.map((d) => d.x0 ?? 0))].sort((a, b) => a - b);
  const byId = new Map<string, PositionedNode>();
  const nodes = result.nodes.map((d) => {
    const node = d.source;
    const kind = nodeKind(node);
    const label = nodeLabel(node);
    const nodeShare = share(node.count, journeys);
    const positioned: PositionedNode = {
      node,
      kind,
      label,
      column: columnX.indexOf(d.x0 ?? 0),
      x0: d.x0 ?? 0,
      x1: d.x1 ?? 0,
      y0: d.y0 ?? 0,
      y1: d.y1 ?? 0,
      share: nodeShare,
      description: isExit(kind)
        ? `${label}: ${formatCount(node.count)} journeys (${formatShare(nodeShare)})`
        : `Step ${node.step}, ${label}: ${formatCount(node.count)} journeys (${formatShare(nodeShare)})`,
    };
    byId.set(node.id, positioned);
    return positioned;
  });

  const path = sankeyLinkHorizontal<NodeExtra, LinkExtra>();
  const links = result.links.map((d) => {
    const link = d.data;
    const source = byId.get(link.source) as PositionedNode;
    const target = byId.get(link.target) as PositionedNode;
    const linkShare = share(link.count, journeys);
    return {
      id: `${link.source}->${link.target}`,
      link,
      source,
      target,
      width: Math.max(1, d.width ?? 1),
      y0: d.y0 ?? 0,
      y1: d.y1 ?? 0,
      path: path(d) ?? '',
      colour: frictionColour(link.frictionRate),
      share: linkShare,
      description: linkDescription(source, target, link, linkShare),
    };
  });
  const columnGap = columnX.length > 1 ? columnX[1] - columnX[0] - nodeWidth : Infinity;
  return { width, height, columns: columnX.length, columnGap, journeys, nodes, links };
}

function linkDescription(
  source: PositionedNode,
  target: PositionedNode,
  link: JourneyMapLink,
  linkShare: number,
): string {
  const from = isExit(source.kind) ? source.label : `step ${source.node.step} ${source.label}`;
  const to = isExit(target.kind) ? target.label : `step ${target.node.step} ${target.label}`;
  return (
    `${from} to ${to}: ${formatCount(link.count)} journeys (${formatShare(linkShare)}), ` +
    `friction ${formatShare(link.frictionRate)}, median gap ${formatGap(link.medianGapHours)}, ` +
    `drop-off ${formatShare(link.dropOff)}`
  );
}
