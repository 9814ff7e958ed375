import type { Channel, OperatingHours } from './channels';
import type { InteractionType } from './touchpoint';

/**
 * Access-strategy overrides of the channel settings: a contact centre answers Gold
 * customers' calls faster, or keeps billing lines open on Saturdays. An override applies
 * to a contact when every condition it names holds; naming none applies it to all.
 *
 * Precedence, the same for the journey engine (SQL) and here: among the matching
 * overrides that set a field, the most specific wins — channel, interactionType and each
 * segment attribute count one condition each — and on a tie the later one in the list
 * wins. Fields no override sets keep the channel's own setting. Each field is resolved
 * on its own (an override that sets only `serviceLevelShare` leaves the seconds alone).
 */
export interface OverrideMatch {
  channel?: Channel;
  interactionType?: InteractionType;
  /**
   * Segment attribute -> value, all of which must hold: built-in `region`, `tier`,
   * `valueBand`, `specialNeeds`, or any custom customer attribute (compared as text).
   */
  segment?: Record<string, string>;
}

export interface ServiceLevelOverride extends OverrideMatch {
  /** Answer-within target in seconds; null = no target for the matching contacts. */
  serviceLevelSeconds?: number | null;
  /** Share to answer within the target (0..1), shown next to the metric. */
  serviceLevelShare?: number | null;
}

export interface HoursOverride extends OverrideMatch {
  /** Hours of operation in the workspace time zone; null = always open. */
  hours: OperatingHours | null;
}

/** What an override matches on; `segment` gives an attribute's value as text, or null. */
export interface OverrideContact {
  channel: Channel;
  interactionType: string;
  segment: (attribute: string) => string | null;
}

/** Built-in segment attributes; any other name is a custom customer attribute. */
export const OVERRIDE_SEGMENT_BUILT_INS = ['region', 'tier', 'valueBand', 'specialNeeds'] as const;

/** How many of each list a workspace may keep. */
export const MAX_ACCESS_OVERRIDES = 200;

/** Conditions an override names: channel, interactionType and each segment attribute. */
export function overrideSpecificity(match: OverrideMatch): number {
  return (
    (match.channel === undefined ? 0 : 1) +
    (match.interactionType === undefined ? 0 : 1) +
    Object.keys(match.segment ?? {}).length
  );
}

export function overrideMatches(match: OverrideMatch, contact: OverrideContact): boolean {
  return (
    (match.channel === undefined || match.channel === contact.channel) &&
    (match.interactionType === undefined || match.interactionType === contact.interactionType) &&
    Object.entries(match.segment ?? {}).every(
      ([attribute, value]) => contact.segment(attribute) === value,
    )
  );
}

/** The override that decides a field for this contact (see the precedence above). */
export function winningOverride<T extends OverrideMatch>(
  overrides: readonly T[],
  contact: OverrideContact,
  setsField: (override: T) => boolean = () => true,
): T | undefined {
  let best: T | undefined;
  for (const override of overrides) {
    if (!setsField(override) || !overrideMatches(override, contact)) continue;
    // `>=`: a later override of equal specificity replaces an earlier one.
    if (!best || overrideSpecificity(override) >= overrideSpecificity(best)) best = override;
  }
  return best;
}

/** The service-level target and share that apply to a contact. */
export function effectiveServiceLevel(
  channel: { serviceLevelSeconds: number | null; serviceLevelShare: number | null },
  overrides: readonly ServiceLevelOverride[],
  contact: OverrideContact,
): { serviceLevelSeconds: number | null; serviceLevelShare: number | null } {
  const seconds = winningOverride(overrides, contact, (o) => o.serviceLevelSeconds !== undefined);
  const share = winningOverride(overrides, contact, (o) => o.serviceLevelShare !== undefined);
  return {
    serviceLevelSeconds: seconds
      ? (seconds.serviceLevelSeconds ?? null)
      : channel.serviceLevelSeconds,
    serviceLevelShare: share ? (share.serviceLevelShare ?? null) : channel.serviceLevelShare,
  };
}

/** The hours of operation that apply to a contact; null = always open. */
export function effectiveHours(
  channelHours: OperatingHours | null,
  overrides: readonly HoursOverride[],
  contact: OverrideContact,
): OperatingHours | null {
  const override = winningOverride(overrides, contact);
  return override ? override.hours : channelHours;
}
