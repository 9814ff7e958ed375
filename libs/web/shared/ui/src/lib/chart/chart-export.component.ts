import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { downloadBlob, exportFileName, svgToPng } from './svg-export';

/** A chart as a standalone SVG document and the size to rasterise it at. */
export interface ChartDocument {
  svg: string;
  width: number;
  height: number;
}

/**
 * "Download SVG" and "Download PNG" for a chart. `render` builds the document on demand (only
 * when a button is pressed); while it is null there is nothing to export and both are disabled.
 */
@Component({
  selector: 'ja-chart-export',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button type="button" (click)="downloadSvg()" [disabled]="!render()">Download SVG</button>
    <button type="button" (click)="downloadPng()" [disabled]="!render() || busy()">
      Download PNG
    </button>
    @if (failure(); as message) {
      <span role="alert" class="failure">{{ message }}</span>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      gap: 0.5rem;
      align-items: center;
    }
    button {
      font: inherit;
      padding: 0.3rem 0.75rem;
      border: 1px solid var(--ja-line, #dde3ea);
      border-radius: 4px;
      background: var(--ja-surface, #fff);
      cursor: pointer;
    }
    .failure {
      color: var(--ja-warn, #d55e00);
    }
  `,
})
export class ChartExport {
  readonly render = input.required<(() => ChartDocument) | null>();
  readonly label = input('Chart');
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected downloadSvg(): void {
    const render = this.render();
    if (!render) return;
    const { svg } = render();
    downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), exportFileName(this.label(), 'svg'));
  }

  protected async downloadPng(): Promise<void> {
    const render = this.render();
    if (!render) return;
    this.busy.set(true);
    this.failure.set(null);
    try {
      const { svg, width, height } = render();
      const png = await svgToPng(svg, width, height);
      downloadBlob(png, exportFileName(this.label(), 'png'));
    } catch (error) {
      this.failure.set(`PNG export failed: ${error instanceof Error ? error.message : error}`);
    } finally {
      this.busy.set(false);
    }
  }
}
