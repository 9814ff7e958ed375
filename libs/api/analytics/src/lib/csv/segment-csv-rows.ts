import type { SegmentCompareDto, SignificanceDto } from '@journey-atlas/shared/domain';

const tested = (s: SignificanceDto) => ({
  test: s.test,
  statistic: s.statistic,
  pValue: s.pValue,
  significant: s.significant,
  smallSample: s.smallSample,
});

/**
 * The CSV rows of segment compare: one per metric, path and transition, each with A, B,
 * the difference and its test. For paths and transitions `a` / `b` are shares and
 * `a n` / `b n` counts; for metrics values and denominators.
 */
export const segmentCompareRows = (body: SegmentCompareDto) => [
  ...body.metrics.map((metric) => ({
    section: 'metric',
    item: metric.name,
    unit: metric.unit,
    a: metric.a.value,
    'a n': metric.a.denominator,
    b: metric.b.value,
    'b n': metric.b.denominator,
    difference: metric.difference,
    ...tested(metric.significance),
  })),
  ...body.paths.map((path) => ({
    section: 'path',
    item: path.path,
    unit: 'share of journeys',
    a: path.a.share,
    'a n': path.a.count,
    b: path.b.share,
    'b n': path.b.count,
    difference: path.difference,
    ...tested(path.significance),
  })),
  ...body.transitions.map((transition) => ({
    section: 'transition',
    item: [transition.source, transition.target],
    unit: 'share of transitions',
    a: transition.a.share,
    'a n': transition.a.count,
    b: transition.b.share,
    'b n': transition.b.count,
    difference: transition.difference,
    ...tested(transition.significance),
  })),
];
