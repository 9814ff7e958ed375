import { createHash } from 'node:crypto';
import { type CustomTypesConfig, types } from 'pg';
import type { EntityManager } from 'typeorm';
import type { Statement } from './metrics.sql';

type TypeParsers = Pick<CustomTypesConfig, 'getTypeParser'>;

interface PgClient {
  query(config: {
    name: string;
    text: string;
    values: unknown[];
    types?: TypeParsers;
  }): Promise<{ rows: unknown[] }>;
}

const INT4_ARRAY_OID = 1007;

/**
 * Type parsers that leave int[] values as Postgres prints them ("{1,2,3}"): for a reader
 * that only adds them up, splitting that text takes a third of the time of pg's array
 * parser (the journey map's gap buckets: ~28k numbers per answer).
 */
export const INT_ARRAYS_AS_TEXT: TypeParsers = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT4_ARRAY_OID
      ? (value: string) => value
      : types.getTypeParser(oid, format)) as CustomTypesConfig['getTypeParser'],
};

/**
 * Runs a statement as a named prepared statement on the transaction's connection, so
 * Postgres plans each statement shape once per connection: the slot rollups' statements
 * read a few thousand rows, and planning them (tens of columns, several CTEs) cost more
 * than running them. Names come from the text, so one name never means two statements.
 */
export async function preparedQuery<T>(
  manager: EntityManager,
  statement: Statement,
  typeParsers?: TypeParsers,
): Promise<T[]> {
  const runner = manager.queryRunner;
  if (!runner) return (await manager.query(statement.text, statement.values)) as T[];
  const client = (await runner.connect()) as PgClient;
  const name = `ja_${createHash('sha1').update(statement.text).digest('hex').slice(0, 24)}`;
  const { rows } = await client.query({
    name,
    text: statement.text,
    values: statement.values,
    ...(typeParsers ? { types: typeParsers } : {}),
  });
  return rows as T[];
}
