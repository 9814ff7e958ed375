import { TestBed } from '@angular/core/testing';
import { ChartExport, type ChartDocument } from './chart-export.component';

describe(ChartExport.name, () => {
  async function render(doc: (() => ChartDocument) | null) {
    const fixture = TestBed.createComponent(ChartExport);
    fixture.componentRef.setInput('render', doc);
    fixture.componentRef.setInput('label', 'Leak heatmap');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const button = (name: string) =>
      Array.from(element.querySelectorAll('button')).find((b) => b.textContent?.trim() === name);
    return { fixture, element, button };
  }

  it('disables both downloads while there is nothing to export', async () => {
    const { button } = await render(null);
    expect(button('Download SVG')?.disabled).toBe(true);
    expect(button('Download PNG')?.disabled).toBe(true);
  });

  it('builds the document only when asked and says why a PNG export failed', async () => {
    let built = 0;
    const { fixture, element, button } = await render(() => {
      built++;
      return { svg: '<svg xmlns="http://www.w3.org/2000/svg"/>', width: 10, height: 10 };
    });
    expect(button('Download PNG')?.disabled).toBe(false);
    expect(built).toBe(0);
    // jsdom has no object URLs or canvas, so rasterising fails: the failure is shown, not thrown.
    button('Download PNG')?.click();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    expect(built).toBe(1);
    expect(element.querySelector('[role="alert"]')?.textContent).toMatch(/^PNG export failed: /);
    expect(button('Download PNG')?.disabled).toBe(false);
  });
});
