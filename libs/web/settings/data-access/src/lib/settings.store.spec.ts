import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { BackgroundJobDto } from './job';
import { rebuildProgress } from './job';
import { settingsFixture } from './settings-fixture';
import { REBUILD_POLL_INTERVAL_MS, SettingsStore } from './settings.store';

const JOB_ID = '0b6f7c2e-3a1d-4d38-9b43-3c9a8a1f0e55';

function job(overrides: Partial<BackgroundJobDto>): BackgroundJobDto {
  return {
    id: JOB_ID,
    kind: 'rebuild_journeys',
    status: 'queued',
    progress: 0,
    total: null,
    error: null,
    createdAt: '2026-11-25T10:00:00.000Z',
    startedAt: null,
    finishedAt: null,
    ...overrides,
  };
}

describe(SettingsStore.name, () => {
  let store: SettingsStore;
  let http: HttpTestingController;

  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: REBUILD_POLL_INTERVAL_MS, useValue: 1000 },
      ],
    });
    store = TestBed.inject(SettingsStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  it('loads the settings', () => {
    store.load();
    expect(store.state()).toEqual({ status: 'loading' });
    http.expectOne('/api/v1/settings').flush(settingsFixture());
    expect(store.state()).toEqual({ status: 'ready', data: settingsFixture() });
  });

  it('saves, then follows the rebuild the save queued until it is done', () => {
    const body = { timeZone: 'Europe/London' };
    store.save(body);
    expect(store.saveState()).toEqual({ status: 'saving' });
    const put = http.expectOne('/api/v1/settings');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toBe(body);
    const saved = settingsFixture();
    saved.workspace.timeZone = 'Europe/London';
    put.flush({ settings: saved, rebuild: { jobId: JOB_ID } });
    expect(store.state()).toEqual({ status: 'ready', data: saved });

    http
      .expectOne(`/api/v1/jobs/${JOB_ID}`)
      .flush(job({ status: 'running', progress: 30, total: 120 }));
    const running = store.saveState();
    expect(running.status === 'saved' && running.rebuild?.status).toBe('running');
    jest.advanceTimersByTime(1000);
    http
      .expectOne(`/api/v1/jobs/${JOB_ID}`)
      .flush(job({ status: 'done', progress: 120, total: 120 }));
    const done = store.saveState();
    expect(done.status === 'saved' && done.rebuild?.status).toBe('done');
    jest.advanceTimersByTime(5000);
    http.expectNone(`/api/v1/jobs/${JOB_ID}`);
  });

  it('says when a save changed nothing and so started no rebuild', () => {
    store.save({});
    http.expectOne('/api/v1/settings').flush({ settings: settingsFixture(), rebuild: null });
    expect(store.saveState()).toEqual({ status: 'saved', rebuild: null });
  });

  it('keeps a 400’s messages per field', () => {
    store.save({ journeys: { windowSeconds: 1 } });
    http.expectOne('/api/v1/settings').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'journeys.windowSeconds must be at least 3600 (1 hour)',
        details: {
          errors: [{ field: 'journeys.windowSeconds', message: 'must be at least 3600 (1 hour)' }],
        },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    expect(store.saveState()).toEqual({
      status: 'error',
      message: 'journeys.windowSeconds must be at least 3600 (1 hour)',
      fieldErrors: { 'journeys.windowSeconds': 'must be at least 1 hour' },
    });
    store.clearSaveState();
    expect(store.saveState()).toEqual({ status: 'idle' });
  });
});

describe('rebuildProgress', () => {
  it('labels each state of the rebuild', () => {
    expect(rebuildProgress(job({})).value).toBeNull();
    expect(rebuildProgress(job({ status: 'running', progress: 25, total: 100 }))).toEqual({
      label: 'Rebuilding journeys: 25 of 100 customers',
      value: 0.25,
    });
    expect(rebuildProgress(job({ status: 'running' })).label).toBe('Rebuilding journeys…');
    expect(rebuildProgress(job({ status: 'done' })).value).toBe(1);
    expect(rebuildProgress(job({ status: 'failed', error: 'boom' })).label).toBe(
      'The journey rebuild failed: boom',
    );
  });
});
