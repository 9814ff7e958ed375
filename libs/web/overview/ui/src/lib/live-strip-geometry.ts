import { scaleBand, scaleLinear } from 'd3';

export interface LiveStripBar {
  /** Minute start, ISO. */
  minute: string;
  /** "12:05" in the viewer's clock. */
  label: string;
  total: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * One bar per minute, oldest left, heights against the busiest minute (at least 1, so a
 * quiet window stays flat); zero minutes get no height.
 */
export function liveStripBars(
  minutes: readonly { minute: string; total: number }[],
  width: number,
  height: number,
  formatMinute: (iso: string) => string = clock,
): LiveStripBar[] {
  const x = scaleBand<string>()
    .domain(minutes.map((m) => m.minute))
    .range([0, width])
    .paddingInner(0.2);
  const max = Math.max(1, ...minutes.map((m) => m.total));
  const y = scaleLinear().domain([0, max]).range([0, height]);
  return minutes.map(({ minute, total }) => {
    const barHeight = round(y(total));
    return {
      minute,
      label: formatMinute(minute),
      total,
      x: round(x(minute) ?? 0),
      y: round(height - barHeight),
      width: round(x.bandwidth()),
      height: barHeight,
    };
  });
}

/** HH:MM of an instant in the viewer's time zone. */
export function clock(iso: string): string {
  const date = new Date(iso);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
