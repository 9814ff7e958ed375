import { ClientClosedRequestException, currentRequestSignal } from '@journey-atlas/api/platform';
import { Client, type ClientConfig } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';

export const ANALYTICS_STATEMENT_TIMEOUT = '120s';

interface PgSessionClient {
  query(text: string): Promise<unknown>;
  end(): Promise<void>;
  /** The backend's process id (pg sets it on connect). */
  processID?: number | null;
  connectionParameters: Pick<
    ClientConfig,
    'user' | 'database' | 'port' | 'host' | 'password' | 'ssl'
  >;
}

/**
 * Cancels the backend's running statement over a connection of its own, never one from
 * the pool: every pooled connection may be held by a transaction waiting for its cancel.
 */
async function cancelBackend(session: PgSessionClient): Promise<void> {
  const { user, database, port, host, password, ssl } = session.connectionParameters;
  const canceller = new Client({
    user,
    database,
    port,
    host,
    password,
    ssl,
    connectionTimeoutMillis: 5_000,
    statement_timeout: 5_000,
  });
  try {
    await canceller.connect();
    await canceller.query('SELECT pg_cancel_backend($1)', [session.processID]);
  } catch {
    // The statement then runs on to its end or its statement_timeout.
  } finally {
    await canceller.end().catch(() => undefined);
  }
}

/**
 * One snapshot for all sums of an answer (they never straddle a rebuild), with room to
 * sort and hash in memory (the distinct agent counts sort their rows), and a statement
 * timeout: a runaway fact scan must not hold a connection and a core for minutes.
 *
 * The transaction starts in one round trip (the simple query protocol takes several
 * statements): a slot answer is a few small queries, and each round trip costs both sides
 * CPU. When the HTTP client goes away (currentRequestSignal), the running statement is
 * cancelled and the call fails with ClientClosedRequestException. The connection is kept
 * until the cancel has been delivered, so it can only reach this transaction's statements.
 */
export async function analyticsTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const signal = currentRequestSignal();
  if (signal?.aborted) throw new ClientClosedRequestException();
  const runner = dataSource.createQueryRunner();
  const client = (await runner.connect()) as PgSessionClient;
  let cancelled: Promise<unknown> | null = null;
  const cancel = () => {
    cancelled = cancelBackend(client);
  };
  signal?.addEventListener('abort', cancel, { once: true });
  const stopCancelling = async () => {
    signal?.removeEventListener('abort', cancel);
    await cancelled;
  };
  try {
    // It may have gone while this request waited for a connection.
    if (signal?.aborted) throw new ClientClosedRequestException();
    let result: T;
    try {
      await client.query(
        `BEGIN ISOLATION LEVEL REPEATABLE READ; SET LOCAL work_mem = '64MB';
         SET LOCAL statement_timeout = '${ANALYTICS_STATEMENT_TIMEOUT}'`,
      );
      result = await work(runner.manager);
    } catch (error) {
      await stopCancelling();
      // Also after a failed start (BEGIN ran, a SET did not). A connection that cannot roll
      // back is closed: the pool drops it on release instead of lending it out
      // mid-transaction.
      await client.query('ROLLBACK').catch(() => client.end().catch(() => undefined));
      throw signal?.aborted ? new ClientClosedRequestException() : error;
    }
    await stopCancelling();
    await client.query('COMMIT');
    return result;
  } finally {
    await stopCancelling();
    await runner.release();
  }
}
