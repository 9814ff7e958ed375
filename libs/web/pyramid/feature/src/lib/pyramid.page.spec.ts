import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideLocationMocks } from '@angular/common/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { GoalTreeDto, GoalTreeNodeDto } from '@journey-atlas/shared/domain';
import { PyramidPage } from './pyramid.page';

const BASE = {
  parentId: null,
  name: null,
  goalKind: null,
  metric: null,
  target: null,
  targetDate: null,
  role: null,
  metricKind: null,
  team: null,
  agent: null,
  channel: null,
  intent: null,
  createdAt: '2026-11-25T00:00:00.000Z',
  updatedAt: '2026-11-25T00:00:00.000Z',
  unit: null,
  betterWhen: null,
  actual: null,
  warnings: [],
  children: [],
} as const;

const STRATEGIC: GoalTreeNodeDto = {
  ...BASE,
  id: 's1',
  level: 'strategic',
  parentId: 'g1',
  metric: 'containment',
  target: 0.6,
  targetDate: '2027-06-30',
  channel: 'web',
  label: 'Containment rate',
  unit: 'ratio',
  betterWhen: 'higher',
  actual: {
    value: 0.52,
    numerator: 52,
    denominator: 100,
    previous: { value: 0.5, numerator: 50, denominator: 100 },
    change: 0.02,
    direction: 'up',
    improved: true,
  },
  status: 'off_track',
  warnings: [
    {
      code: 'too_few_operational',
      severity: 'hint',
      nodeId: 's1',
      count: 0,
      limit: 5,
      message: 'Strategic metric containment has 0 operational metrics; 5 to 7 are advised.',
    },
  ],
  children: [],
};

const GOAL: GoalTreeNodeDto = {
  ...BASE,
  id: 'g1',
  level: 'goal',
  name: 'Cut cost',
  goalKind: 'cost_reduction',
  label: 'Cut cost',
  status: 'off_track',
  warnings: [
    {
      code: 'too_many_strategic',
      severity: 'warning',
      nodeId: 'g1',
      count: 3,
      limit: 2,
      message: 'Goal "Cut cost" has 3 strategic metrics; at most 2.',
    },
  ],
  children: [STRATEGIC],
};

function tree(goals: GoalTreeNodeDto[]): GoalTreeDto {
  return {
    workspace: 'default',
    from: '2026-10-28T00:00:00.000Z',
    to: '2026-11-27T00:00:00.000Z',
    previousFrom: '2026-09-28T00:00:00.000Z',
    previousTo: '2026-10-28T00:00:00.000Z',
    goals,
    warnings: [...GOAL.warnings, ...STRATEGIC.warnings],
  };
}

