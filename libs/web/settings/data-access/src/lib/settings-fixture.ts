import type { WorkspaceSettingsDto } from '@journey-atlas/shared/domain';

/**
 * Hand-written settings for the unit tests of this lib and the feature. Asserted rather than
 * typed so that fields other helpers add to the DTO (overrides) do not break it.
 */
export function settingsFixture(): WorkspaceSettingsDto {
  const settings = {
    workspace: { slug: 'default', name: 'Default workspace', timeZone: 'UTC' },
    journeys: {
      windowSeconds: 432000,
      key: 'intent_or_interaction_type',
      lowCsatAtMost: 2,
      highEffortAtLeast: 5,
      negativeSentimentBelow: -0.3,
      maxAgentsPerJourney: 3,
    },
    channels: [
      {
        channel: 'phone',
        costPerContact: 8,
        serviceLevelSeconds: 20,
        serviceLevelShare: 0.8,
        hours: { weekdays: [1, 2, 3, 4, 5], opens: '08:00', closes: '20:00' },
      },
      {
        channel: 'web',
        costPerContact: 0.1,
        serviceLevelSeconds: null,
        serviceLevelShare: null,
        hours: null,
      },
    ],
    serviceLevelOverrides: [],
    hoursOverrides: [],
    rollupAttributes: ['ageBand'],
    rollupAttributesCounted: ['ageBand'],
  };
  return settings as WorkspaceSettingsDto;
}
