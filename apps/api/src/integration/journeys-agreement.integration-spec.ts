import { JourneyBuilder } from '@journey-atlas/api/journeys';
import type { Channel, Direction, InteractionType, Outcome } from '@journey-atlas/shared/domain';
import {
  buildJourneys,
  detectAllFriction,
  journeySettings,
  type StitchedTouchpoint,
} from '@journey-atlas/shared/journey-rules';
import { JourneyFixture, type Tp } from '../../test/journey-fixtures';
import { startTestApp } from '../../test/test-app';
import { random, randomHistory } from '../../test/random-touchpoints';
import type { TestApp } from '../../test/test-app';

const TIME_ZONE = 'Europe/Berlin';

function stitched(customerId: string, row: Tp): StitchedTouchpoint {
  const optional = <T>(value: T | null | undefined): T | undefined => value ?? undefined;
  return {
    id: row.ext,
    customerId,
    occurredAt: row.at,
    channel: row.channel as Channel,
    direction: (row.direction ?? 'inbound') as Direction,
    interactionType: (row.type ?? 'tech_support') as InteractionType,
    intent: optional(row.intent),
    outcome: optional(row.outcome) as Outcome | undefined,
    agentId: optional(row.agent),
    waitSeconds: optional(row.wait),
    handleSeconds: optional(row.handle),
    cost: optional(row.cost),
    csat: optional(row.csat),
    ces: optional(row.ces),
    sentiment: optional(row.sentiment),
  };
}

interface JourneyRow {
  customer_id: string;
  journey_key: string;
  steps: string[];
  channel_path: string[];
  channel_switches: number;
  outcome: string | null;
  resolved: boolean;
  first_channel: string;
  resolving_channel: string | null;
  began_in_self_service: boolean;
  contained: boolean;
  assisted_steps: number;
  first_assisted_resolved_last: boolean;
  distinct_agents: number;
  total_wait: number;
  total_handle: number;
  assisted_handle: number;
  cost: string;
  duration_seconds: number;
  started_at: Date;
  ended_at: Date;
}

describe('journey engine agrees with the reference rules (shared/journey-rules)', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it.each([1, 2, 3])('gives identical journeys and friction for seed %i', async (seed) => {
    const fx = await JourneyFixture.create(testApp, TIME_ZONE);
    const next = random(seed);
    const reference: StitchedTouchpoint[] = [];
    for (let i = 0; i < 12; i++) {
      const customerId = await fx.customer();
      const rows = randomHistory(next, `s${seed}c${i}-`, 30);
      await fx.touchpoints(customerId, rows);
      reference.push(...rows.map((row) => stitched(customerId, row)));
    }
    await testApp.app.get(JourneyBuilder).rebuildAll(fx.workspaceId, { chunkSize: 5 });

    const settings = journeySettings({ timeZone: TIME_ZONE });
    const journeys = buildJourneys(reference, settings);
    const expected = journeys
      .map((j) => ({
        key: `${j.customerId} ${j.key} ${j.steps.map((s) => s.touchpointId).join(',')}`,
        facts: [
          j.channelSequence.join(','),
          j.channelSwitches,
          j.outcome,
          j.resolved,
          j.firstChannel,
          j.resolvingChannel,
          j.beganInSelfService,
          j.contained,
          j.assistedStepCount,
          j.steps.find((s) => s.assisted)?.outcome === 'resolved' &&
            j.steps.find((s) => s.assisted)?.index === j.stepCount - 1,
          j.distinctAgents,
          j.totalWaitSeconds,
          j.totalHandleSeconds,
          j.assistedHandleSeconds,
          j.costToServe.toFixed(4),
          j.durationSeconds,
          j.startedAt,
          j.endedAt,
        ],
      }))
      .sort((a, b) => (a.key < b.key ? -1 : 1));

    const rows = (await fx.db.query(
      `SELECT j.*, (SELECT array_agg(t.external_id ORDER BY s.step_index)
                      FROM journey_step s JOIN touchpoint t ON t.id = s.touchpoint_id
                     WHERE s.workspace_id = j.workspace_id AND s.customer_id = j.customer_id
                       AND s.journey_id = j.id) AS steps
         FROM journey j WHERE j.workspace_id = $1`,
      [fx.workspaceId],
    )) as JourneyRow[];
    const actual = rows
      .map((j) => ({
        key: `${j.customer_id} ${j.journey_key} ${j.steps.join(',')}`,
        facts: [
          j.channel_path.join(','),
          j.channel_switches,
          j.outcome,
          j.resolved,
          j.first_channel,
          j.resolving_channel,
          j.began_in_self_service,
          j.contained,
          j.assisted_steps,
          j.first_assisted_resolved_last,
          j.distinct_agents,
          j.total_wait,
          j.total_handle,
          j.assisted_handle,
          j.cost,
          j.duration_seconds,
          j.started_at.toISOString(),
          j.ended_at.toISOString(),
        ],
      }))
      .sort((a, b) => (a.key < b.key ? -1 : 1));
    expect(actual).toEqual(expected);
    expect(journeys.length).toBeGreaterThan(50);

    const referenceFriction = detectAllFriction(journeys, reference, settings)
      .map((event) => `${event.type}@${event.touchpointId}#${event.stepIndex}`)
      .sort();
    const sqlFriction = (
      (await fx.db.query(
        `SELECT f.type || '@' || t.external_id || '#' || f.step_index AS event
           FROM friction_event f JOIN touchpoint t ON t.id = f.touchpoint_id
          WHERE f.workspace_id = $1`,
        [fx.workspaceId],
      )) as { event: string }[]
    )
      .map((row) => row.event)
      .sort();
    expect(sqlFriction).toEqual(referenceFriction);
    // Every friction type occurs, so the comparison covers each rule.
    expect(new Set(sqlFriction.map((event) => event.split('@')[0])).size).toBe(12);
  });
});
