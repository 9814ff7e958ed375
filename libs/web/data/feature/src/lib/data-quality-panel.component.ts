import { ChangeDetectionStrategy, Component, computed, inject, type OnInit } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { SuspiciousIdentifierDto } from '@journey-atlas/shared/domain';
import { DataQualityStore, csvField } from '@journey-atlas/web/data/data-access';
import { downloadText } from './download';
import { readyData } from '@journey-atlas/web/shared/data-access';

const KIND_LABELS: Record<string, string> = {
  accountId: 'Account id',
  email: 'Email',
  phone: 'Phone',
  socialHandle: 'Social handle',
  deviceId: 'Device id',
};

/** The over-linked identifiers as CSV: masked, as the API gives them. */
export function identifiersCsv(rows: readonly SuspiciousIdentifierDto[]): string {
  const header = ['kind', 'identifier', 'linked_customers', 'customer_id', 'blocked_at'];
  const lines = rows.map((r) =>
    [r.kind, r.masked, r.linkedCustomers, r.customerId, r.blockedAt ?? ''].map(csvField),
  );
  return [header, ...lines].map((row) => row.join(',')).join('\r\n') + '\r\n';
}

/** Data › Data quality: identifiers that stopped merging because they linked too many customers. */
@Component({
  selector: 'ja-data-quality-panel',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './data.css',
  template: `
    <section class="panel" aria-labelledby="ja-quality-title">
      <div class="table-head">
        <h2 id="ja-quality-title">Data quality: over-linked identifiers</h2>
        <button type="button" (click)="exportCsv()" [disabled]="!report()?.identifiers?.length">
          Export CSV
        </button>
      </div>
      <p class="hint">
        An identifier shared by many people (a family phone, a shop kiosk, a shared mailbox) would
        glue their journeys together. Once it links more customers than the cap it stops merging and
        is listed here for review.
      </p>
      @switch (state().status) {
        @case ('loading') {
          <p role="status" class="hint">Loading the data-quality report…</p>
        }
        @case ('error') {
          <div role="alert" class="error">
            <p>The data-quality report could not be loaded: {{ errorText() }}</p>
            <button type="button" (click)="store.load()">Try again</button>
          </div>
        }
        @case ('ready') {
          @if (report(); as data) {
            @if (data.identifiers.length) {
              <p class="hint">
                {{ data.identifiers.length }} identifiers reached the cap of {{ data.cap }}
                customers.
              </p>
              <table data-testid="over-linked-identifiers" aria-labelledby="ja-quality-title">
                <thead>
                  <tr>
                    <th scope="col">Kind</th>
                    <th scope="col">Identifier (masked)</th>
                    <th scope="col" class="num">Customers linked</th>
                    <th scope="col">Kept on customer</th>
                    <th scope="col">Stopped merging</th>
                  </tr>
                </thead>
                <tbody>
                  @for (row of data.identifiers; track $index) {
                    <tr>
                      <td>{{ kindLabel(row.kind) }}</td>
                      <td>
                        <code>{{ row.masked }}</code>
                      </td>
                      <td class="num">{{ row.linkedCustomers }}</td>
                      <td>
                        <a
                          [routerLink]="['/customers', row.customerId]"
                          [attr.aria-label]="'Customer ' + row.customerId + ': timeline'"
                          ><code>{{ row.customerId }}</code></a
                        >
                      </td>
                      <td>{{ when(row.blockedAt) }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            } @else {
              <p class="empty" data-testid="over-linked-empty">
                No identifier has linked more than {{ data.cap }} customers: nothing to review.
                Check again after the next import.
              </p>
            }
          }
        }
      }
    </section>
  `,
})
export class DataQualityPanel implements OnInit {
  protected readonly store = inject(DataQualityStore);
  protected readonly state = this.store.state;
  protected readonly report = computed(() => readyData(this.state()));

  ngOnInit(): void {
    this.store.load();
  }

  protected kindLabel(kind: string): string {
    return KIND_LABELS[kind] ?? kind;
  }

  protected when(iso: string | null): string {
    return iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : '—';
  }

  protected errorText(): string {
    const state = this.state();
    return state.status === 'error' ? state.message : '';
  }

  protected exportCsv(): void {
    const report = this.report();
    if (report)
      downloadText(
        'over-linked-identifiers.csv',
        identifiersCsv(report.identifiers),
        'text/csv;charset=utf-8',
      );
  }
}
