import type { JourneySummaryDto } from '@journey-atlas/shared/domain';
import { FRICTION_TYPES, type FrictionType } from '@journey-atlas/shared/journey-rules';
import { nodeLabel } from '@journey-atlas/web/journey-map/ui';
import type { JourneySamples } from '@journey-atlas/web/journey-map/data-access';

const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

function channelName(channel: string): string {
  return nodeLabel({ id: channel, channel });
}

function frictionName(type: string): string {
  return (
    (FRICTION_TYPES as Record<string, { label: string } | undefined>)[type as FrictionType]
      ?.label ?? type
  );
}

/** One sample journey as a line of the side panel. */
export function sampleLine(journey: JourneySummaryDto): {
  title: string;
  path: string;
  detail: string;
} {
  const outcome = journey.resolved ? 'resolved' : (journey.outcome ?? 'no outcome');
  const friction = journey.friction.length
    ? `friction: ${journey.friction.map(frictionName).join(', ')}`
    : 'no friction';
  return {
    title: `${journey.key} · ${DATE.format(new Date(journey.startedAt))}`,
    path: journey.path.map(channelName).join(' → '),
    detail: `${outcome}, ${journey.path.length} step${journey.path.length === 1 ? '' : 's'}, ${friction}`,
  };
}

/** What the panel says about where its samples come from (the API has no step filter). */
export function samplesNote(samples: JourneySamples): string {
  const among = samples.channel
    ? `the ${samples.searched} newest journeys through ${channelName(samples.channel)}`
    : `the ${samples.searched} newest journeys`;
  if (samples.journeys.length === 0) {
    return `None of ${among} for these filters took this route. Narrow the dates or pick a larger flow.`;
  }
  return `${samples.journeys.length} of ${among} for these filters took this route, newest first.`;
}
