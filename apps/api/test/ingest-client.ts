import type { IngestResultDto } from '@journey-atlas/shared/domain';
import { WorkspacesService } from '@journey-atlas/api/workspaces';
import { DataSource } from 'typeorm';
import type { TestApp } from './test-app';

export interface Answer<T = IngestResultDto> {
  status: number;
  /** The success body, or the one error body (message, requestId...). */
  body: T & { message?: string };
}

/** A valid touchpoint; override any field. */
export function touchpoint(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    source: 'it',
    occurredAt: '2026-03-01T10:22:00Z',
    channel: 'phone',
    customer: { email: `${id}@example.com` },
    ...overrides,
  };
}

export function ndjson(rows: unknown[]): string {
  return rows.map((row) => JSON.stringify(row)).join('\n') + '\n';
}

/** HTTP helpers bound to one workspace (created on first use) of the running test app. */
export class IngestClient {
  constructor(
    private readonly testApp: TestApp,
    readonly workspace: string,
  ) {}

  async ensureWorkspace(): Promise<string> {
    const workspace = await this.testApp.app
      .get(WorkspacesService)
      .ensureWorkspace(this.workspace, this.workspace);
    return workspace.id;
  }

  url(path: string, query = ''): string {
    const separator = query ? '&' : '';
    return `${this.testApp.baseUrl}/api/v1/${path}?workspace=${this.workspace}${separator}${query}`;
  }

  async post<T = IngestResultDto>(
    path: string,
    body: string,
    contentType: string,
  ): Promise<Answer<T>> {
    const response = await fetch(this.url(path), {
      method: 'POST',
      headers: { 'content-type': contentType },
      body,
    });
    return { status: response.status, body: (await response.json()) as T & { message?: string } };
  }

  postJson(touchpoints: unknown[]): Promise<Answer> {
    return this.post('touchpoints', JSON.stringify({ touchpoints }), 'application/json');
  }

  postNdjson(body: string): Promise<Answer> {
    return this.post('touchpoints', body, 'application/x-ndjson');
  }

  async get<T>(path: string, query = ''): Promise<Answer<T>> {
    const response = await fetch(this.url(path, query));
    return { status: response.status, body: (await response.json()) as T & { message?: string } };
  }

  async count(table: 'touchpoint' | 'customer' | 'customer_identifier'): Promise<number> {
    const [{ count }] = await this.testApp.app.get(DataSource).query(
      `SELECT count(*)::int AS count FROM ${table} t JOIN workspace w ON w.id = t.workspace_id
        WHERE w.slug = $1`,
      [this.workspace],
    );
    return count;
  }
}
