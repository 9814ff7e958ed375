import { Random } from './random';

describe(Random.name, () => {
  const draw = (rng: Random, n: number): number[] => Array.from({ length: n }, () => rng.next());

  it('repeats the same sequence for the same keys and differs for other keys', () => {
    expect(draw(new Random(42, 7), 50)).toEqual(draw(new Random(42, 7), 50));
    expect(draw(new Random(42, 7), 50)).not.toEqual(draw(new Random(42, 8), 50));
    expect(draw(new Random(43, 7), 50)).not.toEqual(draw(new Random(42, 7), 50));
  });

  it('keeps values in range and roughly uniform', () => {
    const rng = new Random(1);
    const values = draw(rng, 20_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean).toBeCloseTo(0.5, 1);
    for (let i = 0; i < 1000; i++) {
      const value = rng.int(3, 5);
      expect([3, 4, 5]).toContain(value);
    }
  });

  it('picks weighted keys in proportion to their weights', () => {
    const rng = new Random(9);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 30_000; i++) counts[rng.weighted({ a: 1, b: 2, c: 7 })]++;
    expect(counts.a / 30_000).toBeCloseTo(0.1, 1);
    expect(counts.c / 30_000).toBeCloseTo(0.7, 1);
  });

  it('draws log-normals around their median and Poisson counts around their mean', () => {
    const rng = new Random(3);
    const samples = Array.from({ length: 10_001 }, () => rng.logNormal(100, 0.7)).sort(
      (a, b) => a - b,
    );
    expect(samples[5000]).toBeGreaterThan(90);
    expect(samples[5000]).toBeLessThan(110);
    const poisson = Array.from({ length: 10_000 }, () => rng.poisson(1.5));
    expect(poisson.reduce((sum, value) => sum + value, 0) / poisson.length).toBeCloseTo(1.5, 1);
  });
});
