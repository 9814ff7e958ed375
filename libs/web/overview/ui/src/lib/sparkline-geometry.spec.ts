import { sparklineGeometry } from './sparkline-geometry';

describe(sparklineGeometry.name, () => {
  it('spreads periods across the width and puts the highest value at the top', () => {
    const geometry = sparklineGeometry([1, 3, 2], 104, 24, 2);
    expect(geometry.points).toEqual([
      { x: 2, y: 22 },
      { x: 52, y: 2 },
      { x: 102, y: 12 },
    ]);
    expect(geometry.path).toBe('M2,22L52,2L102,12');
    expect(geometry.last).toEqual({ x: 102, y: 12 });
  });

  it('breaks the line where a period has no value', () => {
    const geometry = sparklineGeometry([1, null, 2, 3], 64, 20, 2);
    expect(geometry.path).toBe('M2,18ZM42,10L62,2');
    expect(geometry.points).toHaveLength(3);
  });

  it('draws a flat series through the middle and a single point as a dot', () => {
    expect(sparklineGeometry([5, 5], 100, 20, 0).path).toBe('M0,10L100,10');
    const single = sparklineGeometry([0.4], 100, 20, 0);
    expect(single.last).toEqual({ x: 0, y: 10 });
  });

  it('has nothing to draw without values', () => {
    expect(sparklineGeometry([], 100, 20)).toEqual({ path: '', last: null, points: [] });
    expect(sparklineGeometry([null, null], 100, 20).path).toBe('');
  });
});
