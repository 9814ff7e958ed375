/**
 * Journey alerts (`/api/v1/alerts`) and the live stream (`/api/v1/live`), shared with the
 * web app. Metric names are plain strings here (their catalogue is in shared/journey-rules).
 */

export const ALERT_RULE_KINDS = ['metric_threshold', 'transition_baseline'] as const;
export type AlertRuleKind = (typeof ALERT_RULE_KINDS)[number];

export const ALERT_COMPARISONS = ['above', 'below'] as const;
export type AlertComparison = (typeof ALERT_COMPARISONS)[number];

export const ALERT_GRANULARITIES = ['week', 'day'] as const;
export type AlertGranularity = (typeof ALERT_GRANULARITIES)[number];

/** A metric from the catalogue over the last `windowDays` days compared with a fixed value. */
export interface MetricThresholdConditionDto {
  kind: 'metric_threshold';
  metric: string;
  comparison: AlertComparison;
  value: number;
  /** Days up to now the metric is computed over (default 7). */
  windowDays: number;
  /** Analytics filters as query parameters: intent, channel, team, agent, segment.<attr>. */
  filters: Record<string, string>;
}

/**
 * Channel transitions from -> to (e.g. web -> phone escalations) in the current week (or
 * day) against the `windowWeeks` weeks before it: fires above mean + sigma x sd.
 */
export interface TransitionBaselineConditionDto {
  kind: 'transition_baseline';
  fromChannel: string;
  toChannel: string;
  /** Journey key (intent); null = every intent. */
  intent: string | null;
  /** Weeks of history the baseline is computed from (default 4). */
  windowWeeks: number;
  /** Standard deviations above the mean that fire (default 3). */
  sigma: number;
  /** Compare weeks (default) or days. */
  granularity: AlertGranularity;
}

export type AlertConditionDto = MetricThresholdConditionDto | TransitionBaselineConditionDto;

/** `POST /api/v1/alerts`: a name and a condition; omitted settings take their defaults. */
export type CreateAlertRuleDto = { name: string } & (
  | (Pick<MetricThresholdConditionDto, 'kind' | 'metric' | 'comparison' | 'value'> &
      Partial<Pick<MetricThresholdConditionDto, 'windowDays' | 'filters'>>)
  | (Pick<TransitionBaselineConditionDto, 'kind' | 'fromChannel' | 'toChannel'> &
      Partial<
        Pick<TransitionBaselineConditionDto, 'intent' | 'windowWeeks' | 'sigma' | 'granularity'>
      >)
);

export interface AlertFiringDto {
  id: string;
  ruleId: string;
  ruleName: string;
  /** The metric value, or the transitions in the current week / day. */
  value: number;
  /** Baseline mean (transition rules); null for metric thresholds. */
  baselineMean: number | null;
  /** Baseline standard deviation (transition rules); null for metric thresholds. */
  baselineSd: number | null;
  /** The value the rule compared against. */
  threshold: number;
  message: string;
  firedAt: string;
}

export interface AlertRuleDto {
  id: string;
  name: string;
  condition: AlertConditionDto;
  createdAt: string;
  /** Every firing ever stored for the rule. */
  firingCount: number;
  /** The latest firings, newest first (at most 5). */
  recentFirings: AlertFiringDto[];
}

/** `DELETE /api/v1/alerts/:id`. */
export interface AlertRuleDeletedDto {
  id: string;
  deleted: true;
  /** Firings deleted with the rule. */
  firingsDeleted: number;
}

/** One minute of ingested touchpoints, by channel. */
export interface LiveMinuteDto {
  /** Start of the minute, ISO instant. */
  minute: string;
  total: number;
  byChannel: Record<string, number>;
}

/** `touchpoints` event: the last minutes of ingestion, oldest first, every minute present. */
export interface LiveTouchpointsEventDto {
  workspace: string;
  at: string;
  minutes: LiveMinuteDto[];
}

/** `metrics` event: the overview's key metrics (last 30 days) after an incremental build. */
export interface LiveMetricsEventDto {
  workspace: string;
  at: string;
  build: 'incremental' | 'full';
  journeys: number;
  metrics: {
    name: string;
    label: string;
    unit: string;
    value: number | null;
    change: number | null;
    direction: 'up' | 'down' | 'flat' | null;
    improved: boolean | null;
  }[];
}

/** `alert` event: a firing as it is stored. */
export type LiveAlertEventDto = AlertFiringDto;

/** `heartbeat` event: sent periodically so proxies and clients know the stream is alive. */
export interface LiveHeartbeatEventDto {
  at: string;
}

export const LIVE_EVENT_TYPES = ['touchpoints', 'metrics', 'alert', 'heartbeat'] as const;
export type LiveEventType = (typeof LIVE_EVENT_TYPES)[number];
