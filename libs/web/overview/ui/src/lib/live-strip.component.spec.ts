import { TestBed } from '@angular/core/testing';
import type { LiveMinuteDto } from '@journey-atlas/shared/domain';
import { LiveStrip } from './live-strip.component';

const MINUTES: LiveMinuteDto[] = [
  { minute: '2026-11-25T12:00:00.000Z', total: 0, byChannel: {} },
  { minute: '2026-11-25T12:01:00.000Z', total: 3, byChannel: { phone: 1, web: 2 } },
];

describe(LiveStrip.name, () => {
  it('draws a bar per minute and lists the same numbers in a table', async () => {
    const fixture = TestBed.createComponent(LiveStrip);
    fixture.componentRef.setInput('minutes', MINUTES);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelectorAll('rect.bar')).toHaveLength(2);
    expect(element.querySelector('[data-testid="live-last-minute"]')?.textContent).toBe('3');
    expect(element.querySelector('[data-testid="live-total"]')?.textContent).toBe('3');
    const cells = Array.from(element.querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.children).map((cell) => cell.textContent),
    );
    expect(cells.map((row) => row.slice(1))).toEqual([
      ['0', '—'],
      ['3', 'phone 1, web 2'],
    ]);
    expect(element.querySelector('svg')?.getAttribute('aria-label')).toContain(
      'Touchpoints per minute, last 2 minutes',
    );
  });
});
