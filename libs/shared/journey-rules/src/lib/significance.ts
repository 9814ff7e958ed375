/**
 * Significance tests for comparing two groups (segment compare): a two-proportion z-test
 * for rates (pooled standard error) and Welch's t-test for means (unequal variances,
 * Welch–Satterthwaite degrees of freedom). Both two-sided. Pure functions, no I/O.
 */

/** The default significance level: a difference with p < 0.05 counts as real. */
export const SIGNIFICANCE_ALPHA = 0.05;

export type SignificanceTest = 'two_proportion_z' | 'welch_t';

export interface SignificanceResult {
  test: SignificanceTest;
  /** z or t; null when it is infinite (two different groups without any spread). */
  statistic: number | null;
  /** Welch–Satterthwaite degrees of freedom for t; null for z. */
  degreesOfFreedom: number | null;
  /** Two-sided p-value. */
  pValue: number;
  significant: boolean;
  /**
   * The p-value is only a rough approximation: a z-test with fewer than 5 events or
   * non-events on a side, or a t-test with fewer than 30 observations on a side.
   */
  smallSample: boolean;
}

/** Below these counts the normal / t approximations are rough (common textbook rules). */
export const MIN_PROPORTION_COUNT = 5;
export const MIN_MEAN_SAMPLE = 30;

/** n observations with their sum and sum of squares (enough for a mean and a variance). */
export interface SampleMoments {
  n: number;
  sum: number;
  sumSquares: number;
}

/** Standard normal CDF, via erfc. */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  return 0.5 * erfc(-z / Math.SQRT2);
}

/**
 * Complementary error function: the Taylor series of erf below 2, the Laplace continued
 * fraction above (so tail p-values keep their relative precision).
 */
export function erfc(x: number): number {
  if (x < 0) return 2 - erfc(-x);
  if (x < 2) return 1 - erfSeries(x);
  return erfcContinuedFraction(x);
}

// erf(x) = 2/sqrt(pi) * sum_n (-1)^n x^(2n+1) / (n! (2n+1)); converges well for x < 2.
function erfSeries(x: number): number {
  let term = x;
  let sum = x;
  const x2 = x * x;
  for (let n = 1; n < 200; n++) {
    term *= -x2 / n;
    const add = term / (2 * n + 1);
    sum += add;
    if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
  }
  return (2 / Math.sqrt(Math.PI)) * sum;
}

// erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + 1/2/(x + 1/(x + 3/2/(x + ...)))), Lentz's method.
function erfcContinuedFraction(x: number): number {
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 500; n++) {
    const a = n / 2;
    d = x + a * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = x + a / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}

/** ln Γ(x) for x > 0 (Lanczos, g = 7, 9 coefficients; ~15 significant digits). */
export function lnGamma(x: number): number {
  const g = 7;
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const y = x - 1;
  let a = c[0];
  const t = y + g + 0.5;
  for (let i = 1; i < g + 2; i++) a += c[i] / (y + i);
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Regularised incomplete beta I_x(a, b) (continued fraction, Numerical Recipes `betai`). */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(
    lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(1 - x),
  );
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  d = Math.abs(d) < tiny ? tiny : d;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 1000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = 1 + aa / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = 1 + aa / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
}

/** Two-sided p-value of Student's t with `df` degrees of freedom. */
export function studentTTwoSidedP(t: number, df: number): number {
  if (!Number.isFinite(t)) return 0;
  return regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
}

/** Two-sided p-value of a standard normal z. */
export function normalTwoSidedP(z: number): number {
  return erfc(Math.abs(z) / Math.SQRT2);
}

/**
 * Two-proportion z-test of x1/n1 against x2/n2 with the pooled proportion. Null when
 * either group has no observations. Equal proportions (also 0/n vs 0/m) give z = 0, p = 1.
 */
export function twoProportionZTest(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  alpha = SIGNIFICANCE_ALPHA,
): SignificanceResult | null {
  if (!(n1 > 0 && n2 > 0)) return null;
  const smallSample = Math.min(x1, n1 - x1, x2, n2 - x2) < MIN_PROPORTION_COUNT;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (!(se > 0)) return equalOrInfinite('two_proportion_z', p1 - p2, null, alpha, smallSample);
  const z = (p1 - p2) / se;
  const pValue = normalTwoSidedP(z);
  return {
    test: 'two_proportion_z',
    statistic: z,
    degreesOfFreedom: null,
    pValue,
    significant: pValue < alpha,
    smallSample,
  };
}

/** Mean and unbiased sample variance; variance null with fewer than 2 observations. */
export function meanAndVariance(m: SampleMoments): {
  mean: number | null;
  variance: number | null;
} {
  if (m.n <= 0) return { mean: null, variance: null };
  const mean = m.sum / m.n;
  if (m.n < 2) return { mean, variance: null };
  // Clamp float noise: sumSquares - n*mean^2 can come out a hair below 0.
  const variance = Math.max(0, (m.sumSquares - m.n * mean * mean) / (m.n - 1));
  return { mean, variance };
}

/**
 * Welch's t-test of the means of two samples given as moments. Null when either sample
 * has fewer than 2 observations (no variance).
 */
export function welchTTest(
  a: SampleMoments,
  b: SampleMoments,
  alpha = SIGNIFICANCE_ALPHA,
): SignificanceResult | null {
  const ma = meanAndVariance(a);
  const mb = meanAndVariance(b);
  if (ma.mean === null || mb.mean === null || ma.variance === null || mb.variance === null) {
    return null;
  }
  const smallSample = Math.min(a.n, b.n) < MIN_MEAN_SAMPLE;
  const va = ma.variance / a.n;
  const vb = mb.variance / b.n;
  const se = Math.sqrt(va + vb);
  const difference = ma.mean - mb.mean;
  // Relative guard: variances from sums of squares carry float noise around 0.
  if (!(se > 1e-12 * Math.max(1, Math.abs(ma.mean), Math.abs(mb.mean)))) {
    return equalOrInfinite('welch_t', difference, null, alpha, smallSample);
  }
  const t = difference / se;
  const df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
  const pValue = studentTTwoSidedP(t, df);
  return {
    test: 'welch_t',
    statistic: t,
    degreesOfFreedom: df,
    pValue,
    significant: pValue < alpha,
    smallSample,
  };
}

/** No spread at all: equal values are no difference, different ones are certain. */
function equalOrInfinite(
  test: SignificanceTest,
  difference: number,
  degreesOfFreedom: number | null,
  alpha: number,
  smallSample: boolean,
): SignificanceResult {
  if (Math.abs(difference) < 1e-12) {
    return { test, statistic: 0, degreesOfFreedom, pValue: 1, significant: false, smallSample };
  }
  return {
    test,
    statistic: null,
    degreesOfFreedom,
    pValue: 0,
    significant: 0 < alpha,
    smallSample,
  };
}
