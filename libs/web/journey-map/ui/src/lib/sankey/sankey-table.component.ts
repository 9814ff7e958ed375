import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { formatCount, formatGap, formatShare } from './sankey-format';
import type { SankeyLayout } from './sankey-layout';

/** The journey map as two tables (steps, then flows): the chart's text alternative. */
@Component({
  selector: 'ja-sankey-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table data-testid="sankey-node-table">
      <caption>
        {{
          caption()
        }}: journeys per step and channel
      </caption>
      <thead>
        <tr>
          <th scope="col">Step</th>
          <th scope="col">Channel</th>
          <th scope="col" class="num">Journeys</th>
          <th scope="col" class="num">Share</th>
        </tr>
      </thead>
      <tbody>
        @for (row of nodes(); track row.node.id) {
          <tr>
            <td>{{ row.exit ? 'End' : row.node.step }}</td>
            <th scope="row">{{ row.label }}</th>
            <td class="num">{{ count(row.node.count) }}</td>
            <td class="num">{{ share(row.share) }}</td>
          </tr>
        }
      </tbody>
    </table>
    <table data-testid="sankey-link-table">
      <caption>
        {{
          caption()
        }}: flows between steps
      </caption>
      <thead>
        <tr>
          <th scope="col">From</th>
          <th scope="col">To</th>
          <th scope="col" class="num">Journeys</th>
          <th scope="col" class="num">Share</th>
          <th scope="col" class="num">Friction rate</th>
          <th scope="col" class="num">Median gap</th>
          <th scope="col" class="num">Drop-off</th>
        </tr>
      </thead>
      <tbody>
        @for (row of links(); track row.id) {
          <tr [attr.data-link]="row.id">
            <th scope="row">{{ row.from }}</th>
            <td>{{ row.to }}</td>
            <td class="num">{{ count(row.link.count) }}</td>
            <td class="num">{{ share(row.share) }}</td>
            <td class="num">{{ share(row.link.frictionRate) }}</td>
            <td class="num">{{ gap(row.link.medianGapHours) }}</td>
            <td class="num">{{ share(row.link.dropOff) }}</td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    :host {
      display: block;
    }
    table + table {
      margin-top: 1rem;
    }
    caption {
      text-align: left;
      font-weight: 600;
      padding: 0.5rem 0;
    }
  `,
})
export class SankeyTable {
  readonly layout = input.required<SankeyLayout>();
  readonly caption = input('Journey map');

  protected readonly count = formatCount;
  protected readonly share = formatShare;
  protected readonly gap = formatGap;

  protected readonly nodes = computed(() =>
    [...this.layout().nodes]
      .sort((a, b) => a.column - b.column || b.node.count - a.node.count)
      .map((n) => ({ ...n, exit: n.kind === 'resolved' || n.kind === 'unresolved' })),
  );

  protected readonly links = computed(() =>
    [...this.layout().links]
      .sort((a, b) => a.source.column - b.source.column || b.link.count - a.link.count)
      .map((l) => ({
        ...l,
        from: place(l.source),
        to: place(l.target),
      })),
  );
}

function place(node: { kind: string; label: string; node: { step: number } }): string {
  return node.kind === 'resolved' || node.kind === 'unresolved'
    ? node.label
    : `Step ${node.node.step} ${node.label}`;
}
