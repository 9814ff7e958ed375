import { CHANNEL_CATALOGUE, type ChannelCatalogueDto } from '@journey-atlas/shared/domain';
import { WorkspacesService } from '@journey-atlas/api/workspaces';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../test/test-app';

describe('GET /api/v1/channels', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(async () => {
    await testApp?.close();
  });

  async function catalogue(query = ''): Promise<{ status: number; body: ChannelCatalogueDto }> {
    const response = await fetch(`${testApp.baseUrl}/api/v1/channels${query}`);
    return { status: response.status, body: await response.json() };
  }

  it('returns every catalogue channel with the DESIGN.md defaults for the default workspace', async () => {
    const { status, body } = await catalogue();
    expect(status).toBe(200);
    expect(body.workspace).toMatchObject({ slug: 'default', timeZone: 'UTC' });
    expect(body.channels.map((c) => c.channel)).toEqual(CHANNEL_CATALOGUE.map((d) => d.channel));
    expect(body.channels.find((c) => c.channel === 'phone')).toEqual({
      channel: 'phone',
      label: 'Phone',
      kind: 'assisted',
      costPerContact: 8,
      serviceLevelSeconds: 20,
      serviceLevelShare: 0.8,
      hours: { weekdays: [1, 2, 3, 4, 5], opens: '08:00', closes: '20:00' },
    });
    expect(body.channels.find((c) => c.channel === 'community')).toMatchObject({
      kind: 'self_service',
      costPerContact: 0.05,
      serviceLevelSeconds: null,
      hours: null,
    });
  });

  it('answers 404 naming an unknown workspace', async () => {
    const { status, body } = await catalogue('?workspace=nope');
    expect(status).toBe(404);
    expect(body).toMatchObject({ message: 'Workspace "nope" does not exist' });
  });

  it('seeds settings idempotently, also concurrently, and never overwrites an edited setting', async () => {
    const workspaces = testApp.app.get(WorkspacesService);
    const dataSource = testApp.app.get(DataSource);
    await Promise.all([
      workspaces.ensureWorkspace('acme', 'Acme'),
      workspaces.ensureWorkspace('acme', 'Acme'),
    ]);
    const acme = await workspaces.findBySlug('acme');
    await dataSource.query(
      `UPDATE channel_setting SET cost_per_contact = 6.5 WHERE workspace_id = $1 AND channel = 'phone'`,
      [acme?.id],
    );
    await workspaces.ensureWorkspace('acme', 'Acme');
    const [{ count }] = await dataSource.query(
      'SELECT count(*)::int AS count FROM channel_setting WHERE workspace_id = $1',
      [acme?.id],
    );
    expect(count).toBe(CHANNEL_CATALOGUE.length);
    const { body } = await catalogue('?workspace=acme');
    expect(body.channels.find((c) => c.channel === 'phone')?.costPerContact).toBe(6.5);
  });
});
