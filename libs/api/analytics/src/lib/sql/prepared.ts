import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Statement } from './metrics.sql';

interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Runs a statement as a named prepared statement on the transaction's connection, so
 * Postgres plans each statement shape once per connection: the slot rollups' statements
 * read a few thousand rows, and planning them (tens of columns, several CTEs) cost more
 * than running them. Names come from the text, so one name never means two statements.
 */
export async function preparedQuery<T>(manager: EntityManager, statement: Statement): Promise<T[]> {
  const runner = manager.queryRunner;
  if (!runner) return (await manager.query(statement.text, statement.values)) as T[];
  const client = (await runner.connect()) as PgClient;
  const name = `ja_${createHash('sha1').update(statement.text).digest('hex').slice(0, 24)}`;
  const { rows } = await client.query({ name, text: statement.text, values: statement.values });
  return rows as T[];
}
