import { TestBed } from '@angular/core/testing';
import type { JourneyMapLink, JourneyMapNode } from './journey-map.types';
import { SankeyChart } from './sankey-chart.component';
import { smallJourneyMap } from './testing-fixture';

describe(SankeyChart.name, () => {
  async function render(data = smallJourneyMap()) {
    const fixture = TestBed.createComponent(SankeyChart);
    fixture.componentRef.setInput('data', data);
    fixture.componentRef.setInput('width', 800);
    fixture.componentRef.setInput('height', 400);
    fixture.componentRef.setInput('label', 'Journey map: router offline');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const links: JourneyMapLink[] = [];
    const nodes: JourneyMapNode[] = [];
    fixture.componentInstance.linkSelected.subscribe((link) => links.push(link));
    fixture.componentInstance.nodeSelected.subscribe((node) => nodes.push(node));
    return { fixture, element, links, nodes };
  }

  it('draws one path per link and one box per node, exits styled apart', async () => {
    const { element } = await render();
    const svg = element.querySelector('svg[data-testid="sankey-svg"]');
    expect(svg?.getAttribute('width')).toBe('800');
    expect(element.querySelectorAll('path[data-link]')).toHaveLength(8);
    expect(element.querySelectorAll('rect[data-node]')).toHaveLength(7);
    const unresolved = element.querySelector('rect[data-node="unresolved"]');
    expect(unresolved?.getAttribute('data-kind')).toBe('unresolved');
    expect(unresolved?.getAttribute('stroke-dasharray')).toBe('4 2');
    expect(element.querySelector('rect[data-node="resolved"]')?.getAttribute('fill')).toBe(
      '#1b2430',
    );
    const path = element.querySelector('path[data-link="1:web->2:phone"]');
    expect(path?.getAttribute('d')).toMatch(/^M/);
    expect(path?.getAttribute('aria-label')).toContain('60 journeys (38%), friction 40%');
    expect(element.textContent).toContain('Unresolved ✗');
  });

  it('keeps a table of the same data for screen readers, shown on request', async () => {
    const { fixture, element } = await render();
    const table = element.querySelector('[data-testid="sankey-table"]') as HTMLElement;
    expect(table.classList).toContain('visually-hidden');
    expect(table.querySelectorAll('[data-testid="sankey-node-table"] tbody tr')).toHaveLength(7);
    const row = table.querySelector('tr[data-link="1:phone->unresolved"]');
    const cells = Array.from(row?.children ?? []).map((cell) => cell.textContent?.trim());
    expect(cells).toEqual(['Step 1 Phone', 'Unresolved', '30', '19%', '60%', '–', '100%']);
    const toggle = element.querySelector('.toolbar button') as HTMLButtonElement;
    toggle.click();
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(table.classList).not.toContain('visually-hidden');
    expect((element.querySelector('.chart') as HTMLElement).hidden).toBe(true);
  });

  it('emits the link or node that is clicked', async () => {
    const { element, links, nodes } = await render();
    element
      .querySelector('path[data-link="2:phone->unresolved"]')
      ?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    element
      .querySelector('rect[data-node="1:web"]')
      ?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(links).toEqual([smallJourneyMap().links[6]]);
    expect(nodes.map((n) => n.id)).toEqual(['1:web']);
  });

  it('is usable from the keyboard: one tab stop, arrows move, Enter selects', async () => {
    const { fixture, element, links, nodes } = await render();
    const focusable = element.querySelectorAll('[data-key][tabindex="0"]');
    expect(focusable).toHaveLength(1);
    const first = focusable[0] as SVGElement;
    expect(first.tagName.toLowerCase()).toBe('rect');
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(nodes).toHaveLength(1);
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await fixture.whenStable();
    const next = element.querySelector('[data-key][tabindex="0"]') as SVGElement;
    expect(next.tagName.toLowerCase()).toBe('path');
    expect(next.getAttribute('data-link')?.startsWith(nodes[0].id)).toBe(true);
    next.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    expect(links).toHaveLength(1);
  });

  it('shows the hover text of the item under the pointer and dims the other flows', async () => {
    const { fixture, element } = await render();
    element
      .querySelector('rect[data-node="2:chat"]')
      ?.dispatchEvent(new MouseEvent('pointerover', { bubbles: true }));
    await fixture.whenStable();
    expect(element.querySelector('.tooltip')?.textContent).toContain(
      'Step 2, Chat: 20 journeys (13%)',
    );
    expect(element.querySelectorAll('path.dim')).toHaveLength(8 - 2);
    element.dispatchEvent(new MouseEvent('pointerleave'));
    await fixture.whenStable();
    expect(element.querySelector('.tooltip')).toBeNull();
    expect(element.querySelectorAll('path.dim')).toHaveLength(0);
  });

  it('says what to do when no journeys match', async () => {
    const { element } = await render({ nodes: [], links: [] });
    expect(element.querySelector('[role="status"]')?.textContent).toContain(
      'No journeys match these filters',
    );
    expect(element.querySelector('svg')).toBeNull();
  });

  it('explains a map it cannot draw instead of showing a blank chart', async () => {
    const data = smallJourneyMap();
    data.links.push({
      source: 'resolved',
      target: '1:web',
      count: 1,
      frictionRate: 0,
      medianGapHours: 1,
      dropOff: 0,
    });
    const { element } = await render(data);
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('circular link');
  });

  it('keeps the selection when the same map comes back with new numbers', async () => {
    const { fixture, element } = await render();
    const pick = () => element.querySelector('path[data-link="1:web->2:phone"]');
    pick()?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await fixture.whenStable();
    expect(pick()?.classList).toContain('selected');
    const next = smallJourneyMap();
    next.links[0] = { ...next.links[0], frictionRate: 0.1 };
    fixture.componentRef.setInput('data', next);
    await fixture.whenStable();
    expect(pick()?.classList).toContain('selected');
    expect(element.querySelectorAll('path.selected')).toHaveLength(1);
  });

  it('takes its width from the container when none is given', async () => {
    const spy = jest
      .spyOn(HTMLElement.prototype, 'getBoundingClientRect')
      .mockReturnValue({ width: 640, height: 0 } as DOMRect);
    try {
      const fixture = TestBed.createComponent(SankeyChart);
      fixture.componentRef.setInput('data', smallJourneyMap());
      await fixture.whenStable();
      await fixture.whenStable();
      const svg = (fixture.nativeElement as HTMLElement).querySelector('svg');
      expect(svg?.getAttribute('width')).toBe('640');
      expect(svg?.getAttribute('height')).toBe('480');
    } finally {
      spy.mockRestore();
    }
  });
});
