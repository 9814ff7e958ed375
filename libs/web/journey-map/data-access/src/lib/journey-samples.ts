import type { HttpParams } from '@angular/common/http';
import type {
  JourneyMapLinkDto,
  JourneyMapNodeDto,
  JourneySummaryDto,
} from '@journey-atlas/shared/domain';

/** What the analyst clicked on the map: one flow or one step box. */
export type MapSelection = { link: JourneyMapLinkDto } | { node: JourneyMapNodeDto };

/** How many recent journeys are fetched to find the ones behind a flow (the API's maximum). */
export const SAMPLE_POOL = 200;
/** How many matching journeys the side panel lists. */
export const SAMPLES_SHOWN = 20;

const EXITS = ['resolved', 'unresolved'];

function isExit(node: JourneyMapNodeDto): boolean {
  return EXITS.includes(node.channel);
}

/** A real channel (not the folded `other`, not an exit) that can narrow the API request. */
function realChannel(node: JourneyMapNodeDto | undefined): string | null {
  return node && !isExit(node) && node.channel !== 'other' ? node.channel : null;
}

/**
 * `GET /api/v1/journeys` params for a selection: the map's filters, the largest pool, the
 * channel of every real step box involved (`step.<n>`, exact on the server) and, for an
 * exit, `resolved`; and — when the analyst has not filtered by channel — the selected
 * channel, so the pool holds journeys that pass through it. What the server cannot express
 * (a folded `other` box, a journey cut at the map's last step) `journeyMatches` finishes on
 * the client.
 */
export function sampleParams(
  filters: HttpParams,
  selection: MapSelection,
  nodes: readonly JourneyMapNodeDto[],
): HttpParams {
  let params = filters.set('limit', SAMPLE_POOL);
  const byId = (id: string) => nodes.find((node) => node.id === id);
  const involved =
    'node' in selection
      ? [selection.node]
      : [byId(selection.link.target), byId(selection.link.source)];
  for (const node of involved) {
    if (node && isExit(node)) params = params.set('resolved', node.channel === 'resolved');
    const channel = realChannel(node);
    if (node && channel !== null) params = params.set(`step.${node.step}`, channel);
  }
  if (filters.has('channel')) return params;
  const channel = involved.map(realChannel).find((c) => c !== null) ?? null;
  if (channel !== null) params = params.set('channel', channel);
  return params;
}

/** Whether the journey's step at `node.step` is drawn in that node (a channel or `other`). */
function atNode(
  path: readonly string[],
  node: JourneyMapNodeDto,
  nodes: readonly JourneyMapNodeDto[],
): boolean {
  const channel = path[node.step];
  if (channel === undefined) return false;
  if (node.channel !== 'other') return channel === node.channel;
  // Folded: the step's channel has no node of its own at that step.
  return !nodes.some((n) => n.step === node.step && n.channel === channel);
}

/** Whether a journey leaves the map at `node` into this exit (ends there or is cut at the last step). */
function exitsAt(
  journey: JourneySummaryDto,
  node: JourneyMapNodeDto,
  exit: JourneyMapNodeDto,
  steps: number,
): boolean {
  const leaves = journey.path.length === node.step + 1 || node.step === steps - 1;
  return leaves && journey.resolved === (exit.channel === 'resolved');
}

/**
 * Whether a journey is one of those the map counts in the selected flow or step, with the
 * map drawn unanchored over `steps` steps (step 0 = a journey's first contact).
 */
export function journeyMatches(
  journey: JourneySummaryDto,
  selection: MapSelection,
  nodes: readonly JourneyMapNodeDto[],
  steps: number,
): boolean {
  if ('node' in selection) {
    const node = selection.node;
    if (isExit(node)) return journey.resolved === (node.channel === 'resolved');
    return atNode(journey.path, node, nodes);
  }
  const source = nodes.find((n) => n.id === selection.link.source);
  const target = nodes.find((n) => n.id === selection.link.target);
  if (!source || !target || isExit(source)) return false;
  if (!atNode(journey.path, source, nodes)) return false;
  if (isExit(target)) return exitsAt(journey, source, target, steps);
  return target.step === source.step + 1 && atNode(journey.path, target, nodes);
}

/** The first `SAMPLES_SHOWN` journeys of the pool that belong to the selection. */
export function matchingSamples(
  pool: readonly JourneySummaryDto[],
  selection: MapSelection,
  nodes: readonly JourneyMapNodeDto[],
  steps: number,
): JourneySummaryDto[] {
  return pool
    .filter((journey) => journeyMatches(journey, selection, nodes, steps))
    .slice(0, SAMPLES_SHOWN);
}
