import { liveStripBars } from './live-strip-geometry';

const utc = (iso: string) => iso.slice(11, 16);

describe(liveStripBars.name, () => {
  it('puts one bar per minute left to right, heights against the busiest minute', () => {
    const bars = liveStripBars(
      [
        { minute: '2026-11-25T12:00:00.000Z', total: 0 },
        { minute: '2026-11-25T12:01:00.000Z', total: 5 },
        { minute: '2026-11-25T12:02:00.000Z', total: 10 },
      ],
      100,
      40,
      utc,
    );
    expect(bars.map((b) => b.label)).toEqual(['12:00', '12:01', '12:02']);
    expect(bars.map((b) => b.height)).toEqual([0, 20, 40]);
    expect(bars.map((b) => b.y)).toEqual([40, 20, 0]);
    expect(bars[0].x).toBe(0);
    expect(bars[1].x).toBeGreaterThan(bars[0].x + bars[0].width);
    expect(bars[2].x + bars[2].width).toBeCloseTo(100, 1);
  });

  it('keeps a quiet window flat and draws nothing without minutes', () => {
    const quiet = liveStripBars([{ minute: '2026-11-25T12:00:00.000Z', total: 0 }], 50, 20, utc);
    expect(quiet[0]).toMatchObject({ height: 0, y: 20 });
    expect(liveStripBars([], 50, 20, utc)).toEqual([]);
  });
});
