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
    const rows = batch.touchpoints
      .trimEnd()
      .split('\n')
      .map((line) => line.split('\t'));
    expect(rows).toHaveLength(2);
    expect(rows[0].slice(0, 7)).toEqual([
      '0',
      'crm',
      't1',
      '2026-03-01T10:00:00.000Z',
      'ivr',
      'inbound',
      'other',
    ]);
    expect(rows[0][12]).toBe('3');
    expect(rows[0][19]).toBe('{"main","billing"}');
    expect(JSON.parse(rows[0][21])).toEqual({
      occurredAt: { given: '2026-03-01 11:00', timeZone: 'Europe/Paris' },
    });
    expect(rows[1][7]).toBe('tab\\there');
    expect(batch.identifiers).toBe(
      '0\t0\tcrm\tt1\temail\t\\\\x00ff\ta***@x.com\n1\t0\tcrm\tt2\temail\t\\\\x00ff\ta***@x.com\n',
    );
  });
});