describe(PyramidPage.name, () => {
  async function open(url: string) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'pyramid', component: PyramidPage }]),
        provideLocationMocks(),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    const harness = await RouterTestingHarness.create(url);
    const http = TestBed.inject(HttpTestingController);
    const element = harness.routeNativeElement as HTMLElement;
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await harness.fixture.whenStable();
    };
    const treeRequest = () => http.expectOne((r) => r.url === '/api/v1/goals/tree');
    const button = (text: string) =>
      Array.from(element.querySelectorAll('button')).find((b) => b.textContent?.trim() === text) as
        | HTMLButtonElement
        | undefined;
    const type = (selector: string, value: string, event = 'input') => {
      const input = element.querySelector(selector) as HTMLInputElement | HTMLSelectElement;
      input.value = value;
      input.dispatchEvent(new Event(event));
    };
    return { element, http, settle, treeRequest, button, type };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('shows loading, then the empty state that says how to start', async () => {
    const { element, settle, treeRequest } = await open('/pyramid');
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Loading');
    treeRequest().flush(tree([]));
    await settle();
    const empty = element.querySelector('.empty')?.textContent ?? '';
    expect(empty).toContain('No goals yet');
    expect(empty).toContain('at most 2 strategic metrics');
  });

  it('shows the tree with actual vs target, status, trend and warnings', async () => {
    const { element, settle, treeRequest } = await open('/pyramid?from=2026-10-28');
    const request = treeRequest();
    expect(request.request.params.toString()).toBe('from=2026-10-28');
    request.flush(tree([GOAL]));
    await settle();
    const nodes = Array.from(element.querySelectorAll('[data-testid="pyramid-node"]'));
    expect(nodes.map((n) => n.getAttribute('data-level'))).toEqual(['goal', 'strategic']);
    const strategic = nodes[1];
    expect(strategic.querySelector('[data-testid="node-actual"]')?.textContent?.trim()).toBe('52%');
    expect(strategic.querySelector('.target')?.textContent?.trim()).toBe(
      'target 60% by 2027-06-30',
    );
    expect(strategic.querySelector('[data-testid="node-status"]')?.textContent?.trim()).toBe(
      'Off track',
    );
    expect(strategic.querySelector('.trend')?.textContent).toContain('+2 pts');
    expect(strategic.textContent).toContain('channel=web');
    expect(element.querySelector('.limits')?.textContent).toContain('at most 2');
    expect(element.querySelector('[data-testid="pyramid-period"]')?.textContent).toContain(
      '2026-10-28 to 2026-11-26',
    );
    const rows = element.querySelectorAll('[data-testid="pyramid-table"] tbody tr');
    expect(rows).toHaveLength(2);
  });

  it('creates a strategic metric under a goal, with the target in percent', async () => {
    const { element, http, settle, treeRequest, button, type } = await open('/pyramid');
    treeRequest().flush(tree([{ ...GOAL, children: [] }]));
    await settle();
    (
      element.querySelector(
        '[aria-label="Add strategic metric under Cut cost"]',
      ) as HTMLButtonElement
    ).click();
    await settle();
    const form = element.querySelector('form') as HTMLFormElement;
    expect(form.getAttribute('aria-label')).toBe('Add a strategic metric');
    expect(document.activeElement?.id).toBe('ja-node-metric');
    type('#ja-node-metric', 'fcr', 'change');
    type('#ja-node-target', '80');
    type('#ja-node-date', '2027-06-30');
    button('Add')?.click();
    await settle();
    const post = http.expectOne((r) => r.method === 'POST' && r.url === '/api/v1/goals');
    expect(post.request.body).toEqual({
      level: 'strategic',
      parentId: 'g1',
      metric: 'fcr',
      target: 0.8,
      targetDate: '2027-06-30',
    });
    post.flush({ id: 's2' });
    await settle();
    treeRequest().flush(tree([GOAL]));
    await settle();
    expect(element.querySelector('form')).toBeNull();
  });

  it('keeps the form open with the API’s message when saving fails', async () => {
    const { element, http, settle, treeRequest, button, type } = await open('/pyramid');
    treeRequest().flush(tree([]));
    await settle();
    button('Add your first goal')?.click();
    await settle();
    type('#ja-node-name', '');
    button('Add')?.click();
    await settle();
    http
      .expectOne((r) => r.method === 'POST')
      .flush(
        { message: 'name is required for a goal node (what the business wants)' },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle();
    expect(element.querySelector('form [role="alert"]')?.textContent).toContain('name is required');
  });

  it('edits a node in place and deletes it after a confirmation', async () => {
    const { element, http, settle, treeRequest, button } = await open('/pyramid');
    treeRequest().flush(tree([GOAL]));
    await settle();
    (element.querySelector('[aria-label="Edit Containment rate"]') as HTMLButtonElement).click();
    await settle();
    expect((element.querySelector('#ja-node-target') as HTMLInputElement).value).toBe('60');
    button('Save changes')?.click();
    await settle();
    const put = http.expectOne((r) => r.method === 'PUT' && r.url === '/api/v1/goals/s1');
    expect(put.request.body).toEqual({
      metric: 'containment',
      target: 0.6,
      targetDate: '2027-06-30',
      channel: 'web',
    });
    put.flush({});
    await settle();
    treeRequest().flush(tree([GOAL]));
    await settle();

    (element.querySelector('[aria-label="Delete Cut cost"]') as HTMLButtonElement).click();
    await settle();
    button('Delete 2 nodes')?.click();
    await settle();
    http
      .expectOne((r) => r.method === 'DELETE' && r.url === '/api/v1/goals/g1')
      .flush({ deleted: 2 });
    await settle();
    treeRequest().flush(tree([]));
    await settle();
    expect(element.querySelector('.empty')).not.toBeNull();
  });

  it('says when the tree cannot be loaded and retries', async () => {
    const { element, settle, treeRequest, button } = await open('/pyramid');
    treeRequest().flush({ message: 'boom' }, { status: 500, statusText: 'Server Error' });
    await settle();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('boom');
    button('Try again')?.click();
    treeRequest().flush(tree([]));
    await settle();
    expect(element.querySelector('.empty')).not.toBeNull();
  });
});
