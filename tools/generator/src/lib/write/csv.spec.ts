import type { Touchpoint } from '@journey-atlas/shared/domain';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, CSV_HEADER, toCsvRow } from './csv';

describe(toCsvRow.name, () => {
  const touchpoint: Touchpoint = {
    id: 'c-1',
    source: 'genesys',
    occurredAt: '2026-07-01T10:00:00Z',
    channel: 'ivr',
    direction: 'inbound',
    customer: { email: '  Ana@Example.com ', phone: '020 7946 0018', socialHandle: '@ana, "x"' },
    interactionType: 'billing',
    intent: 'bill-dispute',
    outcome: 'escalated',
    waitSeconds: 0,
    handleSeconds: 41,
    sentiment: -0.25,
    ivrPath: ['main', 'billing', 'bill-query'],
  };

  it('uses the canonical column names, identifiers in snake case', () => {
    expect(CSV_HEADER.trim().split(',')).toEqual([...CSV_COLUMNS]);
    expect(CSV_COLUMNS).toEqual(
      expect.arrayContaining(['account_id', 'email', 'phone', 'social_handle', 'device_id']),
    );
  });

  it('round-trips through a CSV parser, quoting where needed and joining the IVR path', () => {
    const [row] = parse(CSV_HEADER + toCsvRow(touchpoint), { columns: true }) as Record<
      string,
      string
    >[];
    expect(row).toMatchObject({
      id: 'c-1',
      occurredAt: '2026-07-01T10:00:00Z',
      email: '  Ana@Example.com ',
      social_handle: '@ana, "x"',
      account_id: '',
      waitSeconds: '0',
      sentiment: '-0.25',
      ivrPath: 'main>billing>bill-query',
      csat: '',
    });
  });
});
