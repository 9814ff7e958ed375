import { HttpParams, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { GoalTreeDto } from '@journey-atlas/shared/domain';
import { PyramidStore } from './pyramid.store';

const TREE: GoalTreeDto = {
  workspace: 'default',
  from: '2026-10-28T00:00:00.000Z',
  to: '2026-11-27T00:00:00.000Z',
  previousFrom: null,
  previousTo: null,
  goals: [],
  warnings: [],
};

describe(PyramidStore.name, () => {
  let store: PyramidStore;
  let http: HttpTestingController;
  const tick = () => new Promise((resolve) => setTimeout(resolve));

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(PyramidStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads the tree for the period', () => {
    store.load(new HttpParams().set('from', '2026-11-01'));
    expect(store.state()).toEqual({ status: 'loading' });
    const request = http.expectOne((r) => r.url === '/api/v1/goals/tree');
    expect(request.request.params.toString()).toBe('from=2026-11-01');
    request.flush(TREE);
    expect(store.state()).toEqual({ status: 'ready', data: TREE });
  });

  it('creates a node, then reloads the tree with the same period', async () => {
    store.load(new HttpParams().set('to', '2026-12-01'));
    http.expectOne((r) => r.url === '/api/v1/goals/tree').flush(TREE);
    const saved = store.create({ level: 'goal', name: 'Grow' });
    const post = http.expectOne((r) => r.url === '/api/v1/goals' && r.method === 'POST');
    expect(post.request.body).toEqual({ level: 'goal', name: 'Grow' });
    post.flush({ id: 'g1' });
    await tick();
    const reload = http.expectOne((r) => r.url === '/api/v1/goals/tree');
    expect(reload.request.params.toString()).toBe('to=2026-12-01');
    // The old tree stays on screen while the new one loads.
    expect(store.state().status).toBe('ready');
    reload.flush(TREE);
    expect(await saved).toEqual({ ok: true });
  });

  it('edits and deletes by id', async () => {
    const updated = store.update('g/1', { name: 'x' });
    const put = http.expectOne((r) => r.method === 'PUT');
    expect(put.request.url).toBe('/api/v1/goals/g%2F1');
    put.flush({});
    await tick();
    http.expectOne((r) => r.url === '/api/v1/goals/tree').flush(TREE);
    expect(await updated).toEqual({ ok: true });
    const removed = store.remove('g1');
    http
      .expectOne((r) => r.method === 'DELETE' && r.url === '/api/v1/goals/g1')
      .flush({ deleted: 1 });
    await tick();
    http.expectOne((r) => r.url === '/api/v1/goals/tree').flush(TREE);
    expect(await removed).toEqual({ ok: true });
  });

  it('returns the API’s message when a save fails, without reloading', async () => {
    const saved = store.create({ level: 'strategic' });
    http
      .expectOne((r) => r.method === 'POST')
      .flush(
        { message: 'metric is required for a strategic node' },
        { status: 400, statusText: 'Bad Request' },
      );
    expect(await saved).toEqual({ ok: false, message: 'metric is required for a strategic node' });
  });

  it('shows the API’s message when the tree fails to load', () => {
    store.load();
    http
      .expectOne((r) => r.url === '/api/v1/goals/tree')
      .flush(
        { message: 'Query parameter "from" must be an ISO date' },
        { status: 400, statusText: 'Bad Request' },
      );
    expect(store.state()).toEqual({
      status: 'error',
      message: 'Query parameter "from" must be an ISO date',
    });
  });
});
