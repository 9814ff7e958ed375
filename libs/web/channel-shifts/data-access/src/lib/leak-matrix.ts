import { CHANNEL_CATALOGUE, type ChannelShiftLeakDto } from '@journey-atlas/shared/domain';

/** Leaks of one from-channel -> to-channel pair, summed over intents. */
export interface LeakCell {
  from: string;
  to: string;
  journeys: number;
  assistedCost: number;
  /** Journeys above the pair's baseline, summed over the intents that have one. */
  excessJourneys: number;
  /** Intents of this pair, most journeys first. */
  intents: { intent: string; journeys: number }[];
}

export interface LeakMatrix {
  /** Self-service channels leaks start from (rows). */
  from: string[];
  /** Assisted channels leaks reach (columns). */
  to: string[];
  /** Only pairs with leaks; look up with `cellAt`. */
  cells: LeakCell[];
  max: number;
  total: number;
}

const ORDER = new Map<string, number>(CHANNEL_CATALOGUE.map((d, i) => [d.channel, i]));

function byCatalogue(a: string, b: string): number {
  return (ORDER.get(a) ?? 999) - (ORDER.get(b) ?? 999) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The from-channel x to-channel matrix of leak journeys, channels in catalogue order. */
export function leakMatrix(leaks: readonly ChannelShiftLeakDto[]): LeakMatrix {
  const cells = new Map<string, LeakCell>();
  for (const leak of leaks) {
    const key = `${leak.fromChannel}>${leak.toChannel}`;
    const cell = cells.get(key) ?? {
      from: leak.fromChannel,
      to: leak.toChannel,
      journeys: 0,
      assistedCost: 0,
      excessJourneys: 0,
      intents: [],
    };
    cell.journeys += leak.journeys;
    cell.assistedCost += leak.assistedCost;
    cell.excessJourneys += leak.excessJourneys ?? 0;
    cell.intents.push({ intent: leak.intent, journeys: leak.journeys });
    cells.set(key, cell);
  }
  const list = [...cells.values()];
  for (const cell of list) {
    cell.intents.sort((a, b) => b.journeys - a.journeys || (a.intent < b.intent ? -1 : 1));
  }
  return {
    from: [...new Set(list.map((c) => c.from))].sort(byCatalogue),
    to: [...new Set(list.map((c) => c.to))].sort(byCatalogue),
    cells: list.sort((a, b) => b.journeys - a.journeys || byCatalogue(a.from, b.from)),
    max: Math.max(0, ...list.map((c) => c.journeys)),
    total: list.reduce((sum, c) => sum + c.journeys, 0),
  };
}

export function cellAt(matrix: LeakMatrix, from: string, to: string): LeakCell | null {
  return matrix.cells.find((c) => c.from === from && c.to === to) ?? null;
}
