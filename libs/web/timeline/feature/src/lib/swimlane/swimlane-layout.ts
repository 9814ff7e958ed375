import { CHANNEL_CATALOGUE, type TimelineEntryDto } from '@journey-atlas/shared/domain';
import { scaleTime } from 'd3';
import { channelLabel, formatDateTime, formatDay, frictionInfo } from '../timeline-format';

/** Okabe-Ito hues (yellow left out: too pale on white), for journeys in time order. */
export const JOURNEY_COLOURS = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#000000',
] as const;
/** Journeys also differ by outline pattern, so colour is never the only cue. */
export const JOURNEY_DASHES = ['', '6 3', '2 3', '8 3 2 3'] as const;

export type LaneKind = 'self_service' | 'assisted';
/** `time`: x is the moment; `sequence`: touchpoints evenly spaced in time order. */
export type Spacing = 'time' | 'sequence';

export interface Lane {
  channel: string;
  label: string;
  kind: LaneKind;
  y0: number;
  y1: number;
}

export interface SwimlaneMark {
  /** The touchpoint id; also the mark's `data-key`. */
  key: string;
  entry: TimelineEntryDto;
  x: number;
  y: number;
  journeyIndex: number;
  colour: string;
  assisted: boolean;
  description: string;
}

export interface JourneyBox {
  id: string;
  key: string;
  /** "J1", "J2", … in order of the journeys' first touchpoint. */
  label: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  colour: string;
  dash: string;
  steps: number;
  description: string;
}

export interface SwimlaneTick {
  x: number;
  label: string;
}

export interface FrictionLegendEntry {
  type: string;
  label: string;
  rule: string;
  count: number;
}

export interface SwimlaneLayout {
  width: number;
  height: number;
  plot: { x0: number; x1: number; y0: number; y1: number };
  lanes: Lane[];
  marks: SwimlaneMark[];
  journeys: JourneyBox[];
  ticks: SwimlaneTick[];
  friction: FrictionLegendEntry[];
}

export const LANE_HEIGHT = 44;
const LABEL_WIDTH = 110;
const TOP = 26;
const AXIS = 30;
const RIGHT = 18;
const BOX_PAD = 9;
const HOUR_MS = 3_600_000;

const CATALOGUE_ORDER = new Map<string, number>(CHANNEL_CATALOGUE.map((d, i) => [d.channel, i]));
const KINDS = new Map<string, LaneKind>(CHANNEL_CATALOGUE.map((d) => [d.channel, d.kind]));

/**
 * Lanes for the channels a customer used: self-service on top, assisted below (so an
 * escalation reads as a step down), each group in catalogue order; unknown channels last.
 */
export function laneOrder(entries: readonly Pick<TimelineEntryDto, 'channel' | 'assisted'>[]): {
  channel: string;
  kind: LaneKind;
}[] {
  const kinds = new Map<string, LaneKind>();
  for (const entry of entries) {
    if (!kinds.has(entry.channel)) {
      kinds.set(
        entry.channel,
        KINDS.get(entry.channel) ?? (entry.assisted ? 'assisted' : 'self_service'),
      );
    }
  }
  const rank = (channel: string, kind: LaneKind) =>
    (kind === 'assisted' ? 1000 : 0) + (CATALOGUE_ORDER.get(channel) ?? 500);
  return [...kinds.entries()]
    .map(([channel, kind]) => ({ channel, kind }))
    .sort(
      (a, b) =>
        rank(a.channel, a.kind) - rank(b.channel, b.kind) || (a.channel < b.channel ? -1 : 1),
    );
}

/** Touchpoints in time order (ties by journey, then step), the order the keyboard walks them. */
export function timeOrder(entries: readonly TimelineEntryDto[]): TimelineEntryDto[] {
  return [...entries].sort(
    (a, b) =>
      Date.parse(a.occurredAt) - Date.parse(b.occurredAt) ||
      (a.journeyId < b.journeyId ? -1 : a.journeyId > b.journeyId ? 1 : 0) ||
      a.index - b.index,
  );
}

/** Journey ids in order of their first touchpoint: J1 is the customer's earliest need. */
export function journeyOrder(entries: readonly TimelineEntryDto[]): string[] {
  const seen: string[] = [];
  for (const entry of timeOrder(entries)) {
    if (!seen.includes(entry.journeyId)) seen.push(entry.journeyId);
  }
  return seen;
}

function markDescription(entry: TimelineEntryDto, journeyLabel: string): string {
  const parts = [
    `${channelLabel(entry.channel)} ${entry.direction}`,
    formatDateTime(entry.occurredAt),
    `${journeyLabel} "${entry.journeyKey}" step ${entry.index + 1}`,
    entry.outcome ?? 'no outcome',
  ];
  if (entry.friction.length) {
    parts.push(`friction: ${entry.friction.map((f) => frictionInfo(f).label).join(', ')}`);
  }
  return parts.join(', ');
}

/**
 * Geometry of a customer's swimlane chart: one lane per channel, x by time (or evenly in
 * time order), one outlined box per journey around its touchpoints, friction listed with
 * the rule behind it. Pure, so it can be tested without a browser.
 */
