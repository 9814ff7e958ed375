import type {
  MetricFractionDto,
  SegmentMetricComparisonDto,
  SegmentShareDto,
  SignificanceDto,
} from '@journey-atlas/shared/domain';
import {
  METRICS,
  type MetricName,
  type SignificanceResult,
  meanAndVariance,
  twoProportionZTest,
  welchTTest,
} from '@journey-atlas/shared/journey-rules';

/**
 * How each metric is tested. Rates count events among a denominator (z-test); means
 * average one value per journey or contact (Welch). NPS is the mean of +1 / 0 / -1 per
 * response. conversations_per_agent divides by distinct agents: neither, not tested.
 */
export const METRIC_TEST_KIND: Readonly<Record<MetricName, SegmentMetricComparisonDto['kind']>> = {
  fcr: 'rate',
  containment: 'rate',
  self_service_share: 'rate',
  ces: 'mean',
  csat: 'rate',
  nps: 'mean',
  aht: 'mean',
  response_time: 'mean',
  service_level: 'rate',
  lcr: 'mean',
  cost_to_serve: 'mean',
  contacts_per_journey: 'mean',
  transfer_rate: 'rate',
  abandonment_rate: 'rate',
  repeat_contact_rate: 'rate',
  channel_switch_rate: 'rate',
  conversations_per_agent: 'other',
};

const NOT_TESTED = (reason: string): SignificanceDto => ({
  test: null,
  statistic: null,
  degreesOfFreedom: null,
  pValue: null,
  significant: false,
  smallSample: false,
  reason,
});

function dto(result: SignificanceResult | null, reason: string): SignificanceDto {
  if (result === null) return NOT_TESTED(reason);
  return { ...result, reason: null };
}

/** A side of one metric: its fraction and, for means, the sum of squares of its values. */
export interface MetricSample extends MetricFractionDto {
  sumSquares: number | null;
}

/** The difference of one metric between A and B with its test. */
export function compareMetric(
  name: MetricName,
  a: MetricSample,
  b: MetricSample,
  alpha: number,
): SegmentMetricComparisonDto {
  const definition = METRICS[name];
  const kind = METRIC_TEST_KIND[name];
  const side = (sample: MetricSample) => ({
    value: sample.value,
    numerator: sample.numerator,
    denominator: sample.denominator,
    standardDeviation:
      kind === 'mean' && sample.sumSquares !== null
        ? sqrtOrNull(
            meanAndVariance({
              n: sample.denominator,
              sum: sample.numerator,
              sumSquares: sample.sumSquares,
            }).variance,
          )
        : null,
  });
  const difference = a.value === null || b.value === null ? null : a.value - b.value;
  return {
    name,
    label: definition.label,
    unit: definition.unit,
    betterWhen: definition.betterWhen,
    kind,
    a: side(a),
    b: side(b),
    difference,
    aBetter:
      difference === null || Math.abs(difference) < 1e-12
        ? null
        : difference > 0 === (definition.betterWhen === 'higher'),
    significance: metricSignificance(kind, a, b, alpha),
  };
}

function metricSignificance(
  kind: SegmentMetricComparisonDto['kind'],
  a: MetricSample,
  b: MetricSample,
  alpha: number,
): SignificanceDto {
  if (kind === 'rate') {
    return dto(
      twoProportionZTest(a.numerator, a.denominator, b.numerator, b.denominator, alpha),
      'a side has no observations',
    );
  }
  if (kind === 'mean' && a.sumSquares !== null && b.sumSquares !== null) {
    return dto(
      welchTTest(
        { n: a.denominator, sum: a.numerator, sumSquares: a.sumSquares },
        { n: b.denominator, sum: b.numerator, sumSquares: b.sumSquares },
        alpha,
      ),
      'a side has fewer than 2 observations',
    );
  }
  return NOT_TESTED('a ratio over distinct agents is neither a rate nor a mean: not tested');
}

/** Two shares (count / total on each side) with a two-proportion z-test. */
export function compareShares(
  a: { count: number; total: number },
  b: { count: number; total: number },
  alpha: number,
): {
  a: SegmentShareDto;
  b: SegmentShareDto;
  difference: number | null;
  significance: SignificanceDto;
} {
  const share = (s: { count: number; total: number }) => (s.total > 0 ? s.count / s.total : null);
  const shareA = share(a);
  const shareB = share(b);
  return {
    a: { count: a.count, share: shareA },
    b: { count: b.count, share: shareB },
    difference: shareA === null || shareB === null ? null : shareA - shareB,
    significance: dto(
      twoProportionZTest(a.count, a.total, b.count, b.total, alpha),
      'a side has no journeys',
    ),
  };
}

function sqrtOrNull(variance: number | null): number | null {
  return variance === null ? null : Math.sqrt(variance);
}
