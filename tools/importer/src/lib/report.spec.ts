import type { ImportJobDto } from '@journey-atlas/shared/domain';
import { exitCodeOf, formatReport, progressLine } from './report';

function job(overrides: Partial<ImportJobDto> = {}): ImportJobDto {
  return {
    id: 'j-1',
    workspace: 'default',
    status: 'done',
    format: 'csv',
    fileName: 'calls.csv',
    createdAt: '2026-03-01T10:00:00.000Z',
    startedAt: '2026-03-01T10:00:00.000Z',
    finishedAt: '2026-03-01T10:00:01.000Z',
    progress: {
      bytesTotal: 2000,
      bytesRead: 2000,
      rowsRead: 1500,
      accepted: 1497,
      duplicates: 1,
      rejected: 2,
    },
    detected: { encoding: 'utf-8', delimiter: ',', ignoredColumns: [] },
    rejectedRows: [
      {
        index: 2,
        line: 4,
        id: 'c-3',
        errors: [{ field: 'channel', message: 'must be one of: phone, ivr' }],
      },
      {
        index: 7,
        line: 9,
        errors: [
          { field: 'id', message: 'is required' },
          { field: 'csat', message: 'must be a whole number from 1 to 5' },
        ],
      },
    ],
    error: null,
    ...overrides,
  };
}

describe(formatReport.name, () => {
  it('prints the counts and each rejected row with its line, id and errors', () => {
    expect(formatReport(job(), 2.345)).toBe(
      [
        'Imported calls.csv into workspace "default" (import j-1): 1,500 rows, 1,497 accepted, 1 duplicates, 2 rejected in 2.3 s',
        'Rejected rows:',
        '  line 4  id c-3  channel: must be one of: phone, ivr',
        '  line 9  id: is required; csat: must be a whole number from 1 to 5',
        '',
      ].join('\n'),
    );
  });

  it('says how many rejections are not listed, the ignored columns and a failure', () => {
    const text = formatReport(
      job({
        status: 'failed',
        error: 'The server stopped during the import',
        progress: { ...job().progress, rejected: 1002 },
        detected: { encoding: 'windows-1252', delimiter: ';', ignoredColumns: ['Notes'] },
      }),
      1,
    );
    expect(text).toContain('Import failed for calls.csv');
    expect(text).toContain('Error: The server stopped during the import');
    expect(text).toContain('Ignored columns (no field, no mapping): Notes');
    expect(text).toContain('... and 1,000 more (only the first 2 are listed)');
  });
});

describe(exitCodeOf.name, () => {
  it('is 0 when every row was accepted (duplicates too), 1 with rejections, 3 for a failed job', () => {
    expect(exitCodeOf(job({ progress: { ...job().progress, rejected: 0 } }))).toBe(0);
    expect(exitCodeOf(job())).toBe(1);
    expect(exitCodeOf(job({ status: 'failed' }))).toBe(3);
  });
});

describe(progressLine.name, () => {
  it('draws a bar with the share of bytes and the counts', () => {
    const progress = { ...job().progress, bytesRead: 1000 };
    expect(progressLine('import', progress)).toBe(
      'importing [############............]  50% 1,500 rows: 1,497 accepted, 1 duplicates, 2 rejected',
    );
    expect(
      progressLine('upload', { ...progress, bytesTotal: 4 * 1024 * 1024, bytesRead: 1024 * 1024 }),
    ).toBe('uploading [######..................]  25% 1.0 MB of 4.0 MB');
  });
});
