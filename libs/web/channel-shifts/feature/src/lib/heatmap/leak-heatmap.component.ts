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
import { ChartExport, wireChartHost } from '@journey-atlas/web/shared/ui';
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
  imports: [ChartExport],
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

  protected readonly layout = computed(() => {
    const width = this.width() ?? this.measuredWidth();
    return width > 0 ? layoutHeatmap(this.matrix(), width) : null;
  });
  /** The chart as a standalone SVG file, built only when a download is asked for. */
  protected readonly exportDocument = computed(() => {
    const layout = this.layout();
    if (!layout) return null;
    return () => ({
      svg: heatmapToSvg(layout, this.label()),
      width: layout.width,
      height: layout.height + LEGEND_HEIGHT,
    });
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
      destroyRef.onDestroy(wireChartHost(this.host, [], (width) => this.measuredWidth.set(width)));
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
}
