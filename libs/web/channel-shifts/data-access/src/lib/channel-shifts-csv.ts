import type { ChannelShiftLeakDto, ChannelShiftOpportunityDto } from '@journey-atlas/shared/domain';

/** One CSV field: quoted when it holds a comma, quote or line break; formulas defused. */
function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(header: string[], rows: (string | number | null)[][]): string {
  return (
    [header, ...rows.map((row) => row.map(csvField))].map((r) => r.join(',')).join('\r\n') + '\r\n'
  );
}

/** Leaks by intent and channel pair, raw numbers (RFC 4180, CRLF). */
export function leaksCsv(leaks: readonly ChannelShiftLeakDto[]): string {
  return csv(
    [
      'intent',
      'from_channel',
      'to_channel',
      'journeys',
      'share',
      'baseline_share',
      'excess_journeys',
      'assisted_cost_usd',
      'resolved_by_assisted_rate',
    ],
    leaks.map((l) => [
      l.intent,
      l.fromChannel,
      l.toChannel,
      l.journeys,
      l.share,
      l.baselineShare,
      l.excessJourneys,
      l.assistedCost,
      l.resolvedByAssistedRate,
    ]),
  );
}

/** Opportunities with the assumptions behind each projection. */
export function opportunitiesCsv(opportunities: readonly ChannelShiftOpportunityDto[]): string {
  return csv(
    [
      'intent',
      'projected_monthly_savings_usd',
      'shiftable_journeys_per_month',
      'assisted_journeys_per_month',
      'containment_rate',
      'rate_used',
      'cap',
      'mean_assisted_cost_usd',
      'mean_self_service_cost_usd',
      'period_days',
      'self_service_journeys',
      'contained_journeys',
      'assisted_journeys',
      'comparable_customers',
    ],
    opportunities.map((o) => [
      o.intent,
      o.projectedMonthlySavings,
      o.shiftableJourneysPerMonth,
      o.assistedJourneysPerMonth,
      o.containmentRate,
      o.assumptions.rateUsed,
      o.assumptions.cap,
      o.assumptions.meanAssistedCost,
      o.assumptions.meanSelfServiceCost,
      o.assumptions.periodDays,
      o.selfServiceJourneys,
      o.containedJourneys,
      o.assistedJourneys,
      o.assumptions.comparableCustomers,
    ]),
  );
}
