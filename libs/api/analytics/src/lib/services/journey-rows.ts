import type { JourneyStepDto, JourneySummaryDto } from '@journey-atlas/shared/domain';
import type { JourneyStepRow, JourneySummaryRow } from '../sql/journeys.sql';

export function journeySummary(row: JourneySummaryRow): JourneySummaryDto {
  return {
    id: row.journey_id,
    customerId: row.customer_id,
    key: row.journey_key,
    startedAt: row.started_at.toISOString(),
    endedAt: row.ended_at.toISOString(),
    path: row.channel_path,
    outcome: row.outcome,
    resolved: row.resolved,
    cost: row.journey_cost,
    durationSeconds: row.duration_seconds,
    friction: row.journey_friction,
  };
}

export function journeyStep(row: JourneyStepRow): JourneyStepDto {
  return {
    index: row.step_index,
    touchpointId: row.touchpoint_id,
    externalId: row.external_id,
    occurredAt: row.occurred_at.toISOString(),
    channel: row.channel,
    direction: row.direction,
    assisted: row.assisted,
    outcome: row.step_outcome,
    agentId: row.agent_id,
    team: row.team,
    waitSeconds: row.wait_seconds,
    handleSeconds: row.handle_seconds,
    cost: row.step_cost,
    friction: row.step_friction,
  };
}
