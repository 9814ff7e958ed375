import type { Channel, Direction, InteractionType, Outcome } from '@journey-atlas/shared/domain';
import type { CustomerSegment, StitchedTouchpoint } from '@journey-atlas/shared/journey-rules';
import type { JourneyFixture, Tp } from './journey-fixtures';

/** Touchpoint fields the journey fixtures do not write: set afterwards with `enrich`. */
export interface Extra {
  team: string | null;
  queue: string | null;
  nps: number | null;
}

/** A fixture row as the reference rules see it. */
export function stitched(
  customerId: string,
  row: Tp,
  extra: Extra,
  segment?: CustomerSegment,
): StitchedTouchpoint {
  const optional = <T>(value: T | null | undefined): T | undefined => value ?? undefined;
  return {
    id: row.ext,
    customerId,
    occurredAt: row.at,
    channel: row.channel as Channel,
    direction: (row.direction ?? 'inbound') as Direction,
    interactionType: (row.type ?? 'tech_support') as InteractionType,
    intent: optional(row.intent === undefined ? 'router offline' : row.intent),
    outcome: optional(row.outcome) as Outcome | undefined,
    agentId: optional(row.agent),
    team: optional(extra.team),
    queue: optional(extra.queue),
    waitSeconds: optional(row.wait),
    handleSeconds: optional(row.handle),
    cost: optional(row.cost),
    csat: optional(row.csat),
    ces: optional(row.ces),
    nps: optional(extra.nps),
    sentiment: optional(row.sentiment),
    segment,
  };
}

/** Sets team, queue and nps of touchpoints by external id, in one statement. */
export async function enrich(
  fx: JourneyFixture,
  rows: { ext: string; extra: Extra }[],
): Promise<void> {
  await fx.db.query(
    `UPDATE touchpoint t SET team = u.team, queue = u.queue, nps = u.nps
       FROM unnest($2::text[], $3::text[], $4::text[], $5::int[]) AS u(ext, team, queue, nps)
      WHERE t.workspace_id = $1 AND t.source = 'it' AND t.external_id = u.ext`,
    [
      fx.workspaceId,
      rows.map((row) => row.ext),
      rows.map((row) => row.extra.team),
      rows.map((row) => row.extra.queue),
      rows.map((row) => row.extra.nps),
    ],
  );
}

/** GET a JSON route of the test app; returns status and body. */
export async function getJson<T>(
  baseUrl: string,
  path: string,
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${baseUrl}${path}`);
  return { status: response.status, body: (await response.json()) as T };
}
