import { isAssisted } from '@journey-atlas/shared/domain';
import { serviceLevelTarget } from './access-rules';
import { touchpointsById, type FrictionEvent } from './friction';
import type { Journey } from './journeys';
import { METRIC_NAMES, type MetricName } from './metric-catalogue';
import { contactPasses, journeyPasses, type MetricFilter } from './metric-dimensions';
import type { JourneySettings } from './settings';
import type { StitchedTouchpoint } from './stitched-touchpoint';

export interface MetricResult {
  /** numerator / denominator; null when the denominator is 0. */
  value: number | null;
  numerator: number;
  denominator: number;
}

export type MetricResults = Record<MetricName, MetricResult>;

type Sums = Record<MetricName, { numerator: number; denominator: number }>;

const flag = (condition: boolean) => (condition ? 1 : 0);

function emptySums(): Sums {
  return Object.fromEntries(
    METRIC_NAMES.map((name) => [name, { numerator: 0, denominator: 0 }]),
  ) as Sums;
}

function add(sums: Sums, name: MetricName, numerator: number, denominator: number): void {
  sums[name].numerator += numerator;
  sums[name].denominator += denominator;
}

/** One journey's share of the journey-grain metrics. */
function addJourney(
  sums: Sums,
  journey: Journey,
  repeated: boolean,
  settings: JourneySettings,
): void {
  const firstAssisted = journey.steps.find((step) => step.assisted);
  const firstAssistedResolvedLast =
    firstAssisted?.outcome === 'resolved' && firstAssisted.index === journey.stepCount - 1;
  add(sums, 'fcr', flag(firstAssistedResolvedLast), flag(firstAssisted !== undefined));
  add(sums, 'containment', flag(journey.contained), flag(journey.beganInSelfService));
  add(sums, 'self_service_share', flag(journey.assistedStepCount === 0), 1);
  const labourCost = (journey.assistedHandleSeconds / 3600) * settings.labourCostPerHour;
  add(sums, 'lcr', journey.resolved ? labourCost : 0, flag(journey.resolved));
  add(sums, 'cost_to_serve', journey.costToServe, 1);
  add(sums, 'contacts_per_journey', journey.stepCount, 1);
  add(sums, 'repeat_contact_rate', flag(repeated), 1);
  add(sums, 'channel_switch_rate', flag(journey.channelSwitches > 0), 1);
}

/** One contact's share of the contact-grain metrics (conversations_per_agent aside). */
function addContact(sums: Sums, touchpoint: StitchedTouchpoint, settings: JourneySettings): void {
  const { csat, ces, nps, waitSeconds, handleSeconds, outcome } = touchpoint;
  const assisted = isAssisted(touchpoint.channel);
  if (ces !== undefined) add(sums, 'ces', ces, 1);
  if (csat !== undefined) add(sums, 'csat', flag(csat >= 4), 1);
  if (nps !== undefined) add(sums, 'nps', nps >= 9 ? 1 : nps <= 6 ? -1 : 0, 1);
  if (assisted && handleSeconds !== undefined) add(sums, 'aht', handleSeconds, 1);
  if (waitSeconds !== undefined) add(sums, 'response_time', waitSeconds, 1);
  const target = serviceLevelTarget(settings, touchpoint);
  if (assisted && waitSeconds !== undefined && target !== null) {
    add(sums, 'service_level', flag(waitSeconds <= target), 1);
  }
  add(sums, 'transfer_rate', flag(outcome === 'transferred'), 1);
  add(sums, 'abandonment_rate', flag(outcome === 'abandoned'), 1);
}

/** Metrics from journeys and contacts that already passed the filter. */
export function metricsOf(
  journeys: readonly Journey[],
  contacts: readonly StitchedTouchpoint[],
  frictionEvents: readonly FrictionEvent[],
  settings: JourneySettings,
): MetricResults {
  const sums = emptySums();
  const repeatedJourneys = new Set(
    frictionEvents
      .filter((event) => event.type === 'repeat_contact')
      .map((event) => event.journeyId),
  );
  for (const journey of journeys)
    addJourney(sums, journey, repeatedJourneys.has(journey.id), settings);
  const agents = new Set<string>();
  for (const contact of contacts) {
    addContact(sums, contact, settings);
    if (isAssisted(contact.channel) && contact.agentId !== undefined) {
      sums.conversations_per_agent.numerator += 1;
      agents.add(contact.agentId);
    }
  }
  sums.conversations_per_agent.denominator = agents.size;
  return Object.fromEntries(
    METRIC_NAMES.map((name) => {
      const { numerator, denominator } = sums[name];
      return [
        name,
        { value: denominator === 0 ? null : numerator / denominator, numerator, denominator },
      ];
    }),
  ) as MetricResults;
}

/**
 * Every metric over the journeys and contacts that pass the filter. Journeys are in the
 * period by startedAt, contacts by occurredAt; contacts are all the given touchpoints
 * (self-service ones too), each judged on its own fields.
 */
export function computeMetrics(
  journeys: readonly Journey[],
  touchpoints: readonly StitchedTouchpoint[],
  frictionEvents: readonly FrictionEvent[],
  settings: JourneySettings,
  filter: MetricFilter = {},
): MetricResults {
  const lookup = touchpointsById(touchpoints);
  return metricsOf(
    journeys.filter((journey) => journeyPasses(journey, filter, lookup, settings)),
    touchpoints.filter((touchpoint) => contactPasses(touchpoint, filter, settings)),
    frictionEvents,
    settings,
  );
}
