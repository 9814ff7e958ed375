/**
 * Request and response shapes of the analytics API (`/api/v1/metrics`, `/journey-map`,
 * `/paths`, `/friction`, `/customers/:id/...`, `/journeys`), shared with the web app.
 * Metric and friction names are plain strings here: their catalogues live in
 * shared/journey-rules, which depends on this library.
 */

/** Query parameters every analytics route accepts. */
export const ANALYTICS_FILTER_NAMES = [
  'from',
  'to',
  'intent',
  'channel',
  'team',
  'agent',
  'workspace',
] as const;
export type AnalyticsFilterName = (typeof ANALYTICS_FILTER_NAMES)[number];

/** `segment.<attr>`: the built-in attributes; any other (safe) key is a custom attribute. */
export const SEGMENT_FILTER_PREFIX = 'segment.';
export const BUILT_IN_SEGMENT_ATTRIBUTES = ['region', 'tier', 'valueBand', 'specialNeeds'] as const;
/** Custom attribute keys must look like this (they are passed as SQL parameters anyway). */
export const CUSTOM_SEGMENT_ATTRIBUTE_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,62}$/;

export const METRIC_GROUP_DIMENSIONS = ['channel', 'intent', 'team', 'agent'] as const;
export const METRIC_PERIODS = ['day', 'week', 'month'] as const;
export type MetricPeriod = (typeof METRIC_PERIODS)[number];

/** The filters as the server understood them (echoed in answers). */
export interface AnalyticsFilterDto {
  workspace: string;
  from: string | null;
  to: string | null;
  intent: string | null;
  channel: string | null;
  team: string | null;
  agent: string | null;
  /** attribute -> accepted values (several values of one attribute: any of them). */
  segment: Record<string, string[]>;
}

export interface MetricCatalogEntryDto {
  name: string;
  label: string;
  formula: string;
  numerator: string;
  denominator: string;
  unit: string;
  betterWhen: 'higher' | 'lower';
  grain: 'journey' | 'contact';
}

/** numerator / denominator; value null when the denominator is 0. */
export interface MetricFractionDto {
  value: number | null;
  numerator: number;
  denominator: number;
}

export type TrendDirection = 'up' | 'down' | 'flat';

export interface MetricValueDto extends MetricFractionDto {
  /** The same-length window right before [from, to); null without both bounds. */
  previous: MetricFractionDto | null;
  /** value - previous.value; null when either is null. */
  change: number | null;
  direction: TrendDirection | null;
  /** Whether the change goes the metric's better way; null when flat or unknown. */
  improved: boolean | null;
}

export interface MetricGroupValueDto extends MetricValueDto {
  group: string | null;
}

export interface MetricSeriesPointDto extends MetricFractionDto {
  /** Start of the bucket (workspace time zone), ISO date. */
  start: string;
}

export interface MetricReportDto extends MetricValueDto {
  name: string;
  label: string;
  unit: string;
  betterWhen: 'higher' | 'lower';
  groups?: MetricGroupValueDto[];
  series?: MetricSeriesPointDto[];
}

export interface MetricsResponseDto {
  filter: AnalyticsFilterDto;
  previousFrom: string | null;
  previousTo: string | null;
  groupBy: string | null;
  period: MetricPeriod | null;
  /** Journeys (by first step) that pass the filters in [from, to). */
  journeys: number;
  /**
   * Where the journey-grain sums came from: the journey_daily rollup (day-aligned periods,
   * intent / built-in segment filters and groups) or the journey table. Same numbers.
   */
  journeySource: 'rollup' | 'facts';
  metrics: MetricReportDto[];
}

export interface JourneyMapNodeDto {
  /** `s<step>:<channel>` or `exit:resolved` / `exit:unresolved`. */
  id: string;
  /** Step number (anchor = 0 when anchored; exits are one past the deepest step). */
  step: number;
  /** Channel, `other` (folded rare flows), `resolved` or `unresolved`. */
  channel: string;
  count: number;
}

export interface JourneyMapLinkDto {
  source: string;
  target: string;
  count: number;
  /** Share of the link's journeys with a friction event on the step the link leads to. */
  frictionRate: number;
  /** Median time between the two steps; null for links into an exit. */
  medianGapHours: number | null;
  /** Share of the source node's journeys that end there (go straight to an exit). */
  dropOff: number;
}

export interface JourneyMapTotalsDto {
  journeys: number;
  resolved: number;
  unresolved: number;
  /** Journeys longer than the steps shown (their exit is still by their outcome). */
  truncated: number;
  /** Node-steps folded into `other` nodes. */
  folded: number;
  minCount: number;
}

export interface JourneyMapDto {
  filter: AnalyticsFilterDto;
  nodes: JourneyMapNodeDto[];
  links: JourneyMapLinkDto[];
  totals: JourneyMapTotalsDto;
}

/** A channel in the directly-follows graph: how often journeys step into, start and end there. */
export interface FlowGraphNodeDto {
  channel: string;
  steps: number;
  starts: number;
  ends: number;
}

