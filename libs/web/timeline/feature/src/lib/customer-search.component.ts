import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { Router } from '@angular/router';
import {
  CustomerTimelineStore,
  IDENTIFIER_CHOICES,
  identifierQuery,
} from '@journey-atlas/web/timeline/data-access';

/**
 * Search by identifier: a kind and a value. A match opens that customer's timeline; "not
 * found" and failures are said next to the form. The identifier never goes into the URL
 * (it is personal data and URLs end up in logs and histories).
 */
@Component({
  selector: 'ja-customer-search',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      class="search"
      role="search"
      aria-label="Find a customer"
      (submit)="submit($event, kind.value, value.value)"
    >
      <span>
        <label for="ja-customer-kind">Identifier</label>
        <select id="ja-customer-kind" #kind (change)="example.set(exampleOf(kind.value))">
          @for (choice of choices; track choice.kind) {
            <option [value]="choice.kind" [selected]="choice.kind === 'email'">
              {{ choice.label }}
            </option>
          }
        </select>
      </span>
      <span>
        <label for="ja-customer-value">Value</label>
        <input
          id="ja-customer-value"
          #value
          type="search"
          autocomplete="off"
          [placeholder]="example()"
          [attr.aria-invalid]="problem() !== null"
          aria-describedby="ja-customer-search-message"
        />
      </span>
      <button type="submit" [disabled]="store.searchState().status === 'searching'">
        Find customer
      </button>
    </form>
    <div id="ja-customer-search-message" class="message">
      @if (problem(); as text) {
        <p role="alert" class="error">{{ text }}</p>
      } @else {
        @switch (store.searchState().status) {
          @case ('searching') {
            <p role="status">Searching…</p>
          }
          @case ('not-found') {
            <p role="status" class="empty">
              No customer has this identifier in this workspace. Check the spelling, or try another
              identifier of the same person (account id, phone, email).
            </p>
          }
          @case ('error') {
            <p role="alert" class="error">The search failed: {{ searchError() }}</p>
          }
        }
      }
    </div>
  `,
  styles: `
    .search {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: flex-end;
    }
    .search span {
      display: flex;
      flex-direction: column;
      gap: 0.2rem;
    }
    label {
      font-size: 0.85rem;
      font-weight: 600;
      color: var(--ja-muted);
    }
    select,
    input,
    button {
      font: inherit;
      padding: 0.3rem 0.5rem;
      border: 1px solid var(--ja-line);
      border-radius: 4px;
      background: var(--ja-surface);
    }
    input {
      width: 18rem;
    }
    button {
      cursor: pointer;
    }
    .message p {
      margin: 0.5rem 0 0;
    }
    .error {
      border-left: 4px solid var(--ja-warn);
      background: #fff4ec;
      padding: 0.5rem 0.75rem;
    }
    .empty {
      padding: 0.5rem 0.75rem;
      border: 1px dashed var(--ja-line);
      border-radius: 6px;
      background: var(--ja-surface);
    }
  `,
})
export class CustomerSearch {
  protected readonly store = inject(CustomerTimelineStore);
  private readonly router = inject(Router);
  protected readonly choices = IDENTIFIER_CHOICES;
  protected readonly problem = signal<string | null>(null);
  protected readonly example = signal(this.exampleOf('email'));

  constructor() {
    this.store.resetSearch();
    effect(() => {
      const state = this.store.searchState();
      if (state.status !== 'found') return;
      untracked(() => {
        this.store.resetSearch();
        void this.router.navigate(['/customers', state.customer.mergedIntoId ?? state.customer.id]);
      });
    });
  }

  protected exampleOf(kind: string): string {
    const example = this.choices.find((c) => c.kind === kind)?.example ?? '';
    return example ? `e.g. ${example}` : '';
  }

  protected submit(event: Event, kind: string, value: string): void {
    event.preventDefault();
    const query = identifierQuery(kind, value);
    if (!query.ok) {
      this.problem.set(query.message);
      return;
    }
    this.problem.set(null);
    this.store.find(query.identifier);
  }

  protected searchError(): string {
    const state = this.store.searchState();
    return state.status === 'error' ? state.message : '';
  }
}
