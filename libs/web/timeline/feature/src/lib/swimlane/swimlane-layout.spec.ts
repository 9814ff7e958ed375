import { timelineFixture } from '@journey-atlas/web/timeline/data-access';
import {
  JOURNEY_COLOURS,
  MIN_MARK_GAP,
  autoSpacing,
  LANE_HEIGHT,
  journeyOrder,
  laneOrder,
  layoutSwimlanes,
  nextMarkKey,
  timeOrder,
} from './swimlane-layout';

const { TIMELINE } = timelineFixture;

const ENTRIES = TIMELINE.touchpoints;

describe(laneOrder.name, () => {
  it('puts self-service lanes above assisted ones, each in catalogue order', () => {
    const lanes = laneOrder([
      { channel: 'email', assisted: true },
      { channel: 'web', assisted: false },
      { channel: 'phone', assisted: true },
      { channel: 'ivr', assisted: false },
      { channel: 'web', assisted: false },
    ]);
    expect(lanes.map((l) => l.channel)).toEqual(['ivr', 'web', 'phone', 'email']);
    expect(lanes.map((l) => l.kind)).toEqual([
      'self_service',
      'self_service',
      'assisted',
      'assisted',
    ]);
  });

  it('places channels outside the catalogue by their assisted flag, after the known ones', () => {
    const lanes = laneOrder([
      { channel: 'pigeon', assisted: true },
      { channel: 'phone', assisted: true },
      { channel: 'web', assisted: false },
    ]);
    expect(lanes).toEqual([
      { channel: 'web', kind: 'self_service' },
      { channel: 'phone', kind: 'assisted' },
      { channel: 'pigeon', kind: 'assisted' },
    ]);
  });
});

describe(timeOrder.name, () => {
  it('orders by time, then journey, then step', () => {
    const shuffled = [ENTRIES[2], ENTRIES[1], ENTRIES[0]];
    expect(timeOrder(shuffled).map((e) => e.touchpointId)).toEqual(['1', '2', '3']);
    const sameTime = [
      { ...ENTRIES[1], journeyId: '9', index: 0, touchpointId: 'b' },
      { ...ENTRIES[1], journeyId: '1', index: 3, touchpointId: 'a' },
    ];
    expect(timeOrder(sameTime).map((e) => e.touchpointId)).toEqual(['a', 'b']);
    expect(journeyOrder(shuffled)).toEqual(['1042', '1043']);
  });
});

