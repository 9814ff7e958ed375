import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import {
  downloadBlob,
  exportFileName,
  sankeyToSvg,
  svgDocumentHeight,
  svgToPng,
} from './sankey-export';
import type { SankeyLayout } from './sankey-layout';

/** "Download SVG" and "Download PNG" for a laid-out map. */
@Component({
  selector: 'ja-sankey-export',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button type="button" (click)="downloadSvg()">Download SVG</button>
    <button type="button" (click)="downloadPng()" [disabled]="busy()">Download PNG</button>
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
export class SankeyExport {
  readonly layout = input.required<SankeyLayout>();
  readonly label = input('Journey map');
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected downloadSvg(): void {
    const svg = sankeyToSvg(this.layout(), this.label());
    downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), exportFileName(this.label(), 'svg'));
  }

  protected async downloadPng(): Promise<void> {
    const layout = this.layout();
    this.busy.set(true);
    this.failure.set(null);
    try {
      const svg = sankeyToSvg(layout, this.label());
      const png = await svgToPng(svg, layout.width, svgDocumentHeight(layout));
      downloadBlob(png, exportFileName(this.label(), 'png'));
    } catch (error) {
      this.failure.set(`PNG export failed: ${error instanceof Error ? error.message : error}`);
    } finally {
      this.busy.set(false);
    }
  }
}
