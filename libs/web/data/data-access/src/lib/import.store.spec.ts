import { HttpClient, HttpEventType } from '@angular/common/http';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ImportJobDto } from '@journey-atlas/shared/domain';
import { IMPORT_POLL_INTERVAL_MS, IMPORT_UPLOAD_HTTP } from './import-upload-http';
import { ImportStore } from './import.store';

function job(overrides: Partial<ImportJobDto> = {}): ImportJobDto {
  return {
    id: '5f0c4a52-8a54-4e55-9d6c-0c2b7f0c1a11',
    workspace: 'default',
    status: 'queued',
    format: 'csv',
    fileName: 'contacts.csv',
    createdAt: '2026-11-25T10:00:00.000Z',
    startedAt: null,
    finishedAt: null,
    progress: {
      bytesTotal: 400,
      bytesRead: 0,
      rowsRead: 0,
      accepted: 0,
      duplicates: 0,
      rejected: 0,
    },
    detected: null,
    rejectedRows: [],
    error: null,
    ...overrides,
  };
}

const JOB_URL = '/api/v1/imports/5f0c4a52-8a54-4e55-9d6c-0c2b7f0c1a11?workspace=default';

describe(ImportStore.name, () => {
  let store: ImportStore;
  let http: HttpTestingController;
  const file = new File(['id,source\n1,a\n'], 'contacts.csv', { type: 'text/csv' });

  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: IMPORT_UPLOAD_HTTP, useExisting: HttpClient },
        { provide: IMPORT_POLL_INTERVAL_MS, useValue: 1000 },
      ],
    });
    store = TestBed.inject(ImportStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  it('uploads the file as multipart, shows the upload progress, then follows the job to its tally', () => {
    store.start(file, { format: 'csv', mapping: '{"constants":{"source":"crm"}}' });
    expect(store.busy()).toBe(true);
    const upload = http.expectOne((r) => r.url === '/api/v1/imports');
    expect(upload.request.method).toBe('POST');
    expect(upload.request.params.get('format')).toBe('csv');
    const body = upload.request.body as FormData;
    expect((body.get('file') as File).name).toBe('contacts.csv');
    expect(body.get('mapping')).toBe('{"constants":{"source":"crm"}}');
    expect(upload.request.reportProgress).toBe(true);

    upload.event({ type: HttpEventType.UploadProgress, loaded: 200, total: 400 });
    expect(store.progress()).toEqual({ label: 'Uploading contacts.csv: 50%', value: 0.5 });

    upload.flush(job(), { status: 202, statusText: 'Accepted' });
    expect(store.progress()?.value).toBeNull();
    expect(store.tally()).toBeNull();

    jest.advanceTimersByTime(1000);
    const running = job({
      status: 'running',
      progress: {
        bytesTotal: 400,
        bytesRead: 100,
        rowsRead: 3,
        accepted: 2,
        duplicates: 0,
        rejected: 1,
      },
    });
    http.expectOne(JOB_URL).flush(running);
    expect(store.progress()).toEqual({ label: 'Importing: 3 rows read, 25%', value: 0.25 });

    jest.advanceTimersByTime(1000);
    const done = job({
      status: 'done',
      progress: {
        bytesTotal: 400,
        bytesRead: 400,
        rowsRead: 4,
        accepted: 2,
        duplicates: 1,
        rejected: 1,
      },
      rejectedRows: [
        { index: 2, line: 4, id: 'x', errors: [{ field: 'channel', message: 'bad' }] },
      ],
    });
    http.expectOne(JOB_URL).flush(done);
    expect(store.busy()).toBe(false);
    expect(store.tally()).toEqual({ accepted: 2, duplicates: 1, rejected: 1, rowsRead: 4 });
    expect(store.job()?.rejectedRows[0].line).toBe(4);

    // Finished: no more looks at the job.
    jest.advanceTimersByTime(5000);
    http.expectNone(JOB_URL);
  });

  it('leaves out format and mapping when they are not given', () => {
    store.start(file);
    const upload = http.expectOne((r) => r.url === '/api/v1/imports');
    expect(upload.request.params.has('format')).toBe(false);
    expect((upload.request.body as FormData).has('mapping')).toBe(false);
    upload.flush(job({ status: 'done' }), { status: 202, statusText: 'Accepted' });
    expect(store.tally()).not.toBeNull();
  });

  it('refuses a mapping that is not a JSON object before uploading anything', () => {
    store.start(file, { mapping: '{"columns": ' });
    http.expectNone((r) => r.url === '/api/v1/imports');
    const state = store.state();
    expect(state.phase).toBe('error');
    expect(state.phase === 'error' && state.message).toMatch(/^The mapping is not valid JSON/);
    store.start(file, { mapping: '[1]' });
    expect(store.state().phase === 'error').toBe(true);
  });

  it('shows the server’s 400 message for a refused upload', () => {
    store.start(file, { mapping: '{"columns":{"A":"nope"}}' });
    http
      .expectOne((r) => r.url === '/api/v1/imports')
      .flush(
        {
          statusCode: 400,
          message: 'The mapping is not valid: columns.A must be one of id, source',
        },
        { status: 400, statusText: 'Bad Request' },
      );
    expect(store.state()).toEqual({
      phase: 'error',
      message: 'The mapping is not valid: columns.A must be one of id, source',
      fileName: 'contacts.csv',
      job: null,
    });
    expect(store.busy()).toBe(false);
  });

  it('keeps the job when a look at it fails, and can look again', () => {
    store.start(file);
    http
      .expectOne((r) => r.url === '/api/v1/imports')
      .flush(job(), { status: 202, statusText: 'Accepted' });
    jest.advanceTimersByTime(1000);
    http.expectOne(JOB_URL).error(new ProgressEvent('error'), { status: 0 });
    const state = store.state();
    expect(state.phase === 'error' && state.message).toBe(
      'Could not check the import: The Journey Atlas server cannot be reached. Is it running?',
    );
    expect(store.job()?.id).toBe(job().id);
    store.refresh();
    http.expectOne(JOB_URL).flush(job({ status: 'failed', error: 'disk full' }));
    expect(store.tally()).toEqual({ accepted: 0, duplicates: 0, rejected: 0, rowsRead: 0 });
    expect(store.progress()?.label).toBe('Import stopped after 0 rows');
  });

  it('stops following an old import when a new one starts, and resets to idle', () => {
    store.start(file);
    http
      .expectOne((r) => r.url === '/api/v1/imports')
      .flush(job(), { status: 202, statusText: 'Accepted' });
    store.start(file);
    jest.advanceTimersByTime(1000);
    http.expectNone(JOB_URL);
    http.expectOne((r) => r.url === '/api/v1/imports');
    store.reset();
    expect(store.state()).toEqual({ phase: 'idle' });
    expect(store.progress()).toBeNull();
  });
});
