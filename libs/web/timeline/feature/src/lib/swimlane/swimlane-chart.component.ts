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
import type { TimelineEntryDto } from '@journey-atlas/shared/domain';
import { ChartExport, type ChartListener, wireChartHost } from '@journey-atlas/web/shared/ui';
import { channelLabel, formatDateTime, frictionInfo } from '../timeline-format';
import {
  type Spacing,
  type SwimlaneMark,
  autoSpacing,
  layoutSwimlanes,
  nextMarkKey,
} from './swimlane-layout';
import { LEGEND_HEIGHT, frictionPath, markPath, swimlaneToSvg } from './swimlane-svg';

/**
 * A customer's touchpoints as swimlanes: one lane per channel, time along x, each journey
 * outlined, friction marked with a triangle whose rule is in the tooltip and the legend.
 * Geometry comes from `layoutSwimlanes`; this component only draws it. Pointer and key
 * events are plain host listeners; width follows the container through a ResizeObserver.
 */
@Component({
  selector: 'ja-swimlane-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ChartExport],
  templateUrl: './swimlane-chart.component.html',
  styleUrl: './swimlane-chart.component.css',
})
export class SwimlaneChart {
  readonly entries = input.required<readonly TimelineEntryDto[]>();
  /** A journey to emphasise (e.g. the one opened from the journey map). */
  readonly highlightJourney = input<string | null>(null);
  readonly label = input('Customer timeline');
  readonly width = input<number | null>(null);

  readonly touchpointSelected = output<TimelineEntryDto>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly measuredWidth = signal(0);
  /** The user's choice; until they make one, whichever keeps every touchpoint visible. */
  private readonly chosenSpacing = signal<Spacing | null>(null);
  protected readonly spacing = computed(
    () =>
      this.chosenSpacing() ??
      autoSpacing(this.entries(), this.width() ?? (this.measuredWidth() || 800)),
  );
  protected readonly showTable = signal(false);
  protected readonly hoveredKey = signal<string | null>(null);
  private readonly focusedKey = signal<string | null>(null);
  protected readonly activeKey = signal<string | null>(null);
  protected readonly selectedKey = signal<string | null>(null);

  protected readonly layout = computed(() => {
    const width = this.width() ?? this.measuredWidth();
    return width > 0 ? layoutSwimlanes(this.entries(), width, this.spacing()) : null;
  });
  /** The chart as a standalone SVG file, built only when a download is asked for. */
  protected readonly exportDocument = computed(() => {
    const layout = this.layout();
    if (!layout) return null;
    return () => ({
      svg: swimlaneToSvg(layout, this.label()),
      width: layout.width,
      height: layout.height + LEGEND_HEIGHT,
    });
  });
  private readonly markByKey = computed(
    () => new Map<string, SwimlaneMark>((this.layout()?.marks ?? []).map((m) => [m.key, m])),
  );
  protected readonly tabKey = computed(() => {
    const active = this.activeKey();
    if (active && this.markByKey().has(active)) return active;
    const marks = this.layout()?.marks ?? [];
    const highlighted = this.highlightJourney();
    return (marks.find((m) => m.entry.journeyId === highlighted) ?? marks[0])?.key ?? null;
  });
  protected readonly tooltip = computed(() => {
    const key = this.hoveredKey() ?? this.focusedKey();
    const mark = key ? this.markByKey().get(key) : undefined;
    const layout = this.layout();
    if (!mark || !layout) return null;
    const rules = mark.entry.friction.map((f) => {
      const info = frictionInfo(f);
      return `${info.label}: ${info.rule}`;
    });
    return {
      lines: [mark.description, ...rules],
      x: mark.x,
      y: mark.y,
      flip: mark.x > layout.width * 0.6,
    };
  });
  protected readonly svgLabel = computed(() => {
    const layout = this.layout();
    const count = layout?.marks.length ?? 0;
    return `${this.label()}: ${count} touchpoints in ${layout?.journeys.length ?? 0} journeys. Arrow keys move between touchpoints in time order, Enter opens one.`;
  });
  /** The table does not depend on the drawn width (it shows while the chart is hidden). */
  protected readonly rows = computed(
    () => (this.layout() ?? layoutSwimlanes(this.entries(), 800, this.spacing())).marks,
  );

  protected readonly markPath = markPath;
  protected readonly frictionPath = frictionPath;
  protected readonly channelLabel = channelLabel;
  protected readonly formatDateTime = formatDateTime;
  protected readonly frictionText = (types: readonly string[]) =>
    types.map((type) => frictionInfo(type).label).join(', ') || '–';

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

  protected setSpacing(value: string): void {
    this.chosenSpacing.set(value === 'sequence' ? 'sequence' : 'time');
  }

  protected toggleTable(): void {
    this.showTable.update((shown) => !shown);
  }

  /** Selects a touchpoint from the table (a button per row). */
  protected selectRow(key: string): void {
    this.select(key);
  }

  private onFocus(key: string | null): void {
    this.focusedKey.set(key);
    if (key && this.markByKey().has(key)) this.activeKey.set(key);
  }

  private select(key: string | null): void {
    const mark = key ? this.markByKey().get(key) : undefined;
    if (!mark || !key) return;
    this.selectedKey.set(key);
    this.touchpointSelected.emit(mark.entry);
  }

  private onKey(event: KeyboardEvent): void {
    const key = keyOf(event.target);
    if (!key || !this.markByKey().has(key)) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(key);
      return;
    }
    const next = nextMarkKey(this.layout()?.marks ?? [], key, event.key);
    if (next === null) return;
    event.preventDefault();
    this.activeKey.set(next);
    const elements = Array.from(this.host.querySelectorAll<SVGElement>('svg [data-key]'));
    elements.find((element) => element.getAttribute('data-key') === next)?.focus();
  }
}

function keyOf(target: EventTarget | null): string | null {
  const element = target instanceof Element ? target.closest('svg [data-key]') : null;
  return element?.getAttribute('data-key') ?? null;
}
