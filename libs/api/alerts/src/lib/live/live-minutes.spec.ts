import { type MinuteCounts, addCounts, liveMinutes } from './live-minutes';

const NOW = new Date('2026-11-25T12:09:30.000Z');

describe(liveMinutes.name, () => {
  it('lists every minute of the window with zeros, oldest first', () => {
    const minutes = liveMinutes(new Map(), NOW, 3);
    expect(minutes).toEqual([
      { minute: '2026-11-25T12:07:00.000Z', total: 0, byChannel: {} },
      { minute: '2026-11-25T12:08:00.000Z', total: 0, byChannel: {} },
      { minute: '2026-11-25T12:09:00.000Z', total: 0, byChannel: {} },
    ]);
  });

  it('adds counts up across polls and drops minutes that left the window', () => {
    const counts: MinuteCounts = new Map();
    addCounts(
      counts,
      [
        { minute: new Date('2026-11-25T12:09:00Z'), channel: 'web', n: 2 },
        { minute: new Date('2026-11-25T12:09:00Z'), channel: 'phone', n: 1 },
        { minute: new Date('2026-11-25T11:50:00Z'), channel: 'web', n: 7 },
      ],
      NOW,
      3,
    );
    addCounts(counts, [{ minute: new Date('2026-11-25T12:09:00Z'), channel: 'web', n: 3 }], NOW, 3);
    expect(counts.size).toBe(1);
    expect(liveMinutes(counts, NOW, 3)[2]).toEqual({
      minute: '2026-11-25T12:09:00.000Z',
      total: 6,
      byChannel: { phone: 1, web: 5 },
    });
    // A minute later the 12:09 counts are still in the 3-minute window; later not.
    expect(liveMinutes(counts, new Date('2026-11-25T12:11:00Z'), 3)[0].total).toBe(6);
    addCounts(counts, [], new Date('2026-11-25T12:12:00Z'), 3);
    expect(counts.size).toBe(0);
  });
});
