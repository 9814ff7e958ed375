import type { OperatingHours } from '@journey-atlas/shared/domain';
import type { AccessOverride, JourneySettings } from './settings';
import { segmentMatches, type StitchedTouchpoint } from './stitched-touchpoint';

type ContactFacts = Pick<StitchedTouchpoint, 'channel' | 'interactionType' | 'segment'>;
type OverridableField = 'serviceLevelSeconds' | 'serviceLevelShare' | 'hours';

function matches(rule: AccessOverride, contact: ContactFacts): boolean {
  const { channel, interactionType, segment } = rule.match;
  return (
    (channel === undefined || channel === contact.channel) &&
    (interactionType === undefined || interactionType === contact.interactionType) &&
    (segment === undefined || segmentMatches(contact.segment, segment))
  );
}

function specificity(rule: AccessOverride): number {
  const { channel, interactionType, segment } = rule.match;
  return (
    (channel === undefined ? 0 : 1) +
    (interactionType === undefined ? 0 : 1) +
    Object.keys(segment ?? {}).length
  );
}

/** The most specific matching override that sets `field`; later rules win ties. */
function winningOverride(
  settings: JourneySettings,
  contact: ContactFacts,
  field: OverridableField,
): AccessOverride | undefined {
  let best: AccessOverride | undefined;
  for (const rule of settings.overrides) {
    if (rule[field] === undefined || !matches(rule, contact)) continue;
    // `>=` so that a later rule of equal specificity replaces an earlier one.
    if (!best || specificity(rule) >= specificity(best)) best = rule;
  }
  return best;
}

/** Answer-within target for this contact in seconds, or null when it has none. */
export function serviceLevelTarget(
  settings: JourneySettings,
  contact: ContactFacts,
): number | null {
  const rule = winningOverride(settings, contact, 'serviceLevelSeconds');
  return rule
    ? (rule.serviceLevelSeconds ?? null)
    : settings.channels[contact.channel].serviceLevelSeconds;
}

/** Target share answered within the target (display only). */
export function serviceLevelShare(settings: JourneySettings, contact: ContactFacts): number | null {
  const rule = winningOverride(settings, contact, 'serviceLevelShare');
  return rule
    ? (rule.serviceLevelShare ?? null)
    : settings.channels[contact.channel].serviceLevelShare;
}

/** Hours of operation for this contact; null = always open. */
export function operatingHours(
  settings: JourneySettings,
  contact: ContactFacts,
): OperatingHours | null {
  const rule = winningOverride(settings, contact, 'hours');
  return rule ? (rule.hours ?? null) : settings.channels[contact.channel].hours;
}
