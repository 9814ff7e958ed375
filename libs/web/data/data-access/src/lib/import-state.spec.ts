import type { ImportJobDto } from '@journey-atlas/shared/domain';
import { importProgress, importTally, mappingError } from './import-state';
import { rejectedRowLines, rejectedRowsCsv } from './rejected-rows-csv';

const job = (status: ImportJobDto['status'], bytesRead: number): ImportJobDto => ({
  id: 'j',
  workspace: 'default',
  status,
  format: 'csv',
  fileName: 'a.csv',
  createdAt: '2026-11-25T10:00:00.000Z',
  startedAt: null,
  finishedAt: null,
  progress: {
    bytesTotal: 1000,
    bytesRead,
    rowsRead: 1234,
    accepted: 1200,
    duplicates: 30,
    rejected: 4,
  },
  detected: null,
  rejectedRows: [],
  error: null,
});

describe('importProgress', () => {
  it('follows the upload, then the bytes the server has read', () => {
    expect(importProgress({ phase: 'idle' })).toBeNull();
    expect(
      importProgress({ phase: 'uploading', fileName: 'a.csv', loaded: 333, total: 1000 }),
    ).toEqual({ label: 'Uploading a.csv: 33%', value: 0.333 });
    expect(importProgress({ phase: 'job', job: job('queued', 0) })?.value).toBeNull();
    expect(importProgress({ phase: 'job', job: job('running', 500) })).toEqual({
      label: 'Importing: 1,234 rows read, 50%',
      value: 0.5,
    });
    expect(importProgress({ phase: 'job', job: job('done', 1000) })).toEqual({
      label: 'Import finished: 1,234 rows read',
      value: 1,
    });
  });

  it('counts an empty upload as complete rather than dividing by zero', () => {
    expect(
      importProgress({ phase: 'uploading', fileName: 'e.csv', loaded: 0, total: 0 })?.value,
    ).toBe(1);
  });
});

describe('importTally', () => {
  it('is there only once the job has finished', () => {
    expect(importTally({ phase: 'job', job: job('running', 5) })).toBeNull();
    expect(importTally({ phase: 'job', job: job('done', 1000) })).toEqual({
      accepted: 1200,
      duplicates: 30,
      rejected: 4,
      rowsRead: 1234,
    });
  });
});

describe('mappingError', () => {
  it('accepts nothing or a JSON object and names what is wrong otherwise', () => {
    expect(mappingError(undefined)).toBeNull();
    expect(mappingError('  ')).toBeNull();
    expect(mappingError('{"columns":{}}')).toBeNull();
    expect(mappingError('{')).toMatch(/^The mapping is not valid JSON \(/);
    expect(mappingError('"x"')).toMatch(/must be a JSON object/);
  });
});

describe('rejectedRowsCsv', () => {
  const rows = [
    {
      index: 2,
      line: 4,
      id: 'tp-3',
      errors: [
        { field: 'channel', message: 'must be one of phone, chat' },
        { field: 'occurredAt', message: 'must be an ISO 8601 timestamp' },
      ],
    },
    { index: 7, errors: [{ field: 'id', message: '=HYPERLINK("x")' }] },
  ];

  it('gives one line per problem with its file line and field', () => {
    expect(rejectedRowLines(rows)).toEqual([
      { line: 4, index: 2, id: 'tp-3', field: 'channel', message: 'must be one of phone, chat' },
      {
        line: 4,
        index: 2,
        id: 'tp-3',
        field: 'occurredAt',
        message: 'must be an ISO 8601 timestamp',
      },
      { line: null, index: 7, id: null, field: 'id', message: '=HYPERLINK("x")' },
    ]);
  });

  it('quotes commas and quotes and defuses formulas', () => {
    expect(rejectedRowsCsv(rows)).toBe(
      'line,row_index,id,field,message\r\n' +
        '4,2,tp-3,channel,"must be one of phone, chat"\r\n' +
        '4,2,tp-3,occurredAt,must be an ISO 8601 timestamp\r\n' +
        `,7,,id,"'=HYPERLINK(""x"")"\r\n`,
    );
  });
});
