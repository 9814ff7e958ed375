import { TestBed } from '@angular/core/testing';
import type { MetricReportDto } from '@journey-atlas/shared/domain';
import { MetricCard } from './metric-card.component';

const COST: MetricReportDto = {
  name: 'cost_to_serve',
  label: 'Cost to serve',
  unit: 'usd',
  betterWhen: 'lower',
  value: 4.2,
  numerator: 42,
  denominator: 10,
  previous: { value: 4.7, numerator: 47, denominator: 10 },
  change: -0.5,
  direction: 'down',
  improved: true,
  series: [
    { start: '2026-11-02', value: 4.8, numerator: 48, denominator: 10 },
    { start: '2026-11-09', value: null, numerator: 0, denominator: 0 },
    { start: '2026-11-16', value: 4.2, numerator: 42, denominator: 10 },
  ],
};

describe(MetricCard.name, () => {
  async function render(metric: MetricReportDto): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(MetricCard);
    fixture.componentRef.setInput('metric', metric);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows the value, the change with arrow, sign and verdict, and a labelled sparkline', async () => {
    const element = await render(COST);
    expect(element.querySelector('h2')?.textContent).toBe('Cost to serve');
    expect(element.querySelector('[data-testid="metric-value"]')?.textContent).toBe('$4.20');
    const change = element.querySelector('.change') as HTMLElement;
    expect(change.classList).toContain('better');
    expect(change.textContent).toContain('▼ −$0.50');
    expect(change.textContent).toContain('down −$0.50 vs the previous period (better)');
    const svg = element.querySelector('[data-testid="sparkline"]') as SVGElement;
    expect(svg.getAttribute('aria-label')).toBe(
      'Cost to serve per week: week of 2026-11-02: $4.80, week of 2026-11-09: —, week of 2026-11-16: $4.20',
    );
    expect(svg.querySelector('path')?.getAttribute('d')).toContain('M');
    expect(svg.querySelector('circle')).not.toBeNull();
  });

  it('says when there is no comparison or trend', async () => {
    const element = await render({
      ...COST,
      value: null,
      previous: null,
      change: null,
      direction: null,
      improved: null,
      series: [],
    });
    expect(element.querySelector('[data-testid="metric-value"]')?.textContent).toBe('—');
    expect(element.querySelector('.change')?.textContent).toContain('no comparison');
    expect(element.querySelector('[data-testid="sparkline"]')).toBeNull();
    expect(element.textContent).toContain('Not enough weeks for a trend.');
  });
});
