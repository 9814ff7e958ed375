import { line, scaleLinear } from 'd3';

export interface SparklinePoint {
  x: number;
  y: number;
}

export interface SparklineGeometry {
  /** SVG path data; periods without a value break the line. Empty when nothing to draw. */
  path: string;
  /** The last period with a value, marked with a dot. */
  last: SparklinePoint | null;
  /** Points with a value, in order. */
  points: SparklinePoint[];
}

/**
 * A sparkline's geometry for values in period order, inside `width` x `height` with `pad`
 * pixels kept free around it. A flat series is drawn through the middle.
 */
export function sparklineGeometry(
  values: readonly (number | null)[],
  width: number,
  height: number,
  pad = 2,
): SparklineGeometry {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (known.length === 0) return { path: '', last: null, points: [] };
  const min = Math.min(...known);
  const max = Math.max(...known);
  const x = scaleLinear()
    .domain([0, Math.max(values.length - 1, 1)])
    .range([pad, width - pad]);
  const y = scaleLinear()
    .domain(min === max ? [min - 1, max + 1] : [min, max])
    .range([height - pad, pad]);
  const points: SparklinePoint[] = [];
  const placed = values.map((value, index) => {
    if (value === null || !Number.isFinite(value)) return null;
    const point = { x: round(x(index)), y: round(y(value)) };
    points.push(point);
    return point;
  });
  const draw = line<SparklinePoint | null>()
    .defined((p) => p !== null)
    .x((p) => (p as SparklinePoint).x)
    .y((p) => (p as SparklinePoint).y);
  return { path: draw(placed) ?? '', last: points[points.length - 1] ?? null, points };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