/** "A directly followed by B" inside a journey; loops (phone -> phone) kept. */
export interface FlowGraphEdgeDto {
  source: string;
  target: string;
  count: number;
  medianGapHours: number;
}

export interface FlowGraphDto {
  filter: AnalyticsFilterDto;
  journeys: number;
  nodes: FlowGraphNodeDto[];
  edges: FlowGraphEdgeDto[];
}

export interface PathDto {
  path: string[];
  count: number;
  share: number;
  resolutionRate: number;
  meanCost: number;
  meanDurationSeconds: number;
}

export interface PathsDto {
  filter: AnalyticsFilterDto;
  journeys: number;
  paths: PathDto[];
}

export interface FrictionImpactDto {
  metric: string;
  /** The metric over journeys with this friction (contacts of those journeys for contact metrics). */
  withFriction: number | null;
  withoutFriction: number | null;
}

export interface FrictionGroupDto {
  group: string | null;
  count: number;
  journeysAffected: number;
}

export interface FrictionRowDto {
  type: string;
  rule: string;
  hurts: string[];
  count: number;
  journeysAffected: number;
  impacts: FrictionImpactDto[];
  /** Mean cost of a journey with it minus one without, times the journeys affected. */
  costAdded: number | null;
  groups?: FrictionGroupDto[];
}

export interface FrictionRankingDto {
  filter: AnalyticsFilterDto;
  groupBy: string | null;
  journeys: number;
  friction: FrictionRowDto[];
}

export interface JourneyStepDto {
  index: number;
  touchpointId: string;
  externalId: string;
  occurredAt: string;
  channel: string;
  direction: string;
  assisted: boolean;
  outcome: string | null;
  agentId: string | null;
  team: string | null;
  waitSeconds: number | null;
  handleSeconds: number | null;
  cost: number;
  friction: string[];
}

export interface JourneySummaryDto {
  id: string;
  customerId: string;
  key: string;
  startedAt: string;
  endedAt: string;
  path: string[];
  outcome: string | null;
  resolved: boolean;
  cost: number;
  durationSeconds: number;
  friction: string[];
}

export interface JourneyDetailDto extends JourneySummaryDto {
  steps: JourneyStepDto[];
}

export interface CustomerJourneysDto {
  customerId: string;
  journeys: JourneyDetailDto[];
}

export interface TimelineEntryDto extends JourneyStepDto {
  journeyId: string;
  journeyKey: string;
}

export interface CustomerTimelineDto {
  customerId: string;
  touchpoints: TimelineEntryDto[];
}

export interface JourneySampleDto {
  filter: AnalyticsFilterDto;
  friction: string | null;
  journeys: JourneySummaryDto[];
}

/** Self-service -> assisted leaks of one intent and channel pair (`/channel-shifts`). */
export interface ChannelShiftLeakDto {
  intent: string;
  /** The last self-service channel before the first assisted step. */
  fromChannel: string;
  /** The channel of the journey's first assisted step. */
  toChannel: string;
  journeys: number;
  /** journeys / the intent's journeys that began in self-service. */
  share: number;
  /** Sum of the cost of these journeys' assisted steps. */
  assistedCost: number;
  /** Share of these journeys resolved in an assisted channel. */
  resolvedByAssistedRate: number;
  /**
   * The same channel pair's share in the other intents (their leak journeys / their
   * self-service-begun journeys); null when no other intent began in self-service.
   */
  baselineShare: number | null;
  /** journeys - baselineShare x this intent's self-service-begun journeys: the leak above normal. */
  excessJourneys: number | null;
}

/** The numbers behind one opportunity's projection, shown with it. */
export interface ChannelShiftOpportunityAssumptionsDto {
  /** min(containmentRate, cap): the share of assisted demand assumed to move. */
  rateUsed: number;
  cap: number;
  periodDays: number;
  meanAssistedCost: number;
  meanSelfServiceCost: number;
  /** Which customers the containment rate comes from. */
  comparableCustomers: string;
}

/** Assisted demand of an intent that self-service already contains well. */
export interface ChannelShiftOpportunityDto {
  intent: string;
  selfServiceJourneys: number;
  containedJourneys: number;
  /** contained / began in self-service. */
  containmentRate: number;
  /** Journeys that began in an assisted channel, in the period. */
  assistedJourneys: number;
  assistedJourneysPerMonth: number;
  shiftableJourneysPerMonth: number;
  projectedMonthlySavings: number;
  assumptions: ChannelShiftOpportunityAssumptionsDto;
}

export interface ChannelShiftAssumptionsDto {
  minContainment: number;
  minJourneys: number;
  cap: number;
  /** Gartner's band of redistributable assisted demand; the cap must lie in it. */
  capRange: [number, number];
  periodDays: number;
  /** The period the monthly numbers are scaled from (open bounds: first / last journey). */
  periodFrom: string | null;
  periodTo: string | null;
  daysPerMonth: number;
  comparableCustomers: string;
  notes: string[];
}

export interface ChannelShiftsDto {
  filter: AnalyticsFilterDto;
  leaks: ChannelShiftLeakDto[];
  opportunities: ChannelShiftOpportunityDto[];
  assumptions: ChannelShiftAssumptionsDto;
}
