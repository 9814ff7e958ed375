import { TestBed } from '@angular/core/testing';
import { FilterBar } from './filter-bar.component';
import {
  type FilterBarValue,
  activeCount,
  dateRangeError,
  segmentLabel,
  withSegment,
  withoutSegment,
} from './filter-bar-rules';

const NONE: FilterBarValue = {
  from: null,
  to: null,
  segments: [],
  intent: null,
  channel: null,
  team: null,
};

describe(FilterBar.name, () => {
  /** Renders the bar and feeds each emitted value back in, as a screen bound to FilterState does. */
  async function render(filters: FilterBarValue) {
    const fixture = TestBed.createComponent(FilterBar);
    fixture.componentRef.setInput('filters', filters);
    fixture.componentRef.setInput('intents', ['router offline', 'billing']);
    fixture.componentRef.setInput('segmentValues', { tier: ['gold', 'standard'] });
    const emitted: FilterBarValue[] = [];
    fixture.componentInstance.filtersChange.subscribe((value) => {
      emitted.push(value);
      fixture.componentRef.setInput('filters', value);
    });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const byLabel = <T extends HTMLElement>(text: string): T => {
      const label = Array.from(element.querySelectorAll('label')).find(
        (l) => l.textContent?.trim() === text,
      );
      const control = label && element.querySelector<T>(`#${label.htmlFor}`);
      if (!control) throw new Error(`no control labelled ${text}`);
      return control;
    };
    const change = async (control: HTMLInputElement | HTMLSelectElement, value: string) => {
      control.value = value;
      control.dispatchEvent(new Event('change'));
      await fixture.whenStable();
    };
    const last = () => emitted[emitted.length - 1];
    return { fixture, element, emitted, last, byLabel, change };
  }

  it('shows the current filters, every control labelled', async () => {
    const { element, byLabel } = await render({
      from: '2026-10-01',
      to: '2026-11-01',
      segments: [{ attribute: 'tier', value: 'gold' }],
      intent: 'billing',
      channel: 'chat',
      team: null,
    });
    expect(byLabel<HTMLInputElement>('From').value).toBe('2026-10-01');
    expect(byLabel<HTMLInputElement>('To').value).toBe('2026-11-01');
    expect(byLabel<HTMLSelectElement>('Channel').value).toBe('chat');
    expect(byLabel<HTMLInputElement>('Intent').value).toBe('billing');
    expect(byLabel<HTMLInputElement>('Team').value).toBe('');
    expect(element.querySelector('.chips')?.textContent).toContain('Tier: gold');
    const intents = byLabel('Intent').getAttribute('list');
    expect(element.querySelectorAll(`#${intents} option`)).toHaveLength(2);
    expect(element.querySelector('form')?.getAttribute('role')).toBe('search');
    for (const control of Array.from(element.querySelectorAll('input, select'))) {
      expect(element.querySelector(`label[for="${control.id}"]`)).not.toBeNull();
    }
  });

  it('offers every channel of the catalogue, by its label', async () => {
    const { byLabel } = await render(NONE);
    const options = Array.from(byLabel<HTMLSelectElement>('Channel').options);
    expect(options).toHaveLength(15);
    expect(options[0].textContent?.trim()).toBe('All channels');
    expect(options.find((o) => o.value === 'field_service')?.textContent?.trim()).toBe(
      'Field service',
    );
  });

  it('shows a channel from a shared link even when the catalogue lacks it', async () => {
    const { byLabel } = await render({ ...NONE, channel: 'carrier_pigeon' });
    expect(byLabel<HTMLSelectElement>('Channel').value).toBe('carrier_pigeon');
  });

  it('emits the complete filters after each committed change', async () => {
    const { emitted, last, byLabel, change } = await render(NONE);
    await change(byLabel('Channel'), 'phone');
    await change(byLabel('Intent'), '  router offline ');
    await change(byLabel('Team'), 'Tier 2');
    await change(byLabel('From'), '2026-10-01');
    expect(last()).toEqual({
      ...NONE,
      channel: 'phone',
      intent: 'router offline',
      team: 'Tier 2',
      from: '2026-10-01',
    });
    await change(byLabel('Intent'), 'router offline');
    expect(emitted).toHaveLength(4);
    await change(byLabel('Channel'), '');
    expect(last().channel).toBeNull();
  });

  it('refuses a date range that selects nothing and says why', async () => {
    const { element, emitted, byLabel, change } = await render({ ...NONE, from: '2026-10-01' });
    await change(byLabel('To'), '2026-09-01');
    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      'end date must be after the start date',
    );
    expect(byLabel('To').getAttribute('aria-invalid')).toBe('true');
    expect(emitted).toHaveLength(0);
  });

  it('adds segment filters from the keyboard and removes them', async () => {
    const { fixture, element, last, byLabel } = await render(NONE);
    const attribute = byLabel<HTMLInputElement>('Segment attribute');
    const value = byLabel<HTMLInputElement>('Segment value');
    attribute.value = 'tier';
    attribute.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(element.querySelectorAll(`#${value.getAttribute('list')} option`)).toHaveLength(2);
    value.value = 'gold';
    value.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await fixture.whenStable();
    expect(last().segments).toEqual([{ attribute: 'tier', value: 'gold' }]);
    expect(value.value).toBe('');
    element
      .querySelector<HTMLButtonElement>('button[aria-label="Remove segment Tier gold"]')
      ?.click();
    await fixture.whenStable();
    expect(last().segments).toEqual([]);
    expect(element.querySelector('.chips')).toBeNull();
  });

  it('explains a segment it cannot add', async () => {
    const { fixture, element, emitted, byLabel } = await render(NONE);
    byLabel<HTMLInputElement>('Segment attribute').value = 'tier';
    element.querySelector<HTMLButtonElement>('.segment button')?.click();
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Type a value for Tier');
    byLabel<HTMLInputElement>('Segment attribute').value = 'a.b';
    element.querySelector<HTMLButtonElement>('.segment button')?.click();
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Choose an attribute');
    expect(emitted).toHaveLength(0);
  });

  it('clears every filter at once', async () => {
    const { fixture, element, last } = await render({
      ...NONE,
      channel: 'web',
      segments: [{ attribute: 'region', value: 'North' }],
    });
    const clear = element.querySelector<HTMLButtonElement>('button.clear');
    expect(clear?.disabled).toBe(false);
    clear?.click();
    await fixture.whenStable();
    expect(last()).toEqual(NONE);
    expect(clear?.disabled).toBe(true);
  });
});

describe('filter bar rules', () => {
  it('names standard segment attributes for people', () => {
    expect(segmentLabel('valueBand')).toBe('Value band');
    expect(segmentLabel('contract')).toBe('contract');
  });

  it('rejects an end on or before the start', () => {
    expect(dateRangeError('2026-10-01', '2026-10-01')).not.toBeNull();
    expect(dateRangeError('2026-10-01', '2026-10-02')).toBeNull();
    expect(dateRangeError(null, '2026-10-02')).toBeNull();
  });

  it('adds a segment value once and removes it', () => {
    const gold = { attribute: 'tier', value: 'gold' };
    const once = withSegment(NONE, gold);
    expect(withSegment(once, gold)).toBe(once);
    expect(activeCount({ ...once, channel: 'web' })).toBe(2);
    expect(withoutSegment(once, gold).segments).toEqual([]);
  });
});
