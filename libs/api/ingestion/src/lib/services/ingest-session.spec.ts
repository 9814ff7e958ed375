import { IdentifierKeyer } from '@journey-atlas/api/identity';
import { IngestSession, MAX_REJECTED_DETAILS } from './ingest-session';
import type { CopyBatch } from '../import/copy-batch';

const NOW = new Date('2026-03-02T12:00:00Z');

/** The ids a staged batch holds (second COPY column). */
const ids = (batch: CopyBatch) => batch.rows.map((line) => line.split('\t')[1]);

function tp(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    occurredAt: '2026-03-01T10:00:00Z',
    channel: 'web',
    customer: { email: `${id}@x.com` },
    ...extra,
  };
}

describe(IngestSession.name, () => {
  const keyer = () => new IdentifierKeyer(Buffer.alloc(32, 1), 'GB');

  it('writes full batches as it goes, in order, and the rest at the end', async () => {
    const written: string[][] = [];
    const finals: boolean[] = [];
    const session = new IngestSession(
      keyer(),
      async (batch: CopyBatch, final: boolean) => {
        written.push(ids(batch));
        finals.push(final);
        return { accepted: batch.size - 1, duplicates: 1 };
      },
      NOW,
      2,
    );
    for (let i = 0; i < 5; i++) await session.add(tp(`t${i}`), i);
    expect(await session.finish()).toEqual({
      accepted: 2,
      duplicates: 3,
      rejected: [],
      rejectedCount: 0,
    });
    expect(written).toEqual([['t0', 't1'], ['t2', 't3'], ['t4']]);
    // Only the last batch is written as the final (durable) one.
    expect(finals).toEqual([false, false, true]);
  });

  it('writes a last full batch as the final one', async () => {
    const finals: boolean[] = [];
    const session = new IngestSession(
      keyer(),
      async (batch: CopyBatch, final: boolean) => {
        finals.push(final);
        return { accepted: batch.size, duplicates: 0 };
      },
      NOW,
      2,
    );
    for (let i = 0; i < 4; i++) await session.add(tp(`t${i}`), i);
    expect((await session.finish()).accepted).toBe(4);
    expect(finals).toEqual([false, true]);
  });

  it('never has more than one batch in flight', async () => {
    let running = 0;
    let most = 0;
    const session = new IngestSession(
      keyer(),
      async (batch) => {
        most = Math.max(most, ++running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running--;
        return { accepted: batch.size, duplicates: 0 };
      },
      NOW,
      1,
    );
    for (let i = 0; i < 6; i++) await session.add(tp(`t${i}`), i);
    expect((await session.finish()).accepted).toBe(6);
    expect(most).toBe(1);
  });

  it('reports validation and identifier errors with index, line and id, capping details', async () => {
    const session = new IngestSession(keyer(), async () => ({ accepted: 0, duplicates: 0 }), NOW);
    await session.add(tp('bad', { channel: 'fax' }), 0, 1);
    await session.add(tp('p', { customer: { phone: '12' } }), 1);
    for (let i = 0; i < MAX_REJECTED_DETAILS + 5; i++) await session.add(42, i + 2);
    const result = await session.finish();
    expect(result.rejectedCount).toBe(MAX_REJECTED_DETAILS + 7);
    expect(result.rejected).toHaveLength(MAX_REJECTED_DETAILS);
    expect(result.rejected[0]).toMatchObject({
      index: 0,
      line: 1,
      id: 'bad',
      errors: [{ field: 'channel' }],
    });
    expect(result.rejected[1]).toEqual({
      index: 1,
      id: 'p',
      errors: [{ field: 'customer.phone', message: expect.stringContaining('GB') }],
    });
  });

  it('surfaces a failed write', async () => {
    const session = new IngestSession(
      keyer(),
      async () => Promise.reject(new Error('db down')),
      NOW,
      1,
    );
    await session.add(tp('a'), 0);
    await expect(session.finish()).rejects.toThrow('db down');
  });
});
