import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { CHANNELS, channelDefinition } from '@journey-atlas/shared/domain';
import {
  type FilterBarSegment,
  type FilterBarValue,
  activeCount,
  dateRangeError,
  isSegmentAttribute,
  segmentLabel,
  withSegment,
  withoutSegment,
} from './filter-bar-rules';

/** Segment attributes every customer has (DESIGN.md, "Customer"); custom ones can be typed. */
export const STANDARD_SEGMENT_ATTRIBUTES: readonly string[] = [
  'region',
  'tier',
  'valueBand',
  'specialNeeds',
];

let nextId = 0;

/**
 * The one filter bar of the analytics screens: date range, segment attributes, intent,
 * channel and team. A ui component may not reach a store, so a screen wires it to
 * `FilterState` (which keeps the URL):
 * `<ja-filter-bar [filters]="filters.filters()" (filtersChange)="filters.replace($event)" />`.
 * Text fields commit on change (Enter or leaving the field), not on every key, so the browser
 * history holds one entry per decision.
 */
@Component({
  selector: 'ja-filter-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './filter-bar.component.html',
  styleUrl: './filter-bar.component.css',
})
export class FilterBar {
  /** Known intents, offered as suggestions; any text is accepted. */
  readonly intents = input<readonly string[]>([]);
  readonly teams = input<readonly string[]>([]);
  /** Known values per segment attribute, offered as suggestions. */
  readonly segmentValues = input<Readonly<Record<string, readonly string[]>>>({});
  readonly segmentAttributes = input<readonly string[]>(STANDARD_SEGMENT_ATTRIBUTES);
  readonly filters = input.required<FilterBarValue>();
  /** The complete new filters after each committed edit. */
  readonly filtersChange = output<FilterBarValue>();

  protected readonly activeCount = computed(() => activeCount(this.filters()));
  protected readonly id = `ja-filter-bar-${nextId++}`;
  protected readonly channels = CHANNELS.map((channel) => ({
    channel,
    label: channelDefinition(channel).label,
  }));
  protected readonly unlistedChannel = computed(() => {
    const channel = this.filters().channel;
    return channel && !this.channels.some((c) => c.channel === channel) ? channel : null;
  });
  protected readonly segmentLabel = segmentLabel;
  protected readonly dateError = signal<string | null>(null);
  protected readonly segmentError = signal<string | null>(null);
  protected readonly draftAttribute = signal('');
  protected readonly suggestedValues = computed(
    () => this.segmentValues()[this.draftAttribute()] ?? [],
  );

  protected setDate(which: 'from' | 'to', value: string): void {
    const next = { ...this.filters(), [which]: value || null };
    const error = dateRangeError(next.from, next.to);
    this.dateError.set(error);
    if (!error) this.filtersChange.emit(next);
  }

  protected setText(which: 'intent' | 'team' | 'channel', value: string): void {
    const current = this.filters()[which];
    const next = value.trim() || null;
    if (next !== current) this.filtersChange.emit({ ...this.filters(), [which]: next });
  }

  protected addSegment(attributeInput: HTMLInputElement, valueInput: HTMLInputElement): void {
    const attribute = attributeInput.value.trim();
    const value = valueInput.value.trim();
    if (!isSegmentAttribute(attribute)) {
      this.segmentError.set('Choose an attribute: letters, digits or _, starting with a letter.');
      attributeInput.focus();
      return;
    }
    if (!value) {
      this.segmentError.set(`Type a value for ${segmentLabel(attribute)}.`);
      valueInput.focus();
      return;
    }
    this.segmentError.set(null);
    valueInput.value = '';
    this.filtersChange.emit(withSegment(this.filters(), { attribute, value }));
  }

  protected removeSegment(segment: FilterBarSegment): void {
    this.filtersChange.emit(withoutSegment(this.filters(), segment));
  }

  protected clear(): void {
    this.dateError.set(null);
    this.segmentError.set(null);
    this.filtersChange.emit({
      from: null,
      to: null,
      segments: [],
      intent: null,
      channel: null,
      team: null,
    });
  }
}
