import type { ValidTouchpoint } from '@journey-atlas/shared/domain';
import { CopyBatch } from './copy-batch';

const touchpoint = (id: string, extra: Partial<ValidTouchpoint> = {}): ValidTouchpoint => ({
  id,
  source: 'crm',
  occurredAt: '2026-03-01T11:00:00+01:00',
  channel: 'ivr',
  direction: 'inbound',
  interactionType: 'other',
  customer: { email: 'a@x.com' },
  ...extra,
});
const email = { kind: 'email' as const, keyHex: '00ff', masked: 'a***@x.com' };

describe(CopyBatch.name, () => {
  it('stages each row once as COPY lines, numbering rows and identifiers', () => {
    const batch = new CopyBatch();
    batch.add(touchpoint('t1', { ivrPath: ['main', 'billing'], waitSeconds: 3 }), [email], {
      occurredAt: { given: '2026-03-01 11:00', timeZone: 'Europe/Paris' },
    });
    batch.add(touchpoint('t1'), [email], undefined);
    batch.add(touchpoint('t2', { intent: 'tab\there' }), [email], undefined);
    expect(batch.size).toBe(3);
    expect(batch.rows.every((line) => line.endsWith('\n'))).toBe(true);
    const rows = batch.rows.map((line) => line.trimEnd().split('\t'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveLength(21);
    expect(rows[0].slice(0, 6)).toEqual([
      'crm',
      't1',
      '2026-03-01T10:00:00.000Z',
      'ivr',
      'inbound',
      'other',
    ]);
    expect(rows[0][11]).toBe('3');
    expect(rows[0][18]).toBe('{"main","billing"}');
    expect(JSON.parse(rows[0][20])).toEqual({
      occurredAt: { given: '2026-03-01 11:00', timeZone: 'Europe/Paris' },
    });
    expect(rows[0][7]).toBe('\\N');
    expect(rows[1][6]).toBe('tab\\there');
    expect(batch.identifiers.join('')).toBe(
      '0\t0\tcrm\tt1\temail\t\\\\x00ff\ta***@x.com\n1\t0\tcrm\tt2\temail\t\\\\x00ff\ta***@x.com\n',
    );
  });
});
