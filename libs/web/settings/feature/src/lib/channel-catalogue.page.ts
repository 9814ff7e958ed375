import { ChangeDetectionStrategy, Component, type OnInit, inject } from '@angular/core';
import { ChannelCatalogueStore } from '@journey-atlas/web/settings/data-access';
import { formatCost, formatHours, formatServiceLevel } from './channel-format';
import { readyData } from '@journey-atlas/web/shared/data-access';

/** Settings › Channels: every channel with its cost, service-level target and hours. */
@Component({
  selector: 'ja-channel-catalogue-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>Channels</h1>
    <p class="lead">
      Every way customers reach you, with the cost per contact, service-level target and opening
      hours the journey engine uses.
    </p>
    @switch (state().status) {
      @case ('loading') {
        <p role="status" class="hint">Loading the channel catalogue…</p>
      }
      @case ('error') {
        <div role="alert" class="error">
          <p>The channel catalogue could not be loaded: {{ errorText() }}</p>
          <button type="button" (click)="store.load()">Try again</button>
        </div>
      }
      @case ('ready') {
        @if (catalogue(); as data) {
          <p class="hint">
            Workspace <strong>{{ data.workspace.name }}</strong> · time zone
            {{ data.workspace.timeZone }}
          </p>
          <table aria-label="Channel catalogue" data-testid="channel-table">
            <thead>
              <tr>
                <th scope="col">Channel</th>
                <th scope="col">Kind</th>
                <th scope="col" class="num">Cost per contact</th>
                <th scope="col">Service-level target</th>
                <th scope="col">Hours</th>
              </tr>
            </thead>
            <tbody>
              @for (channel of data.channels; track channel.channel) {
                <tr [attr.data-channel]="channel.channel">
                  <th scope="row">{{ channel.label }}</th>
                  <td>
                    <span class="kind" [class.assisted]="channel.kind === 'assisted'">
                      {{ channel.kind === 'assisted' ? 'Assisted' : 'Self-service' }}
                    </span>
                  </td>
                  <td class="num">{{ cost(channel.costPerContact) }}</td>
                  <td>{{ serviceLevel(channel) }}</td>
                  <td>{{ hours(channel.hours) }}</td>
                </tr>
              }
            </tbody>
          </table>
        }
      }
    }
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
    .error {
      border-left: 4px solid var(--ja-warn);
      background: #fff4ec;
      padding: 0.75rem 1rem;
    }
    .kind {
      display: inline-block;
      padding: 0.1rem 0.5rem;
      border-radius: 999px;
      font-size: 0.8rem;
      background: #e6f5f0;
      color: #00603f;
    }
    .kind.assisted {
      background: #e5f0f8;
      color: #004a75;
    }
    tbody th {
      font-weight: 600;
      color: var(--ja-ink);
      font-size: 1rem;
    }
  `,
})
export class ChannelCataloguePage implements OnInit {
  protected readonly store = inject(ChannelCatalogueStore);
  protected readonly state = this.store.state;
  protected readonly cost = formatCost;
  protected readonly serviceLevel = formatServiceLevel;
  protected readonly hours = formatHours;

  ngOnInit(): void {
    this.store.load();
  }

  protected catalogue() {
    return readyData(this.state());
  }

  protected errorText(): string {
    const state = this.state();
    return state.status === 'error' ? state.message : '';
  }
}