export function layoutSwimlanes(
  entries: readonly TimelineEntryDto[],
  width: number,
  spacing: Spacing = 'time',
): SwimlaneLayout {
  const ordered = timeOrder(entries);
  const laneList = laneOrder(ordered);
  const plot = {
    x0: LABEL_WIDTH,
    x1: Math.max(LABEL_WIDTH + 40, width - RIGHT),
    y0: TOP,
    y1: TOP + laneList.length * LANE_HEIGHT,
  };
  const lanes: Lane[] = laneList.map((lane, i) => ({
    ...lane,
    label: channelLabel(lane.channel),
    y0: TOP + i * LANE_HEIGHT,
    y1: TOP + (i + 1) * LANE_HEIGHT,
  }));
  const laneOf = new Map(lanes.map((lane) => [lane.channel, lane]));
  const journeyIds = journeyOrder(ordered);
  const journeyIndex = new Map(journeyIds.map((id, i) => [id, i]));

  const inner = { x0: plot.x0 + BOX_PAD + 4, x1: plot.x1 - BOX_PAD - 4 };
  let xOf: (entry: TimelineEntryDto, i: number) => number;
  let ticks: SwimlaneTick[] = [];
  if (spacing === 'sequence') {
    const step = ordered.length > 1 ? (inner.x1 - inner.x0) / (ordered.length - 1) : 0;
    const start = ordered.length > 1 ? inner.x0 : (inner.x0 + inner.x1) / 2;
    xOf = (_entry, i) => start + i * step;
    let lastDay = '';
    ordered.forEach((entry, i) => {
      const day = formatDay(new Date(entry.occurredAt));
      if (day !== lastDay) ticks.push({ x: xOf(entry, i), label: day });
      lastDay = day;
    });
  } else {
    const times = ordered.map((e) => Date.parse(e.occurredAt));
    const lo = times.length ? Math.min(...times) : 0;
    const hi = times.length ? Math.max(...times) : 0;
    const domain = hi > lo ? [lo, hi] : [lo - HOUR_MS, lo + HOUR_MS];
    const scale = scaleTime()
      .domain(domain.map((t) => new Date(t)))
      .range([inner.x0, inner.x1]);
    xOf = (entry) => scale(new Date(entry.occurredAt));
    const format = scale.tickFormat();
    ticks = scale
      .ticks(Math.max(2, Math.floor((inner.x1 - inner.x0) / 110)))
      .map((t) => ({ x: scale(t), label: format(t) }));
  }

  const marks: SwimlaneMark[] = ordered.map((entry, i) => {
    const lane = laneOf.get(entry.channel) as Lane;
    const index = journeyIndex.get(entry.journeyId) ?? 0;
    return {
      key: entry.touchpointId,
      entry,
      x: xOf(entry, i),
      y: (lane.y0 + lane.y1) / 2,
      journeyIndex: index,
      colour: JOURNEY_COLOURS[index % JOURNEY_COLOURS.length],
      assisted: lane.kind === 'assisted',
      description: markDescription(entry, `J${index + 1}`),
    };
  });

  const journeys: JourneyBox[] = journeyIds.map((id, index) => {
    const own = marks.filter((m) => m.entry.journeyId === id);
    const ys = own.map((m) => laneOf.get(m.entry.channel) as Lane);
    const first = own[0].entry;
    const label = `J${index + 1}`;
    const outcome = own[own.length - 1].entry.outcome ?? 'no outcome';
    return {
      id,
      key: first.journeyKey,
      label,
      x0: Math.min(...own.map((m) => m.x)) - BOX_PAD,
      x1: Math.max(...own.map((m) => m.x)) + BOX_PAD,
      y0: Math.min(...ys.map((l) => l.y0)) + 3,
      y1: Math.max(...ys.map((l) => l.y1)) - 3,
      colour: JOURNEY_COLOURS[index % JOURNEY_COLOURS.length],
      dash: JOURNEY_DASHES[Math.floor(index / JOURNEY_COLOURS.length) % JOURNEY_DASHES.length],
      steps: own.length,
      description: `${label} "${first.journeyKey}": ${own.length} touchpoint${own.length === 1 ? '' : 's'} from ${formatDateTime(first.occurredAt)}, last outcome ${outcome}`,
    };
  });

  const counts = new Map<string, number>();
  for (const entry of ordered) {
    for (const type of entry.friction) counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  const friction = [...counts.entries()]
    .map(([type, count]) => ({ type, count, ...frictionInfo(type) }))
    .sort((a, b) => b.count - a.count || (a.type < b.type ? -1 : 1));

  return { width, height: plot.y1 + AXIS, plot, lanes, marks, journeys, ticks, friction };
}

/** Where the keyboard goes from `current` among marks in time order; null for other keys. */
export function nextMarkKey(
  marks: readonly SwimlaneMark[],
  current: string,
  key: string,
): string | null {
  const index = marks.findIndex((m) => m.key === current);
  if (index < 0 || marks.length === 0) return null;
  const last = marks.length - 1;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return marks[Math.min(last, index + 1)].key;
    case 'ArrowLeft':
    case 'ArrowUp':
      return marks[Math.max(0, index - 1)].key;
    case 'Home':
      return marks[0].key;
    case 'End':
      return marks[last].key;
    default:
      return null;
  }
}

/** Closer than this (px) in time spacing and two consecutive marks would overlap. */
export const MIN_MARK_GAP = 14;

/**
 * The spacing that keeps every touchpoint visible: by time when consecutive touchpoints are
 * at least `MIN_MARK_GAP` apart at this width, else evenly in time order (a customer with
 * months between journeys and minutes inside them would otherwise show overlapping marks).
 */
export function autoSpacing(entries: readonly TimelineEntryDto[], width: number): Spacing {
  const marks = layoutSwimlanes(entries, width, 'time').marks;
  for (let i = 1; i < marks.length; i++) {
    if (marks[i].x - marks[i - 1].x < MIN_MARK_GAP) return 'sequence';
  }
  return 'time';
}
