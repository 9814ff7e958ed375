import { CHANNELS } from '@journey-atlas/shared/domain';
import type { JourneyMapData, JourneyMapLink, JourneyMapNode } from './journey-map.types';

/**
 * A generated journey map of a given size, for layout tests and the render benchmark
 * (`/dev/sankey-bench`). Never shown as data: the numbers are random.
 */
export function syntheticJourneyMap(options: {
  nodes: number;
  links: number;
  seed?: number;
}): JourneyMapData {
  const random = mulberry32(options.seed ?? 1);
  const perStep = [...CHANNELS, 'other'];
  const channelNodes = Math.max(1, options.nodes - 2);
  const steps: JourneyMapNode[][] = [];
  for (let i = 0; i < channelNodes; i++) {
    const step = Math.floor(i / perStep.length) + 1;
    const channel = perStep[i % perStep.length];
    (steps[step - 1] ??= []).push({ id: `${step}:${channel}`, step, channel, count: 0 });
  }
  const exitStep = steps.length + 1;
  const exits: JourneyMapNode[] = ['resolved', 'unresolved'].map((id) => ({
    id,
    step: exitStep,
    channel: id,
    count: 0,
  }));

  const pairs = new Map<string, [JourneyMapNode, JourneyMapNode]>();
  const add = (from: JourneyMapNode, to: JourneyMapNode) =>
    pairs.set(`${from.id}->${to.id}`, [from, to]);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  // Every node is reached from the step before and leads somewhere, as in a real map.
  steps.forEach((column, i) => {
    for (const node of column) {
      if (i > 0) add(pick(steps[i - 1]), node);
      add(node, i + 1 < steps.length ? pick(steps[i + 1]) : pick(exits));
    }
  });
  const sources = steps.flat();
  for (let guard = 0; pairs.size < options.links && guard < options.links * 50; guard++) {
    const from = pick(sources);
    const next = steps[from.step];
    add(from, next && random() < 0.8 ? pick(next) : pick(exits));
  }

  const links: JourneyMapLink[] = [...pairs.values()].slice(0, options.links).map(([from, to]) => ({
    source: from.id,
    target: to.id,
    count: 1 + Math.floor(random() ** 3 * 500),
    frictionRate: Math.round(random() * 60) / 100,
    medianGapHours: to.step === exitStep ? null : Math.round(random() * 960) / 10,
    dropOff: Math.round(random() * 50) / 100,
  }));
  const nodes = [...sources, ...exits];
  const inSum = new Map<string, number>();
  const outSum = new Map<string, number>();
  for (const link of links) {
    outSum.set(link.source, (outSum.get(link.source) ?? 0) + link.count);
    inSum.set(link.target, (inSum.get(link.target) ?? 0) + link.count);
  }
  for (const node of nodes) {
    node.count = Math.max(inSum.get(node.id) ?? 0, outSum.get(node.id) ?? 0);
  }
  const journeys = steps[0].reduce((sum, node) => sum + node.count, 0);
  return { nodes, links, totals: { journeys } };
}

/** Small seeded PRNG: the same seed gives the same map on every machine. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
