import { HttpParams } from '@angular/common/http';
import type {
  JourneyMapLinkDto,
  JourneyMapNodeDto,
  JourneySummaryDto,
} from '@journey-atlas/shared/domain';
import {
  SAMPLES_SHOWN,
  SAMPLE_POOL,
  journeyMatches,
  matchingSamples,
  sampleParams,
} from './journey-samples';

/** A two-step map as the API draws it: web or sms first, then phone; sms folded into other. */
const NODES: JourneyMapNodeDto[] = [
  { id: 's0:web', step: 0, channel: 'web', count: 8 },
  { id: 's0:other', step: 0, channel: 'other', count: 1 },
  { id: 's1:phone', step: 1, channel: 'phone', count: 5 },
  { id: 'exit:resolved', step: 2, channel: 'resolved', count: 6 },
  { id: 'exit:unresolved', step: 2, channel: 'unresolved', count: 3 },
];

const link = (source: string, target: string): JourneyMapLinkDto => ({
  source,
  target,
  count: 1,
  frictionRate: 0,
  medianGapHours: null,
  dropOff: 0,
});

function journey(id: string, path: string[], resolved = true): JourneySummaryDto {
  return {
    id,
    customerId: `c-${id}`,
    key: 'router offline',
    startedAt: '2026-11-01T10:00:00.000Z',
    endedAt: '2026-11-01T12:00:00.000Z',
    path,
    outcome: resolved ? 'resolved' : 'unresolved',
    resolved,
    cost: 8,
    durationSeconds: 7200,
    friction: [],
  };
}

const STEPS = 2;

describe(journeyMatches.name, () => {
  it('keeps journeys whose two steps are the flow’s source and target', () => {
    const flow = { link: link('s0:web', 's1:phone') };
    expect(journeyMatches(journey('1', ['web', 'phone']), flow, NODES, STEPS)).toBe(true);
    expect(journeyMatches(journey('2', ['web', 'phone', 'chat']), flow, NODES, STEPS)).toBe(true);
    expect(journeyMatches(journey('3', ['phone', 'web']), flow, NODES, STEPS)).toBe(false);
    expect(journeyMatches(journey('4', ['web']), flow, NODES, STEPS)).toBe(false);
  });

  it('matches a folded step by a channel that has no node of its own there', () => {
    const flow = { link: link('s0:other', 's1:phone') };
    expect(journeyMatches(journey('1', ['sms', 'phone']), flow, NODES, STEPS)).toBe(true);
    expect(journeyMatches(journey('2', ['web', 'phone']), flow, NODES, STEPS)).toBe(false);
  });

  it('sends a journey to an exit where it ends or where the map cuts it, by its outcome', () => {
    const resolvedAfterWeb = { link: link('s0:web', 'exit:resolved') };
    expect(journeyMatches(journey('1', ['web']), resolvedAfterWeb, NODES, STEPS)).toBe(true);
    expect(journeyMatches(journey('2', ['web'], false), resolvedAfterWeb, NODES, STEPS)).toBe(
      false,
    );
    expect(journeyMatches(journey('3', ['web', 'phone']), resolvedAfterWeb, NODES, STEPS)).toBe(
      false,
    );
    const cut = { link: link('s1:phone', 'exit:unresolved') };
    expect(journeyMatches(journey('4', ['web', 'phone', 'chat'], false), cut, NODES, STEPS)).toBe(
      true,
    );
  });

  it('matches step boxes and exits on their own', () => {
    const phone = NODES[2];
    expect(journeyMatches(journey('1', ['web', 'phone']), { node: phone }, NODES, STEPS)).toBe(
      true,
    );
    expect(journeyMatches(journey('2', ['phone']), { node: phone }, NODES, STEPS)).toBe(false);
    const unresolved = NODES[4];
    expect(journeyMatches(journey('3', ['web'], false), { node: unresolved }, NODES, STEPS)).toBe(
      true,
    );
  });

  it('matches nothing for a flow whose nodes are not on the map', () => {
    const flow = { link: link('s0:web', 's7:chat') };
    expect(journeyMatches(journey('1', ['web', 'chat']), flow, NODES, STEPS)).toBe(false);
  });
});

describe(matchingSamples.name, () => {
  it('keeps the pool’s order and at most the panel’s size', () => {
    const pool = Array.from({ length: SAMPLES_SHOWN + 5 }, (_, i) =>
      journey(String(i), i % 2 ? ['web', 'phone'] : ['web']),
    );
    const found = matchingSamples(pool, { link: link('s0:web', 's1:phone') }, NODES, STEPS);
    expect(found.map((j) => j.id).slice(0, 3)).toEqual(['1', '3', '5']);
    expect(found.length).toBe(12);
  });
});

describe(sampleParams.name, () => {
  it('narrows the pool to the flow’s target channel when no channel filter is set', () => {
    const params = sampleParams(
      new HttpParams().set('intent', 'billing'),
      { link: link('s0:web', 's1:phone') },
      NODES,
    );
    expect(params.toString()).toBe(
      `intent=billing&limit=${SAMPLE_POOL}&step.1=phone&step.0=web&channel=phone`,
    );
  });

  it('falls back to the source for exits and keeps the analyst’s own channel filter', () => {
    const toExit = sampleParams(new HttpParams(), { link: link('s0:web', 'exit:resolved') }, NODES);
    expect(toExit.get('channel')).toBe('web');
    expect(toExit.get('step.0')).toBe('web');
    expect(toExit.get('resolved')).toBe('true');
    const unresolved = sampleParams(new HttpParams(), { node: NODES[4] }, NODES);
    expect(unresolved.get('resolved')).toBe('false');
    const folded = sampleParams(new HttpParams(), { node: NODES[1] }, NODES);
    expect(folded.get('channel')).toBeNull();
    expect(folded.keys()).toEqual(['limit']);
    const own = sampleParams(
      new HttpParams().set('channel', 'chat'),
      { link: link('s0:web', 's1:phone') },
      NODES,
    );
    expect(own.getAll('channel')).toEqual(['chat']);
  });
});