describe(layoutSwimlanes.name, () => {
  const layout = layoutSwimlanes(ENTRIES, 800);

  it('draws one lane per channel and each touchpoint in its lane', () => {
    expect(layout.lanes.map((l) => l.label)).toEqual(['Web', 'Phone', 'Email']);
    expect(layout.lanes[1].y1 - layout.lanes[1].y0).toBe(LANE_HEIGHT);
    for (const mark of layout.marks) {
      const lane = layout.lanes.find((l) => l.channel === mark.entry.channel);
      expect(lane).toBeDefined();
      expect(mark.y).toBe(((lane?.y0 ?? 0) + (lane?.y1 ?? 0)) / 2);
      expect(mark.assisted).toBe(lane?.kind === 'assisted');
    }
    expect(layout.height).toBeGreaterThan(layout.plot.y1);
  });

  it('places touchpoints by time inside the plot, earliest left', () => {
    const [web, phone, email] = layout.marks;
    expect(web.x).toBeGreaterThanOrEqual(layout.plot.x0);
    expect(email.x).toBeLessThanOrEqual(layout.plot.x1);
    expect(web.x).toBeLessThan(phone.x);
    expect(phone.x).toBeLessThan(email.x);
    // 2 h of 47 h between the first two touchpoints: proportional spacing.
    expect((phone.x - web.x) / (email.x - web.x)).toBeCloseTo(2 / 47, 5);
    expect(layout.ticks.length).toBeGreaterThan(1);
    expect(layout.ticks.every((t) => t.x >= layout.plot.x0 && t.x <= layout.plot.x1)).toBe(true);
  });

  it('spaces touchpoints evenly in sequence mode, with a tick per new day', () => {
    const even = layoutSwimlanes(ENTRIES, 800, 'sequence');
    const [a, b, c] = even.marks;
    expect(b.x - a.x).toBeCloseTo(c.x - b.x, 6);
    expect(even.ticks.map((t) => t.label)).toEqual(['23 Nov', '25 Nov']);
  });

  it('outlines each journey around its touchpoints, J1 first, in distinct colours', () => {
    expect(layout.journeys.map((j) => [j.id, j.label, j.steps])).toEqual([
      ['1042', 'J1', 2],
      ['1043', 'J2', 1],
    ]);
    const [first, second] = layout.journeys;
    const [web, phone, email] = layout.marks;
    expect(first.x0).toBeLessThan(web.x);
    expect(first.x1).toBeGreaterThan(phone.x);
    expect(first.y0).toBeLessThan(web.y);
    expect(first.y1).toBeGreaterThan(phone.y);
    expect(second.x0).toBeLessThan(email.x);
    expect(first.colour).toBe(JOURNEY_COLOURS[0]);
    expect(second.colour).not.toBe(first.colour);
    expect(phone.colour).toBe(first.colour);
    expect(first.description).toContain('J1 "router offline": 2 touchpoints');
  });

  it('lists friction with the rule that raised it, most frequent first', () => {
    expect(layout.friction.map((f) => [f.type, f.label, f.count])).toEqual([
      ['failed_containment', 'Failed containment', 1],
      ['long_wait', 'Long wait', 1],
    ]);
    expect(layout.friction[0].rule).toBe(
      'the first assisted step of a journey that began in self-service',
    );
    expect(layout.marks[1].description).toBe(
      'Phone inbound, 23 Nov 2026, 12:00 UTC, J1 "router offline" step 2, resolved, friction: Failed containment, Long wait',
    );
  });

  it('copes with a single touchpoint and with none', () => {
    const one = layoutSwimlanes([ENTRIES[0]], 400);
    expect(one.marks[0].x).toBeCloseTo((one.plot.x0 + one.plot.x1) / 2, 0);
    const none = layoutSwimlanes([], 400);
    expect(none.marks).toEqual([]);
    expect(none.journeys).toEqual([]);
  });
});

describe(nextMarkKey.name, () => {
  const marks = layoutSwimlanes(ENTRIES, 800).marks;

  it('walks touchpoints in time order and stops at the ends', () => {
    expect(nextMarkKey(marks, '1', 'ArrowRight')).toBe('2');
    expect(nextMarkKey(marks, '3', 'ArrowRight')).toBe('3');
    expect(nextMarkKey(marks, '1', 'ArrowLeft')).toBe('1');
    expect(nextMarkKey(marks, '2', 'End')).toBe('3');
    expect(nextMarkKey(marks, '2', 'Home')).toBe('1');
    expect(nextMarkKey(marks, '2', 'a')).toBeNull();
    expect(nextMarkKey(marks, 'gone', 'ArrowRight')).toBeNull();
  });
});

describe(autoSpacing.name, () => {
  it('keeps time spacing while touchpoints stay apart, else spaces them evenly', () => {
    // 2 h apart in a 47 h span: about 27 px at 800 px wide, 9 px at 300 px.
    expect(autoSpacing(ENTRIES, 800)).toBe('time');
    expect(autoSpacing(ENTRIES, 300)).toBe('sequence');
    const marks = layoutSwimlanes(ENTRIES, 300, 'sequence').marks;
    for (let i = 1; i < marks.length; i++) {
      expect(marks[i].x - marks[i - 1].x).toBeGreaterThanOrEqual(MIN_MARK_GAP);
    }
    expect(autoSpacing([], 300)).toBe('time');
  });
});
