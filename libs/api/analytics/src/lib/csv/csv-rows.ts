import type {
  CustomerJourneysDto,
  CustomerTimelineDto,
  FrictionRankingDto,
  JourneySampleDto,
  JourneySummaryDto,
  MetricsResponseDto,
  PathsDto,
} from '@journey-atlas/shared/domain';

/** The CSV rows of each list route: one flat record per listed item. */

export const metricRows = (body: MetricsResponseDto) =>
  body.metrics.flatMap((metric) =>
    [{ ...metric, group: undefined }, ...(metric.groups ?? [])].map((row) => ({
      metric: metric.name,
      ...(body.groupBy ? { [body.groupBy]: row.group ?? null } : {}),
      value: row.value,
      numerator: row.numerator,
      denominator: row.denominator,
      previous: row.previous?.value ?? null,
      change: row.change,
      direction: row.direction,
      unit: metric.unit,
    })),
  );

export const pathRows = (body: PathsDto) => body.paths.map((path) => ({ ...path }));

export const frictionRows = (body: FrictionRankingDto) =>
  body.friction.flatMap((row) => {
    const base = {
      type: row.type,
      count: row.count,
      journeysAffected: row.journeysAffected,
      costAdded: row.costAdded,
      hurts: row.hurts,
      ...Object.fromEntries(
        row.impacts.flatMap((impact) => [
          [`${impact.metric} with`, impact.withFriction],
          [`${impact.metric} without`, impact.withoutFriction],
        ]),
      ),
    };
    if (!row.groups) return [base];
    return row.groups.map((group) => ({
      ...base,
      [body.groupBy ?? 'group']: group.group,
      'group count': group.count,
      'group journeysAffected': group.journeysAffected,
    }));
  });

const summaryRow = (journey: JourneySummaryDto) => ({ ...journey });

export const sampleRows = (body: JourneySampleDto) => body.journeys.map(summaryRow);

export const customerJourneyRows = (body: CustomerJourneysDto) =>
  body.journeys.map(({ steps, ...journey }) => ({ ...summaryRow(journey), steps: steps.length }));

export const timelineRows = (body: CustomerTimelineDto) =>
  body.touchpoints.map((touchpoint) => ({ ...touchpoint }));
