import {
  CHANNEL_CATALOGUE,
  type SettingsUpdatedDto,
  type WorkspaceSettingsDto,
} from '@journey-atlas/shared/domain';
import type { JobDto, RebuildAcceptedDto } from './job.dto';

/** OpenAPI examples of the settings, rebuild and job routes. */
export const SETTINGS_EXAMPLE: WorkspaceSettingsDto = {
  workspace: { slug: 'default', name: 'Default workspace', timeZone: 'UTC' },
  journeys: {
    windowSeconds: 604800,
    key: 'intent_or_interaction_type',
    lowCsatAtMost: 2,
    highEffortAtLeast: 5,
    negativeSentimentBelow: -0.3,
    maxAgentsPerJourney: 2,
  },
  // The DESIGN.md defaults every new workspace starts with.
  channels: CHANNEL_CATALOGUE.map(
    ({ channel, costPerContact, serviceLevelSeconds, serviceLevelShare, hours }) => ({
      channel,
      costPerContact,
      serviceLevelSeconds,
      serviceLevelShare,
      hours,
    }),
  ),
  serviceLevelOverrides: [{ segment: { tier: 'gold' }, serviceLevelSeconds: 10 }],
  hoursOverrides: [],
  rollupAttributes: ['ageBand'],
  rollupAttributesCounted: ['ageBand'],
};

const JOB_ID = '3b0c6f9e-5d2a-4c8e-9f1b-7a6d5e4c3b2a';

export const SETTINGS_UPDATED_EXAMPLE: SettingsUpdatedDto = {
  settings: SETTINGS_EXAMPLE,
  rebuild: { jobId: JOB_ID },
};

export const REBUILD_ACCEPTED_EXAMPLE: RebuildAcceptedDto = { jobId: JOB_ID, status: 'queued' };

export const JOB_EXAMPLE: JobDto = {
  id: JOB_ID,
  kind: 'rebuild_journeys',
  status: 'running',
  progress: 4200,
  total: 20000,
  error: null,
  createdAt: '2026-11-25T10:00:00.000Z',
  startedAt: '2026-11-25T10:00:01.000Z',
  finishedAt: null,
};
