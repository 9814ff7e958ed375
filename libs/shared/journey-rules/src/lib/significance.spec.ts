import {
  SIGNIFICANCE_ALPHA,
  type SampleMoments,
  erfc,
  lnGamma,
  meanAndVariance,
  normalCdf,
  normalTwoSidedP,
  regularizedIncompleteBeta,
  studentTTwoSidedP,
  twoProportionZTest,
  welchTTest,
} from './significance';

function moments(values: readonly number[]): SampleMoments {
  return {
    n: values.length,
    sum: values.reduce((s, v) => s + v, 0),
    sumSquares: values.reduce((s, v) => s + v * v, 0),
  };
}

describe('normal distribution', () => {
  it('matches the standard normal table', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 12);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 10);
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145707, 10);
    expect(1 - normalCdf(3)).toBeCloseTo(0.0013498980316300933, 10);
    expect(normalTwoSidedP(2.5758293035489)).toBeCloseTo(0.01, 8);
  });

  it('keeps relative precision in the far tail', () => {
    // erfc(5) = 1.5374597944280349e-12
    expect(erfc(5) / 1.5374597944280349e-12).toBeCloseTo(1, 8);
    expect(erfc(-1)).toBeCloseTo(1.8427007929497148, 12);
  });
});

describe('Student t distribution', () => {
  it('matches the t table', () => {
    // t(10) two-sided 5% critical value 2.228; t(3) at 2.0 -> p = 0.1393
    expect(studentTTwoSidedP(2.228, 10)).toBeCloseTo(0.05001177, 6);
    expect(studentTTwoSidedP(2.0, 3)).toBeCloseTo(0.13932597, 6);
    expect(studentTTwoSidedP(0, 7)).toBeCloseTo(1, 12);
  });

  it('builds on a correct ln Γ and incomplete beta', () => {
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    // I_x(1, 1) = x; I_0.5(a, a) = 0.5
    expect(regularizedIncompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(regularizedIncompleteBeta(0.5, 4.5, 4.5)).toBeCloseTo(0.5, 12);
  });
});

describe(twoProportionZTest.name, () => {
  it('gives the textbook z and p for 60/100 vs 50/100', () => {
    // pooled p = 0.55, SE = sqrt(0.55 * 0.45 * (1/100 + 1/100)) = 0.070356
    const result = twoProportionZTest(60, 100, 50, 100);
    expect(result).not.toBeNull();
    expect(result?.test).toBe('two_proportion_z');
    expect(result?.statistic).toBeCloseTo(1.4213381, 6);
    expect(result?.pValue).toBeCloseTo(0.1552185, 6);
    expect(result?.significant).toBe(false);
  });

  it('finds a large gap significant, with the sign of a - b', () => {
    const result = twoProportionZTest(41, 195, 351, 605);
    expect(result?.statistic).toBeCloseTo(-8.985901, 5);
    expect(result?.pValue).toBeLessThan(1e-15);
    expect(result?.significant).toBe(true);
  });

  it('treats identical groups and groups without any event as equal', () => {
    expect(twoProportionZTest(30, 100, 30, 100)).toMatchObject({
      statistic: 0,
      pValue: 1,
      significant: false,
    });
    expect(twoProportionZTest(0, 50, 0, 80)).toMatchObject({
      statistic: 0,
      pValue: 1,
      significant: false,
    });
    // 50/50 vs 0/80: pooled 50/130, z = 1 / sqrt(p(1-p)(1/50 + 1/80)) = 11.40
    expect(twoProportionZTest(50, 50, 0, 80)?.statistic).toBeCloseTo(11.4017543, 6);
  });

  it('flags fewer than 5 events or non-events on a side as a small sample', () => {
    expect(twoProportionZTest(60, 100, 50, 100)?.smallSample).toBe(false);
    expect(twoProportionZTest(4, 100, 50, 100)?.smallSample).toBe(true);
    expect(twoProportionZTest(60, 100, 97, 100)?.smallSample).toBe(true);
  });

  it('has no test without observations', () => {
    expect(twoProportionZTest(0, 0, 3, 10)).toBeNull();
  });

  it('uses the 5% level by default and accepts another', () => {
    expect(SIGNIFICANCE_ALPHA).toBe(0.05);
    expect(twoProportionZTest(60, 100, 50, 100, 0.2)?.significant).toBe(true);
  });
});

describe(welchTTest.name, () => {
  it("reproduces Wikipedia's Welch example 1 (t = -2.46, df = 25.0, p = 0.021)", () => {
    const a = [
      27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4,
    ];
    const b = [
      27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4,
    ];
    const result = welchTTest(moments(a), moments(b));
    // scipy.stats.ttest_ind(a, b, equal_var=False)
    expect(result?.test).toBe('welch_t');
    expect(result?.statistic).toBeCloseTo(-2.455356398, 6);
    expect(result?.degreesOfFreedom).toBeCloseTo(24.98852929, 5);
    expect(result?.pValue).toBeCloseTo(0.021378001, 6);
    expect(result?.significant).toBe(true);
    // 15 per sample: below the usual 30 for a t-test on possibly skewed data.
    expect(result?.smallSample).toBe(true);
  });

  it('is not significant for the same sample, and undefined below two observations', () => {
    const a = moments([3, 4, 5, 4, 2]);
    expect(welchTTest(a, a)).toMatchObject({ statistic: 0, pValue: 1, significant: false });
    expect(welchTTest(moments([1]), a)).toBeNull();
    expect(welchTTest(moments([5, 5, 5]), moments([5, 5]))).toMatchObject({ pValue: 1 });
    expect(welchTTest(moments([5, 5, 5]), moments([4, 4]))).toMatchObject({
      statistic: null,
      significant: true,
    });
  });

  it('computes the unbiased variance from moments', () => {
    expect(meanAndVariance(moments([2, 4, 4, 4, 5, 5, 7, 9]))).toEqual({
      mean: 5,
      variance: 32 / 7,
    });
    expect(meanAndVariance(moments([]))).toEqual({ mean: null, variance: null });
  });
});
