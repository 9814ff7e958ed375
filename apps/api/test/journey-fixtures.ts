import { randomUUID } from 'node:crypto';
import { WorkspacesService } from '@journey-atlas/api/workspaces';
import { DataSource } from 'typeorm';
import type { TestApp } from './test-app';

/** A hand-written touchpoint; `ext` is the external id, `at` an ISO instant. */
export interface Tp {
  ext: string;
  at: string;
  channel: string;
  direction?: 'inbound' | 'outbound';
  type?: string;
  intent?: string | null;
  outcome?: string | null;
  agent?: string | null;
  wait?: number | null;
  handle?: number | null;
  cost?: number | null;
  csat?: number | null;
  ces?: number | null;
  sentiment?: number | null;
}

/** Monday 2026-11-23 10:00 UTC plus `days` (fractional) and `seconds`. */
export function at(days: number, seconds = 0): string {
  const monday10 = Date.parse('2026-11-23T10:00:00.000Z');
  return new Date(monday10 + days * 86_400_000 + seconds * 1000).toISOString();
}

/** Direct SQL access to one fresh workspace of the journey test app. */
export class JourneyFixture {
  readonly db: DataSource;

  private constructor(
    readonly testApp: TestApp,
    readonly workspaceId: string,
    readonly slug: string,
  ) {
    this.db = testApp.app.get(DataSource);
  }

  static async create(testApp: TestApp, timeZone = 'UTC'): Promise<JourneyFixture> {
    const slug = `jt-${randomUUID().slice(0, 8)}`;
    const workspace = await testApp.app.get(WorkspacesService).ensureWorkspace(slug, slug);
    const db = testApp.app.get(DataSource);
    await db.query('UPDATE workspace SET time_zone = $2 WHERE id = $1', [workspace.id, timeZone]);
    return new JourneyFixture(testApp, workspace.id, slug);
  }

  async customer(segment: { region?: string; tier?: string } = {}): Promise<string> {
    const [{ id }] = (await this.db.query(
      `INSERT INTO customer (workspace_id, region, tier, attributes) VALUES ($1, $2, $3, '{}')
       RETURNING id`,
      [this.workspaceId, segment.region ?? null, segment.tier ?? null],
    )) as { id: string }[];
    return id;
  }

  /** Inserts in the given order (row ids grow in that order). */
  async touchpoints(customerId: string, rows: Tp[]): Promise<void> {
    for (const row of rows) {
      await this.db.query(
        `INSERT INTO touchpoint (workspace_id, customer_id, source, external_id, occurred_at,
           channel, direction, interaction_type, intent, outcome, agent_id, wait_seconds,
           handle_seconds, cost, csat, ces, sentiment, identifier_ids)
         VALUES ($1, $2, 'it', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, '{}')`,
        [
          this.workspaceId,
          customerId,
          row.ext,
          row.at,
          row.channel,
          row.direction ?? 'inbound',
          row.type ?? 'tech_support',
          row.intent === undefined ? 'router offline' : row.intent,
          row.outcome ?? null,
          row.agent ?? null,
          row.wait ?? null,
          row.handle ?? null,
          row.cost ?? null,
          row.csat ?? null,
          row.ces ?? null,
          row.sentiment ?? null,
        ],
      );
    }
  }

  /** Each journey as its key and the external ids of its steps, in step order. */
  async journeyPaths(customerId?: string): Promise<string[]> {
    const rows = (await this.db.query(
      `SELECT j.journey_key, array_agg(t.external_id ORDER BY s.step_index) AS steps
         FROM journey j
         JOIN journey_step s ON s.workspace_id = j.workspace_id
          AND s.customer_id = j.customer_id AND s.journey_id = j.id
         JOIN touchpoint t ON t.id = s.touchpoint_id
        WHERE j.workspace_id = $1 AND ($2::uuid IS NULL OR j.customer_id = $2)
        GROUP BY j.workspace_id, j.customer_id, j.id, j.journey_key
        ORDER BY min(s.occurred_at), j.journey_key`,
      [this.workspaceId, customerId ?? null],
    )) as { journey_key: string; steps: string[] }[];
    return rows.map((row) => `${row.journey_key}: ${row.steps.join(' ')}`);
  }

  /** Friction events as `type@externalId`, in time order then type. */
  async friction(customerId?: string): Promise<string[]> {
    const rows = (await this.db.query(
      `SELECT f.type, t.external_id FROM friction_event f JOIN touchpoint t ON t.id = f.touchpoint_id
        WHERE f.workspace_id = $1 AND ($2::uuid IS NULL OR f.customer_id = $2)
        ORDER BY f.occurred_at, t.external_id, f.type`,
      [this.workspaceId, customerId ?? null],
    )) as { type: string; external_id: string }[];
    return rows.map((row) => `${row.type}@${row.external_id}`);
  }

  async journeys(customerId?: string): Promise<Record<string, unknown>[]> {
    return (await this.db.query(
      `SELECT * FROM journey WHERE workspace_id = $1 AND ($2::uuid IS NULL OR customer_id = $2)
        ORDER BY started_at, journey_key`,
      [this.workspaceId, customerId ?? null],
    )) as Record<string, unknown>[];
  }

  /** Every engine row of the workspace, as text, in a fixed order: for state comparisons. */
  async snapshot(): Promise<string[]> {
    const rows = (await this.db.query(
      `SELECT 'j' AS t, to_jsonb(j)::text AS row FROM journey j WHERE workspace_id = $1
       UNION ALL SELECT 's', to_jsonb(s)::text FROM journey_step s WHERE workspace_id = $1
       UNION ALL SELECT 'f', to_jsonb(f)::text FROM friction_event f WHERE workspace_id = $1
       ORDER BY 1, 2`,
      [this.workspaceId],
    )) as { t: string; row: string }[];
    return rows.map((row) => `${row.t} ${row.row}`);
  }
}
