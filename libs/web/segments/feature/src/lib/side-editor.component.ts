import {
  ChangeDetectionStrategy,
  Component,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import type { SegmentDefinition, SegmentSide } from '@journey-atlas/web/segments/data-access';
import { attributeLabel } from './segment-format';

/** Segment attributes every customer has (DESIGN.md, "Customer"). */
export const SEGMENT_ATTRIBUTES: readonly string[] = [
  'tier',
  'region',
  'valueBand',
  'specialNeeds',
];

/** Values to suggest (any text is accepted): the demo data's and the usual ones. */
export const SUGGESTED_VALUES: Readonly<Record<string, readonly string[]>> = {
  tier: ['gold', 'silver', 'standard'],
  region: ['north', 'south', 'east', 'west'],
  valueBand: ['high', 'medium', 'low'],
  specialNeeds: ['true', 'false'],
};

/**
 * The editor of one side: segment attribute and value, and an optional period. Commits
 * the whole definition on Apply (Enter in any field), so the URL gets one entry per decision.
 */
@Component({
  selector: 'ja-segment-side-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      class="side"
      [attr.aria-labelledby]="id('title')"
      (submit)="$event.preventDefault(); apply(attr.value, value.value, from.value, to.value)"
    >
      <h2 [id]="id('title')">
        <span class="badge" [class.b]="side() === 'b'">{{ side().toUpperCase() }}</span>
        Segment {{ side().toUpperCase() }}
      </h2>
      <div class="fields">
        <span class="field">
          <label [for]="id('attribute')">Attribute</label>
          <select
            #attr
            [id]="id('attribute')"
            [attr.data-testid]="'side-' + side() + '-attribute'"
            (change)="draftAttribute.set(attr.value)"
          >
            <option value="" [selected]="!definition().attribute">— none —</option>
            @for (attribute of attributes(); track attribute) {
              <option [value]="attribute" [selected]="attribute === definition().attribute">
                {{ attributeLabel(attribute) }}
              </option>
            }
          </select>
        </span>
        <span class="field">
          <label [for]="id('value')">Value</label>
          <input
            #value
            [id]="id('value')"
            type="text"
            [attr.list]="id('values')"
            [value]="definition().value ?? ''"
            [attr.data-testid]="'side-' + side() + '-value'"
            placeholder="e.g. gold"
          />
          <datalist [id]="id('values')">
            @for (suggestion of suggestions(draftAttribute()); track suggestion) {
              <option [value]="suggestion"></option>
            }
          </datalist>
        </span>
        <span class="field">
          <label [for]="id('from')">From (optional)</label>
          <input #from [id]="id('from')" type="date" [value]="definition().from ?? ''" />
        </span>
        <span class="field">
          <label [for]="id('to')">To, exclusive</label>
          <input #to [id]="id('to')" type="date" [value]="definition().to ?? ''" />
        </span>
      </div>
      @if (error()) {
        <p class="error" role="alert">{{ error() }}</p>
      }
      <div class="actions">
        <button type="submit" [attr.data-testid]="'side-' + side() + '-apply'">Apply</button>
        <button type="button" (click)="clear()">Clear</button>
      </div>
    </form>
  `,
  styles: `
    .side {
      border: 1px solid var(--ja-line);
      border-radius: 6px;
      padding: 0.75rem 1rem;
      background: var(--ja-surface);
    }
    h2 {
      margin: 0 0 0.5rem;
      font-size: 1rem;
    }
    .badge {
      display: inline-block;
      min-width: 1.4rem;
      text-align: center;
      border-radius: 4px;
      background: #2f6db5;
      color: #fff;
      margin-right: 0.35rem;
    }
    .badge.b {
      background: #b5602f;
    }
    .fields {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }
    .field {
      display: flex;
      flex-direction: column;
      font-size: 0.85rem;
    }
    label {
      font-weight: 600;
      color: var(--ja-muted);
    }
    input,
    select,
    button {
      font: inherit;
      padding: 0.3rem 0.5rem;
      border: 1px solid var(--ja-line);
      border-radius: 4px;
    }
    .actions {
      margin-top: 0.6rem;
      display: flex;
      gap: 0.5rem;
    }
    .error {
      color: var(--ja-warn);
      margin: 0.5rem 0 0;
    }
  `,
})
export class SideEditor {
  readonly side = input.required<SegmentSide>();
  readonly definition = input.required<SegmentDefinition>();
  readonly attributes = input<readonly string[]>(SEGMENT_ATTRIBUTES);
  readonly definitionChange = output<SegmentDefinition>();

  protected readonly attributeLabel = attributeLabel;
  protected readonly error = signal('');
  /** The attribute chosen in the form, before Apply (for the value suggestions). */
  protected readonly draftAttribute = linkedSignal(() => this.definition().attribute ?? '');

  protected id(part: string): string {
    return `ja-segment-${this.side()}-${part}`;
  }

  protected suggestions(attribute: string): readonly string[] {
    return SUGGESTED_VALUES[attribute] ?? [];
  }

  protected apply(attribute: string, value: string, from: string, to: string): void {
    const definition = sideDefinition(attribute, value, from, to);
    if (typeof definition === 'string') {
      this.error.set(definition);
      return;
    }
    this.error.set('');
    this.definitionChange.emit(definition);
  }

  protected clear(): void {
    this.error.set('');
    this.definitionChange.emit({ attribute: null, value: null, from: null, to: null });
  }
}

/** The form's fields as a definition, or what is wrong with them. */
export function sideDefinition(
  attribute: string,
  value: string,
  from: string,
  to: string,
): SegmentDefinition | string {
  const text = value.trim();
  if (attribute && !text) return `Type a value for ${attributeLabel(attribute)}.`;
  if (!attribute && text) return 'Choose the attribute this value belongs to.';
  if (from && to && from >= to) return '"To" must be after "From".';
  return {
    attribute: attribute || null,
    value: text || null,
    from: from || null,
    to: to || null,
  };
}
