import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { REBUILD_POLL_INTERVAL_MS, settingsFixture } from '@journey-atlas/web/settings/data-access';
import { SettingsPage } from './settings.page';

const JOB_ID = '0b6f7c2e-3a1d-4d38-9b43-3c9a8a1f0e55';

describe(SettingsPage.name, () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: REBUILD_POLL_INTERVAL_MS, useValue: 60_000 },
      ],
    });
  });

  async function render() {
    const fixture = TestBed.createComponent(SettingsPage);
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    const element = fixture.nativeElement as HTMLElement;
    expect(element.textContent).toContain('Loading the settings');
    http.expectOne('/api/v1/settings').flush(settingsFixture());
    await fixture.whenStable();
    return { fixture, http, element };
  }

  function type(input: HTMLInputElement, value: string) {
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  it('shows the loaded settings in the form', async () => {
    const { element } = await render();
    expect((element.querySelector('#ja-time-zone') as HTMLInputElement).value).toBe('UTC');
    expect((element.querySelector('#ja-window') as HTMLInputElement).value).toBe('120');
    const phone = element.querySelector('tr[data-channel="phone"]') as HTMLElement;
    expect((phone.querySelector('[data-testid="cost-phone"]') as HTMLInputElement).value).toBe('8');
    expect(phone.textContent).toContain('Phone');
    expect((element.querySelector('button[type="submit"]') as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('saves an edited cost and follows the rebuild it started', async () => {
    const { fixture, http, element } = await render();
    type(element.querySelector('[data-testid="cost-phone"]') as HTMLInputElement, '9.25');
    await fixture.whenStable();
    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    const put = http.expectOne('/api/v1/settings');
    expect(put.request.method).toBe('PUT');
    const body = put.request.body as { channels: { costPerContact: number }[] };
    expect(body.channels[0].costPerContact).toBe(9.25);
    expect(body.channels[1]).toEqual(settingsFixture().channels[1]);
    const saved = settingsFixture();
    saved.channels[0].costPerContact = 9.25;
    put.flush({ settings: saved, rebuild: { jobId: JOB_ID } });
    http.expectOne(`/api/v1/jobs/${JOB_ID}`).flush({
      id: JOB_ID,
      kind: 'rebuild_journeys',
      status: 'running',
      progress: 10,
      total: 40,
      error: null,
      createdAt: '2026-11-25T10:00:00.000Z',
      startedAt: null,
      finishedAt: null,
    });
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="save-status"]')?.textContent).toContain(
      'Saved. Rebuilding journeys: 10 of 40 customers',
    );
    expect(element.querySelector('[data-testid="rebuild-progress"]')?.getAttribute('value')).toBe(
      '0.25',
    );
    expect((element.querySelector('[data-testid="cost-phone"]') as HTMLInputElement).value).toBe(
      '9.25',
    );
  });

  it('shows the client-side check next to the field and does not send', async () => {
    const { fixture, http, element } = await render();
    const window = element.querySelector('#ja-window') as HTMLInputElement;
    type(window, '0.5');
    await fixture.whenStable();
    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    http.expectNone('/api/v1/settings');
    expect(window.getAttribute('aria-invalid')).toBe('true');
    const message = element.querySelector(`#${window.getAttribute('aria-describedby')}`);
    expect(message?.textContent).toContain('must be at least 1 hour');
  });

  it('puts the server’s 400 messages next to their fields', async () => {
    const { fixture, http, element } = await render();
    type(element.querySelector('[data-testid="cost-phone"]') as HTMLInputElement, '5');
    await fixture.whenStable();
    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    http.expectOne('/api/v1/settings').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'channels[0].costPerContact must be at most 4',
        details: {
          errors: [{ field: 'channels[0].costPerContact', message: 'must be at most 4' }],
        },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    const cost = element.querySelector('[data-testid="cost-phone"]') as HTMLInputElement;
    expect(cost.getAttribute('aria-invalid')).toBe('true');
    expect(
      element.querySelector(`#${cost.getAttribute('aria-describedby')}`)?.textContent,
    ).toContain('must be at most 4');
    expect(element.querySelector('[data-testid="save-status"]')?.textContent).toContain(
      'Not saved',
    );
  });

  it('explains a load failure and offers a retry', async () => {
    const fixture = TestBed.createComponent(SettingsPage);
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    http
      .expectOne('/api/v1/settings')
      .flush({ message: 'database is down' }, { status: 503, statusText: 'Unavailable' });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('database is down');
    (element.querySelector('[role="alert"] button') as HTMLButtonElement).click();
    http.expectOne('/api/v1/settings').flush(settingsFixture());
    await fixture.whenStable();
    expect(element.querySelector('form')).not.toBeNull();
  });
});
