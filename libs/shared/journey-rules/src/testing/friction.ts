import { detectAllFriction } from '../lib/friction';
import type { FrictionType } from '../lib/friction-types';
import { buildJourneys } from '../lib/journeys';
import { defaultJourneySettings, type JourneySettings } from '../lib/settings';
import type { StitchedTouchpoint } from '../lib/stitched-touchpoint';

/** `type@touchpointId` of every friction event of the touchpoints' journeys. */
export function frictionOf(
  touchpoints: StitchedTouchpoint[],
  settings: JourneySettings = defaultJourneySettings(),
  only?: FrictionType,
): string[] {
  return detectAllFriction(buildJourneys(touchpoints, settings), touchpoints, settings)
    .filter((event) => only === undefined || event.type === only)
    .map((event) => `${event.type}@${event.touchpointId}`);
}
