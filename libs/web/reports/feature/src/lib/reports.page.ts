import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { REPORT_TABS, ReportsStore } from '@journey-atlas/web/reports/data-access';
import { FilterState } from '@journey-atlas/web/shared/data-access';
import { FilterBar } from '@journey-atlas/web/shared/ui';

/** Reports for three audiences (DESIGN.md): management, a team, an agent (private). */
@Component({
  selector: 'ja-reports-page',
  imports: [FilterBar, RouterLink, RouterLinkActive, RouterOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Shared screen styles in apps/web/src/styles.css.
  host: { class: 'ja-screen ja-list' },
  template: `
    <h1>Reports</h1>
    <p class="lead">
      For management: the key metrics that changed most. For a team: this month against the months
      before. For an agent, privately: their numbers beside their team's.
    </p>
    <ja-filter-bar [filters]="filters.filters()" (filtersChange)="filters.replace($event)" />
    <nav class="tabs" aria-label="Reports">
      @for (tab of tabs; track tab.path) {
        <a
          [routerLink]="['/reports', tab.path]"
          queryParamsHandling="preserve"
          routerLinkActive="active"
          ariaCurrentWhenActive="page"
          [attr.data-testid]="'report-tab-' + tab.path"
          >{{ tab.label }}</a
        >
      }
    </nav>
    <router-outlet />
  `,
  styleUrl: './reports.css',
})
export class ReportsPage {
  protected readonly filters = inject(FilterState);
  protected readonly tabs = REPORT_TABS;

  constructor() {
    inject(ReportsStore).loadOptions();
  }
}
