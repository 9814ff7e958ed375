/** API names of the metrics, exactly as DESIGN.md "Metrics" lists them. */
export const METRIC_NAMES = [
  'fcr',
  'containment',
  'self_service_share',
  'ces',
  'csat',
  'nps',
  'aht',
  'response_time',
  'service_level',
  'lcr',
  'cost_to_serve',
  'contacts_per_journey',
  'transfer_rate',
  'abandonment_rate',
  'repeat_contact_rate',
  'channel_switch_rate',
  'conversations_per_agent',
] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

/** `ratio` is a fraction (0..1, NPS -1..1); `score` is on the survey's own scale. */
export type MetricUnit = 'ratio' | 'seconds' | 'usd' | 'score' | 'count';

/** What one numerator/denominator row counts: a journey or a single contact (touchpoint). */
export type MetricGrain = 'journey' | 'contact';

export interface MetricDefinition {
  name: MetricName;
  label: string;
  /** value = numerator / denominator, in words. */
  formula: string;
  numerator: string;
  denominator: string;
  unit: MetricUnit;
  betterWhen: 'higher' | 'lower';
  grain: MetricGrain;
  /**
   * Whether numerator and denominator can be summed across rollup rows (days, groups).
   * Only conversations_per_agent is not: its denominator is a distinct count.
   */
  additive: boolean;
}

type Entry = Omit<MetricDefinition, 'name' | 'formula' | 'additive'> & { additive?: false };

const ENTRIES: Record<MetricName, Entry> = {
  fcr: {
    label: 'First contact resolution',
    numerator: 'journeys whose first assisted step is resolved and is the last step',
    denominator: 'journeys with at least one assisted step',
    unit: 'ratio',
    betterWhen: 'higher',
    grain: 'journey',
  },
  containment: {
    label: 'Containment rate',
    numerator: 'journeys that began in self-service and have no assisted step',
    denominator: 'journeys that began in self-service',
    unit: 'ratio',
    betterWhen: 'higher',
    grain: 'journey',
  },
  self_service_share: {
    label: 'Self-service share',
    numerator: 'journeys with no assisted step',
    denominator: 'journeys',
    unit: 'ratio',
    betterWhen: 'higher',
    grain: 'journey',
  },
  ces: {
    label: 'Customer effort score',
    numerator: 'sum of ces over contacts with a ces response',
    denominator: 'contacts with a ces response',
    unit: 'score',
    betterWhen: 'lower',
    grain: 'contact',
  },
  csat: {
    label: 'Customer satisfaction',
    numerator: 'contacts with csat 4 or 5',
    denominator: 'contacts with a csat response',
    unit: 'ratio',
    betterWhen: 'higher',
    grain: 'contact',
  },
  nps: {
    label: 'Net promoter score',
    numerator: 'promoters (nps 9-10) minus detractors (nps 0-6)',
    denominator: 'contacts with an nps response',
    unit: 'ratio',
    betterWhen: 'higher',
    grain: 'contact',
  },
  aht: {
    label: 'Average handle time',
    numerator: 'sum of handleSeconds over assisted contacts with a handle time',
    denominator: 'assisted contacts with a handle time',
    unit: 'seconds',
    betterWhen: 'lower',
    grain: 'contact',
  },
  response_time: {
    label: 'Response time',
    numerator: 'sum of waitSeconds over contacts with a wait',
    denominator: 'contacts with a wait',
    unit: 'seconds',
    betterWhen: 'lower',
    grain: 'contact',
  },
  service_level: {
    label: 'Service level',
    numerator: 'of the denominator, contacts with waitSeconds <= their target',
    denominator: 'assisted contacts with a wait and a service-level target',
    unit: 'ratio',
    betterWhen: 'higher',
    grain: 'contact',
  },
  lcr: {
    label: 'Labour cost to resolve',
    numerator: 'sum over resolved journeys of assisted handle hours x labour cost per hour',
    denominator: 'resolved journeys',
    unit: 'usd',
    betterWhen: 'lower',
    grain: 'journey',
  },
  cost_to_serve: {
    label: 'Cost to serve',
    numerator: 'sum of journey costs (own cost, else channel cost, per contact)',
    denominator: 'journeys',
    unit: 'usd',
    betterWhen: 'lower',
    grain: 'journey',
  },
  contacts_per_journey: {
    label: 'Contacts per journey',
    numerator: 'steps of all journeys',
    denominator: 'journeys',
    unit: 'count',
    betterWhen: 'lower',
    grain: 'journey',
  },
  transfer_rate: {
    label: 'Transfer rate',
    numerator: 'contacts with outcome transferred',
    denominator: 'contacts',
    unit: 'ratio',
    betterWhen: 'lower',
    grain: 'contact',
  },
  abandonment_rate: {
    label: 'Abandonment rate',
    numerator: 'contacts with outcome abandoned',
    denominator: 'contacts',
    unit: 'ratio',
    betterWhen: 'lower',
    grain: 'contact',
  },
  repeat_contact_rate: {
    label: 'Repeat-contact rate',
    numerator: 'journeys with at least one repeat_contact friction event',
    denominator: 'journeys',
    unit: 'ratio',
    betterWhen: 'lower',
    grain: 'journey',
  },
  channel_switch_rate: {
    label: 'Channel-switch rate',
    numerator: 'journeys with at least one channel switch',
    denominator: 'journeys',
    unit: 'ratio',
    betterWhen: 'lower',
    grain: 'journey',
  },
  conversations_per_agent: {
    label: 'Conversations per agent',
    numerator: 'assisted contacts with an agentId',
    denominator: 'distinct agentIds of those contacts',
    unit: 'count',
    betterWhen: 'higher',
    grain: 'contact',
    additive: false,
  },
};

/** The one definition of every metric, used by the API, the SQL engine and the web app. */
export const METRICS: Readonly<Record<MetricName, MetricDefinition>> = Object.fromEntries(
  METRIC_NAMES.map((name) => {
    const entry = ENTRIES[name];
    return [
      name,
      {
        ...entry,
        name,
        formula: `(${entry.numerator}) / (${entry.denominator})`,
        additive: entry.additive ?? true,
      },
    ];
  }),
) as Record<MetricName, MetricDefinition>;

export function isMetricName(value: unknown): value is MetricName {
  return typeof value === 'string' && (METRIC_NAMES as readonly string[]).includes(value);
}
