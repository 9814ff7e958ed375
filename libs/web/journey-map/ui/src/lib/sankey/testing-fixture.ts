import type { JourneyMapData } from './journey-map.types';

/**
 * A small, consistent map for specs: 160 journeys, two steps, folded "other", both exits.
 * Every node's count equals its incoming and outgoing link sums.
 */
export function smallJourneyMap(): JourneyMapData {
  return {
    nodes: [
      { id: '1:web', step: 1, channel: 'web', count: 100 },
      { id: '1:phone', step: 1, channel: 'phone', count: 50 },
      { id: '1:other', step: 1, channel: 'other', count: 10 },
      { id: '2:phone', step: 2, channel: 'phone', count: 60 },
      { id: '2:chat', step: 2, channel: 'chat', count: 20 },
      { id: 'resolved', step: 3, channel: 'resolved', count: 105 },
      { id: 'unresolved', step: 3, channel: 'unresolved', count: 55 },
    ],
    links: [
      {
        source: '1:web',
        target: '2:phone',
        count: 60,
        frictionRate: 0.4,
        medianGapHours: 2.5,
        dropOff: 0,
      },
      {
        source: '1:web',
        target: 'resolved',
        count: 40,
        frictionRate: 0,
        medianGapHours: null,
        dropOff: 1,
      },
      {
        source: '1:phone',
        target: '2:chat',
        count: 20,
        frictionRate: 0.1,
        medianGapHours: 30,
        dropOff: 0,
      },
      {
        source: '1:phone',
        target: 'unresolved',
        count: 30,
        frictionRate: 0.6,
        medianGapHours: null,
        dropOff: 1,
      },
      {
        source: '1:other',
        target: 'resolved',
        count: 10,
        frictionRate: 0.05,
        medianGapHours: null,
        dropOff: 1,
      },
      {
        source: '2:phone',
        target: 'resolved',
        count: 35,
        frictionRate: 0.2,
        medianGapHours: null,
        dropOff: 1,
      },
      {
        source: '2:phone',
        target: 'unresolved',
        count: 25,
        frictionRate: 0.5,
        medianGapHours: null,
        dropOff: 1,
      },
      {
        source: '2:chat',
        target: 'resolved',
        count: 20,
        frictionRate: 0,
        medianGapHours: 0.5,
        dropOff: 1,
      },
    ],
    totals: { journeys: 160 },
  };
}
