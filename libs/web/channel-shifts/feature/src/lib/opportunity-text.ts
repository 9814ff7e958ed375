import type {
  ChannelShiftAssumptionsDto,
  ChannelShiftOpportunityDto,
} from '@journey-atlas/shared/domain';
import { formatCount, formatPeriod, formatShare, formatUsd } from './shift-format';

/** The projection of one opportunity in words, and the assumptions behind it as pairs. */
export function opportunityText(o: ChannelShiftOpportunityDto): {
  savings: string;
  summary: string;
  assumptions: { label: string; value: string }[];
} {
  const a = o.assumptions;
  const capped = a.rateUsed < o.containmentRate;
  return {
    savings: `${formatUsd(o.projectedMonthlySavings)} / month`,
    summary:
      `${formatCount(o.shiftableJourneysPerMonth)} of ${formatCount(o.assistedJourneysPerMonth)} ` +
      `assisted journeys a month could move to self-service, which already contains ` +
      `${formatShare(o.containmentRate)} of this intent's self-service journeys.`,
    assumptions: [
      {
        label: 'Share assumed to move',
        value: capped
          ? `${formatShare(a.rateUsed)} (the cap; containment is ${formatShare(o.containmentRate)})`
          : `${formatShare(a.rateUsed)} (the containment rate, under the ${formatShare(a.cap)} cap)`,
      },
      {
        label: 'Saving per moved journey',
        value: `${formatUsd(a.meanAssistedCost)} assisted − ${formatUsd(a.meanSelfServiceCost)} self-service`,
      },
      {
        label: 'Measured over',
        value: `${formatCount(a.periodDays)} days, scaled to 30-day months`,
      },
      {
        label: 'Evidence',
        value: `${formatCount(o.containedJourneys)} of ${formatCount(o.selfServiceJourneys)} self-service journeys contained; ${formatCount(o.assistedJourneys)} began assisted`,
      },
      { label: 'Customers compared', value: a.comparableCustomers },
    ],
  };
}

/** The screen-wide assumptions as label/value pairs. */
export function assumptionFacts(a: ChannelShiftAssumptionsDto): { label: string; value: string }[] {
  return [
    {
      label: 'Cap on assisted demand that moves',
      value: `${formatShare(a.cap)} (Gartner: ${formatShare(a.capRange[0])}–${formatShare(a.capRange[1])} is redistributable)`,
    },
    { label: 'Containment an intent needs', value: `at least ${formatShare(a.minContainment)}` },
    {
      label: 'Self-service journeys needed to trust it',
      value: `at least ${formatCount(a.minJourneys)}`,
    },
    { label: 'Period', value: formatPeriod(a.periodFrom, a.periodTo, a.periodDays) },
    { label: 'Customers compared', value: a.comparableCustomers },
  ];
}
