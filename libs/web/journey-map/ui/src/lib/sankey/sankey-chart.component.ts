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
import { ChartExport, type ChartListener, wireChartHost } from '@journey-atlas/web/shared/ui';
import { frictionLegend } from './friction-colour';
import type { JourneyMapData, JourneyMapLink, JourneyMapNode } from './journey-map.types';
import { NODE_STYLES, labelText, showsLabel } from './node-style';
import { formatCount } from './sankey-format';
import {
  type PositionedLink,
  type PositionedNode,
  type SankeyLayout,
  layoutSankey,
} from './sankey-layout';
import { sankeyToSvg, svgDocumentHeight } from './sankey-export';
import { SankeyTable } from './sankey-table.component';
import { type FocusableItem, focusOrder, isLinkLit, itemCentre, nextKey } from './sankey-focus';

type LayoutResult = { layout: SankeyLayout } | { error: string };

/**
 * A journey map as a Sankey diagram. Geometry comes from `layoutSankey`; this component only
 * draws it. Pointer, focus and key events are delegated to the host with plain listeners, so
 * moving the mouse over 1,500 links never schedules change detection — only a changed hover
 * target (a signal) does. Width follows the container through a ResizeObserver.
 */
@Component({
  selector: 'ja-sankey-chart',
  imports: [SankeyTable, ChartExport],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sankey-chart.component.html',
  styleUrl: './sankey-chart.component.css',
})
export class SankeyChart {
  readonly data = input.required<JourneyMapData>();
  /** Chart height in px; the width follows the container unless `width` is set. */
  readonly height = input(480);
  readonly width = input<number | null>(null);
  /** Names the chart for screen readers, the table captions and exported files. */
  readonly label = input('Journey map');

  readonly linkSelected = output<JourneyMapLink>();
  readonly nodeSelected = output<JourneyMapNode>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly measuredWidth = signal(0);
  protected readonly showTable = signal(false);
  protected readonly hoveredKey = signal<string | null>(null);
  protected readonly activeKey = signal<string | null>(null);
  protected readonly selectedKey = signal<string | null>(null);
  private readonly focusedKey = signal<string | null>(null);

  protected readonly styles = NODE_STYLES;
  protected readonly legend = frictionLegend();
  protected readonly showsLabel = showsLabel;
  protected readonly labelText = labelText;

  private readonly result = computed<LayoutResult | null>(() => {
    const width = this.width() ?? this.measuredWidth();
    if (width <= 0) return null;
    try {
      return { layout: layoutSankey(this.data(), width, this.height()) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  });
  protected readonly layout = computed(() => {
    const result = this.result();
    return result && 'layout' in result ? result.layout : null;
  });
  /** The map as a standalone SVG file, built only when a download is asked for. */
  protected readonly exportDocument = computed(() => {
    const layout = this.layout();
    if (!layout || layout.nodes.length === 0) return null;
    return () => ({
      svg: sankeyToSvg(layout, this.label()),
      width: layout.width,
      height: svgDocumentHeight(layout),
    });
  });
  protected readonly layoutError = computed(() => {
    const result = this.result();
    return result && 'error' in result ? result.error : null;
  });

  protected readonly items = computed(() => focusOrder(this.layout()));
  private readonly itemByKey = computed(
    () => new Map<string, FocusableItem>(this.items().map((item) => [item.key, item])),
  );
  /** The one item reachable with Tab (roving tabindex); arrows move between the others. */
  protected readonly tabKey = computed(() => {
    const active = this.activeKey();
    return active && this.itemByKey().has(active) ? active : (this.items()[0]?.key ?? null);
  });
  /** Hovered, else focused item: its text shows in the tooltip and its flows stay lit. */
  protected readonly highlighted = computed(() => {
    const key = this.hoveredKey() ?? this.focusedKey();
    return key ? (this.itemByKey().get(key) ?? null) : null;
  });
  protected readonly tooltip = computed(() => {
    const item = this.highlighted();
    const layout = this.layout();
    if (!item || !layout) return null;
    const at = itemCentre(item);
    // Open towards the middle so the text never runs off the chart's right edge.
    return { text: item.description, ...at, flip: at.x > layout.width * 0.6 };
  });
  protected readonly svgLabel = computed(() => {
    const layout = this.layout();
    const journeys = layout ? formatCount(layout.journeys) : '0';
    return `${this.label()}: ${journeys} journeys. Arrow keys move between steps and flows, Enter opens one.`;
  });

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const listeners: ChartListener[] = [
        ['pointerover', (e) => this.hoveredKey.set(keyOf(e.target))],
        ['pointerleave', () => this.hoveredKey.set(null)],
        ['focusin', (e) => this.onFocus(keyOf(e.target))],
        ['focusout', () => this.focusedKey.set(null)],
        ['click', (e) => this.select(keyOf(e.target))],
        ['keydown', (e) => this.onKey(e as KeyboardEvent)],
      ];
      destroyRef.onDestroy(
        wireChartHost(this.host, listeners, (width) => this.measuredWidth.set(width)),
      );
    });
  }

  /** Keys follow ids, not positions, so a selection survives a reload of the same map. */
  protected linkKey(link: PositionedLink): string {
    return `l:${link.id}`;
  }

  protected nodeKey(node: PositionedNode): string {
    return `n:${node.node.id}`;
  }

  protected isLit(link: PositionedLink): boolean {
    return isLinkLit(link, this.highlighted());
  }

  protected toggleTable(): void {
    this.showTable.update((shown) => !shown);
  }

  private onFocus(key: string | null): void {
    this.focusedKey.set(key);
    if (key) this.activeKey.set(key);
  }

  private select(key: string | null): void {
    const item = key ? this.itemByKey().get(key) : undefined;
    if (!item || !key) return;
    this.selectedKey.set(key);
    if (item.type === 'link') this.linkSelected.emit(item.link.link);
    else this.nodeSelected.emit(item.node.node);
  }

  private onKey(event: KeyboardEvent): void {
    const key = keyOf(event.target);
    if (!key) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(key);
      return;
    }
    const next = nextKey(this.items(), key, event.key);
    if (next === null) return;
    event.preventDefault();
    this.activeKey.set(next);
    const elements = Array.from(this.host.querySelectorAll<SVGElement>('[data-key]'));
    elements.find((element) => element.getAttribute('data-key') === next)?.focus();
  }
}

function keyOf(target: EventTarget | null): string | null {
  const element = target instanceof Element ? target.closest('[data-key]') : null;
  return element?.getAttribute('data-key') ?? null;
}
