import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import type { LeakCell, LeakMatrix } from '@journey-atlas/web/channel-shifts/data-access';
import { downloadBlob, exportFileName, svgToPng } from '@journey-atlas/web/journey-map/ui';
import { channelLabel, formatCount, formatUsd } from '../shift-format';
import { type HeatCell, layoutHeatmap } from './heatmap-layout';
import { LEGEND_HEIGHT, heatmapToSvg } from './heatmap-svg';

/**
 * Leaks as a from-channel x to-channel heatmap with the count printed in every cell, a
 * colour-blind-safe sequential scale, a table alternative and SVG/PNG export. Geometry
 * comes from `layoutHeatmap`; the width follows the container.
 */
@Component({
  selector: 'ja-leak-heatmap',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './leak-heatmap.component.html',
  styleUrl: './leak-heatmap.component.css',
})
export class LeakHeatmap {
  readonly matrix = input.required<LeakMatrix>();
  readonly label = input('Channel-shift leaks');
  readonly width = input<number | null>(null);
  readonly cellSelected = output<LeakCell>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly measuredWidth = signal(0);
  protected readonly showTable = signal(false);
  protected readonly selectedKey = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected readonly layout = computed(() => {
    const width = this.width() ?? this.measuredWidth();
    return width > 0 ? layoutHeatmap(this.matrix(), width) : null;
  });
  protected readonly svgLabel = computed(
    () =>
      `${this.label()}: ${formatCount(this.matrix().total)} journeys that began in self-service and reached an assisted channel. Tab to a cell, Enter lists its intents.`,
  );
  protected readonly channelLabel = channelLabel;
  protected readonly formatCount = formatCount;
  protected readonly formatUsd = formatUsd;

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      let frame = 0;
      const observer =
        typeof ResizeObserver === 'undefined'
          ? null
          : new ResizeObserver((entries) => {
              cancelAnimationFrame(frame);
              const width = Math.floor(entries[0].contentRect.width);
              // A zero width means hidden or mid-relayout: keep the last drawing.
              if (width > 0) frame = requestAnimationFrame(() => this.measuredWidth.set(width));
            });
      this.measuredWidth.set(Math.floor(this.host.getBoundingClientRect().width));
      observer?.observe(this.host);
      destroyRef.onDestroy(() => {
        observer?.disconnect();
        cancelAnimationFrame(frame);
      });
    });
  }

  protected select(cell: HeatCell | LeakCell | null): void {
    const leak = cell && 'cell' in cell ? cell.cell : cell;
    if (!leak) return;
    this.selectedKey.set(`${leak.from}>${leak.to}`);
    this.cellSelected.emit(leak);
  }

  protected onKey(event: KeyboardEvent, cell: HeatCell): void {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    this.select(cell);
  }

  protected toggleTable(): void {
    this.showTable.update((shown) => !shown);
  }

  protected intentsText(cell: LeakCell): string {
    return cell.intents.map((i) => `${i.intent} (${formatCount(i.journeys)})`).join(', ');
  }

  protected downloadSvg(): void {
    const layout = this.layout();
    if (!layout) return;
    const svg = heatmapToSvg(layout, this.label());
    downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), exportFileName(this.label(), 'svg'));
  }

  protected async downloadPng(): Promise<void> {
    const layout = this.layout();
    if (!layout) return;
    this.busy.set(true);
    this.failure.set(null);
    try {
      const svg = heatmapToSvg(layout, this.label());
      const png = await svgToPng(svg, layout.width, layout.height + LEGEND_HEIGHT);
      downloadBlob(png, exportFileName(this.label(), 'png'));
    } catch (error) {
      this.failure.set(`PNG export failed: ${error instanceof Error ? error.message : error}`);
    } finally {
      this.busy.set(false);
    }
  }
}
