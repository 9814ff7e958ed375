import type { MetricName } from '@journey-atlas/shared/journey-rules';

/**
 * Numerator and denominator of every metric as aggregates, following the METRICS
 * catalogue of shared/journey-rules. Journey measures run over rows `jr` (journey
 * columns plus `repeated`), contact measures over rows `cr` (see metrics.sql.ts).
 * $labour is the placeholder of the labour cost per hour (LCR).
 */
export type Measure = readonly [numerator: string, denominator: string];

export function journeyMeasures(labour: string): Readonly<Partial<Record<MetricName, Measure>>> {
  return {
    fcr: [
      'count(*) FILTER (WHERE first_assisted_resolved_last)',
      'count(*) FILTER (WHERE assisted_steps > 0)',
    ],
    containment: [
      'count(*) FILTER (WHERE contained)',
      'count(*) FILTER (WHERE began_in_self_service)',
    ],
    self_service_share: ['count(*) FILTER (WHERE assisted_steps = 0)', 'count(*)'],
    // Σ handle hours x rate over resolved journeys (assisted handle only: no labour in self-service).
    lcr: [
      `COALESCE(sum(assisted_handle) FILTER (WHERE resolved), 0) * ${labour}::float8 / 3600`,
      'count(*) FILTER (WHERE resolved)',
    ],
    cost_to_serve: ['COALESCE(sum(cost), 0)', 'count(*)'],
    contacts_per_journey: ['COALESCE(sum(steps), 0)', 'count(*)'],
    repeat_contact_rate: ['count(*) FILTER (WHERE repeated)', 'count(*)'],
    channel_switch_rate: ['count(*) FILTER (WHERE channel_switches > 0)', 'count(*)'],
  };
}

export const CONTACT_MEASURES: Readonly<Partial<Record<MetricName, Measure>>> = {
  ces: ['COALESCE(sum(ces), 0)', 'count(ces)'],
  csat: ['count(*) FILTER (WHERE csat >= 4)', 'count(csat)'],
  nps: [
    'COALESCE(sum(CASE WHEN nps >= 9 THEN 1 WHEN nps <= 6 THEN -1 ELSE 0 END), 0)',
    'count(nps)',
  ],
  aht: [
    'COALESCE(sum(handle_seconds) FILTER (WHERE assisted), 0)',
    'count(handle_seconds) FILTER (WHERE assisted)',
  ],
  response_time: ['COALESCE(sum(wait_seconds), 0)', 'count(wait_seconds)'],
  // wait <= target here, wait > target for long_wait: exact complements.
  service_level: [
    'count(*) FILTER (WHERE assisted AND wait_seconds <= target)',
    'count(*) FILTER (WHERE assisted AND wait_seconds IS NOT NULL AND target IS NOT NULL)',
  ],
  transfer_rate: ["count(*) FILTER (WHERE outcome = 'transferred')", 'count(*)'],
  abandonment_rate: ["count(*) FILTER (WHERE outcome = 'abandoned')", 'count(*)'],
  // Distinct per group: never summed across groups or buckets.
  conversations_per_agent: [
    'count(*) FILTER (WHERE assisted AND agent_id IS NOT NULL)',
    'count(DISTINCT agent_id) FILTER (WHERE assisted)',
  ],
};

/** `a::float8 AS fcr_n, b::float8 AS fcr_d, ...` for the given measures. */
export function measureColumns(measures: Readonly<Partial<Record<MetricName, Measure>>>): string {
  return Object.entries(measures)
    .map(([name, measure]) => {
      const [numerator, denominator] = measure as Measure;
      return `(${numerator})::float8 AS ${name}_n, (${denominator})::float8 AS ${name}_d`;
    })
    .join(',\n       ');
}
