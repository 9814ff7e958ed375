import { ASSISTED_CHANNELS } from '@journey-atlas/shared/domain';
import { FRICTION_TYPE_NAMES, FRICTION_TYPES } from '@journey-atlas/shared/journey-rules';

// The rule text and hurt metrics come from the shared catalogue, the one definition.
const CATALOGUE = JSON.stringify(
  FRICTION_TYPE_NAMES.map((type) => ({
    type,
    rule: FRICTION_TYPES[type].rule,
    hurts: FRICTION_TYPES[type].hurts,
  })),
);

/** The parameters of BUILD_JOURNEYS: workspace, assisted channels, catalogue, then the scope's. */
export function buildParameters(workspaceId: string, scopeParameters: unknown[]): unknown[] {
  return [workspaceId, ASSISTED_CHANNELS, CATALOGUE, ...scopeParameters];
}
