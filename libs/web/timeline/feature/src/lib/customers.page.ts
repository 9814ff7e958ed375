import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CustomerSearch } from './customer-search.component';

/** Customers: find one stitched customer by any of their identifiers. */
@Component({
  selector: 'ja-customers-page',
  imports: [CustomerSearch, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>Customers</h1>
    <p class="lead">
      Find a customer by any identifier they used — account id, email, phone, social handle or
      device id — to see all their touchpoints as a timeline.
    </p>
    <ja-customer-search />
    <p class="empty hint">
      Don't have an identifier at hand? Open the <a routerLink="/journey-map">journey map</a>, click
      a flow and pick one of its sample journeys.
    </p>
  `,
  styles: `
    h1 {
      margin: 0 0 0.25rem;
      font-size: 1.5rem;
    }
    .lead,
    .hint {
      color: var(--ja-muted);
    }
    .empty {
      margin-top: 1.5rem;
      padding: 1rem;
      border: 1px dashed var(--ja-line);
      border-radius: 6px;
      background: var(--ja-surface);
    }
  `,
})
export class CustomersPage {}
