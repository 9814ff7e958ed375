/**
 * Segment compare (`GET /api/v1/segments/compare`): two groups of journeys, A and B, each
 * defined by the common analytics filters (prefixed `a.` / `b.`, unprefixed ones apply to
 * both), side by side with a significance test on every difference. Shared with the web app.
 */
import type { AnalyticsFilterDto, MetricFractionDto, PathDto } from './analytics';

/** The two sides of a comparison and the prefix of their query parameters. */
export const SEGMENT_SIDES = ['a', 'b'] as const;
export type SegmentSide = (typeof SEGMENT_SIDES)[number];

/** How a difference was tested: rates by a two-proportion z-test, means by Welch's t-test. */
export type SignificanceTestName = 'two_proportion_z' | 'welch_t';

export interface SignificanceDto {
  /** null: not testable (see `reason`). */
  test: SignificanceTestName | null;
  /** z or t (A minus B); null when not testable or infinite (no spread at all). */
  statistic: number | null;
  /** Welch–Satterthwaite degrees of freedom (t only). */
  degreesOfFreedom: number | null;
  /** Two-sided p-value. */
  pValue: number | null;
  /** pValue < alpha. */
  significant: boolean;
  /**
   * The p-value is rough: a z-test with fewer than 5 events or non-events on a side, or a
   * t-test with fewer than 30 observations on a side. Read such a gap with care.
   */
  smallSample: boolean;
  /** Why there is no test (too few observations, a metric that is not a mean or a rate). */
  reason: string | null;
}

/** One metric's value on a side; for means also the sample standard deviation. */
export interface SegmentMetricValueDto extends MetricFractionDto {
  /** Sample standard deviation of the averaged values (means only; null for rates). */
  standardDeviation: number | null;
}

export interface SegmentMetricComparisonDto {
  name: string;
  label: string;
  unit: string;
  betterWhen: 'higher' | 'lower';
  /** `rate` (a share: z-test), `mean` (an average: Welch t-test), `other` (not tested). */
  kind: 'rate' | 'mean' | 'other';
  a: SegmentMetricValueDto;
  b: SegmentMetricValueDto;
  /** a.value - b.value; null when either is null. */
  difference: number | null;
  /** Whether A is the better side; null when equal or unknown. */
  aBetter: boolean | null;
  significance: SignificanceDto;
}

/** A share (of journeys for paths, of transitions for transitions) on both sides. */
export interface SegmentShareDto {
  count: number;
  share: number | null;
}

export interface SegmentPathComparisonDto {
  path: string[];
  a: SegmentShareDto;
  b: SegmentShareDto;
  difference: number | null;
  significance: SignificanceDto;
}

/** "channel A directly followed by channel B" inside a journey, as a share of all transitions. */
export interface SegmentTransitionComparisonDto {
  source: string;
  target: string;
  a: SegmentShareDto;
  b: SegmentShareDto;
  difference: number | null;
  significance: SignificanceDto;
}

export interface SegmentSideDto {
  /** The filters of this side as the server understood them. */
  filter: AnalyticsFilterDto;
  /** Journeys (by first step) of this side; the `journeys` of /metrics for its filters. */
  journeys: number;
  /** Step-to-step transitions of those journeys (the denominator of transition shares). */
  transitions: number;
  /** This side's most common full paths (as /paths answers them). */
  topPaths: PathDto[];
}

export interface SegmentCompareDto {
  /** Significance level of every test. */
  alpha: number;
  a: SegmentSideDto;
  b: SegmentSideDto;
  metrics: SegmentMetricComparisonDto[];
  /** The union of both sides' top paths, with exact counts on each side. */
  paths: SegmentPathComparisonDto[];
  /** Every channel transition seen on either side, by the larger share first. */
  transitions: SegmentTransitionComparisonDto[];
}
