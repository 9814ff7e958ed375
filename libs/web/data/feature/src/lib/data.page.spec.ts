import { HttpClient, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { DataQualityIdentifiersDto, ImportJobDto } from '@journey-atlas/shared/domain';
import { IMPORT_UPLOAD_HTTP } from '@journey-atlas/web/data/data-access';
import { identifiersCsv } from './data-quality-panel.component';
import { DataPage } from './data.page';

const QUALITY_URL = '/api/v1/data-quality/identifiers';

const doneJob: ImportJobDto = {
  id: '5f0c4a52-8a54-4e55-9d6c-0c2b7f0c1a11',
  workspace: 'default',
  status: 'done',
  format: 'csv',
  fileName: 'contacts.csv',
  createdAt: '2026-11-25T10:00:00.000Z',
  startedAt: '2026-11-25T10:00:00.100Z',
  finishedAt: '2026-11-25T10:00:01.000Z',
  progress: {
    bytesTotal: 300,
    bytesRead: 300,
    rowsRead: 3,
    accepted: 2,
    duplicates: 0,
    rejected: 1,
  },
  detected: { encoding: 'utf-8', delimiter: ',', ignoredColumns: ['note'] },
  rejectedRows: [
    {
      index: 1,
      line: 3,
      id: 'tp-2',
      errors: [{ field: 'channel', message: 'must be one of phone, chat' }],
    },
  ],
  error: null,
};

const quality: DataQualityIdentifiersDto = {
  workspace: 'default',
  cap: 5,
  identifiers: [
    { kind: 'phone', masked: '+44•••99', customerId: 'c-1', linkedCustomers: 6, blockedAt: null },
  ],
};

describe(DataPage.name, () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: IMPORT_UPLOAD_HTTP, useExisting: HttpClient },
      ],
    });
  });

  function render() {
    const fixture = TestBed.createComponent(DataPage);
    fixture.detectChanges();
    return {
      fixture,
      http: TestBed.inject(HttpTestingController),
      element: fixture.nativeElement as HTMLElement,
    };
  }

  it('imports a picked file and shows the tally and the rejected row with its line and field', async () => {
    const { fixture, http, element } = render();
    http.expectOne(QUALITY_URL).flush({ ...quality, identifiers: [] });
    await fixture.whenStable();
    expect(element.textContent).toContain('No import yet');
    expect(element.querySelector('[data-testid="over-linked-empty"]')?.textContent).toContain(
      'No identifier has linked more than 5 customers',
    );

    const input = element.querySelector('#ja-import-file') as HTMLInputElement;
    const file = new File(['id\n'], 'contacts.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    const button = element.querySelector('button[type="submit"]') as HTMLButtonElement;
    expect(button.disabled).toBe(false);
    button.click();
    await fixture.whenStable();

    const upload = http.expectOne((r) => r.url === '/api/v1/imports');
    expect(((upload.request.body as FormData).get('file') as File).name).toBe('contacts.csv');
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="import-progress-label"]')?.textContent).toContain(
      'Uploading contacts.csv',
    );
    upload.flush(doneJob, { status: 202, statusText: 'Accepted' });
    await fixture.whenStable();

    expect(element.querySelector('[data-testid="tally-accepted"]')?.textContent).toBe('2');
    expect(element.querySelector('[data-testid="tally-rejected"]')?.textContent).toBe('1');
    const row = element.querySelector('[data-testid="rejected-rows"] tbody tr');
    expect(row?.textContent).toContain('3');
    expect(row?.textContent).toContain('channel');
    expect(row?.textContent).toContain('must be one of phone, chat');
    expect(element.textContent).toContain('ignored columns: note');
    // A finished import refreshes the data-quality list.
    http.expectOne(QUALITY_URL).flush(quality);
    await fixture.whenStable();
    const listed = element.querySelector('[data-testid="over-linked-identifiers"] tbody tr');
    expect(listed?.textContent).toContain('+44•••99');
    expect(listed?.querySelector('a')?.getAttribute('href')).toBe('/customers/c-1');
    http.verify();
  });

  it('shows a bad mapping next to the mapping field and keeps Import disabled', async () => {
    const { fixture, http, element } = render();
    http.expectOne(QUALITY_URL).flush(quality);
    const mapping = element.querySelector('#ja-import-mapping') as HTMLTextAreaElement;
    mapping.value = '{"columns": ';
    mapping.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(mapping.getAttribute('aria-invalid')).toBe('true');
    expect(element.querySelector('#ja-import-mapping-error')?.textContent).toContain(
      'The mapping is not valid JSON',
    );
    expect((element.querySelector('button[type="submit"]') as HTMLButtonElement).disabled).toBe(
      true,
    );
    http.verify();
  });

  it('explains a data-quality failure and offers a retry', async () => {
    const { fixture, http, element } = render();
    http
      .expectOne(QUALITY_URL)
      .flush({ message: 'database is down' }, { status: 503, statusText: 'x' });
    await fixture.whenStable();
    const alert = element.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('database is down');
    (alert?.querySelector('button') as HTMLButtonElement).click();
    http.expectOne(QUALITY_URL).flush(quality);
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')).toBeNull();
  });
});

describe('identifiersCsv', () => {
  it('lists the masked identifiers with their counts; a leading + cannot start a formula', () => {
    expect(identifiersCsv(quality.identifiers)).toBe(
      "kind,identifier,linked_customers,customer_id,blocked_at\r\nphone,'+44•••99,6,c-1,\r\n",
    );
  });
});
