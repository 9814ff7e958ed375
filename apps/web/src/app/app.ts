import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

interface NavLink {
  path: string;
  label: string;
  /** Active only on this exact URL (the overview at '/', settings beside its sub-page). */
  exact?: boolean;
}

/** In the order of a working day: how it goes, where it hurts, who, what to do about it. */
const NAV_LINKS: readonly NavLink[] = [
  { path: '/', label: 'Overview', exact: true },
  { path: '/journey-map', label: 'Journey map' },
  { path: '/paths', label: 'Top paths' },
  { path: '/friction', label: 'Friction' },
  { path: '/channel-shifts', label: 'Channel shifts' },
  { path: '/customers', label: 'Customers' },
  { path: '/segments', label: 'Segments' },
  { path: '/pyramid', label: 'Pyramid' },
  { path: '/reports', label: 'Reports' },
  { path: '/data', label: 'Data' },
  { path: '/settings', label: 'Settings', exact: true },
  { path: '/settings/channels', label: 'Channels' },
];

/** The shell: brand, navigation and the routed screen. */
@Component({
  selector: 'ja-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="skip" href="#main">Skip to content</a>
    <header class="bar">
      <span class="brand" aria-label="Journey Atlas">
        <svg viewBox="0 0 32 32" width="24" height="24" aria-hidden="true">
          <path
            d="M6 22 C12 6, 20 26, 26 10"
            stroke="currentColor"
            stroke-width="3"
            fill="none"
            stroke-linecap="round"
          />
        </svg>
        Journey Atlas
      </span>
      <nav aria-label="Main">
        @for (link of links; track link.path) {
          <a
            [routerLink]="link.path"
            routerLinkActive="active"
            [routerLinkActiveOptions]="{ exact: link.exact ?? false }"
            ariaCurrentWhenActive="page"
            >{{ link.label }}</a
          >
        }
      </nav>
    </header>
    <main id="main" tabindex="-1"><router-outlet /></main>
  `,
  styles: `
    :host {
      display: block;
      min-height: 100vh;
    }
    .skip {
      position: absolute;
      left: -999px;
    }
    .skip:focus {
      left: 1rem;
      top: 1rem;
      z-index: 10;
      background: #fff;
      padding: 0.5rem;
    }
    .bar {
      display: flex;
      align-items: center;
      gap: 2rem;
      padding: 0.75rem 1.5rem;
      background: var(--ja-brand);
      color: #fff;
    }
    .brand {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      font-weight: 700;
      letter-spacing: 0.02em;
      color: var(--ja-accent);
    }
    nav {
      display: flex;
      flex-wrap: wrap;
      gap: 0.125rem 0.25rem;
    }
    nav a {
      white-space: nowrap;
      color: #dfe7f1;
      text-decoration: none;
      padding: 0.25rem 0.5rem;
      border-radius: 4px;
    }
    nav a.active {
      background: rgba(255, 255, 255, 0.15);
      color: #fff;
    }
    main {
      padding: 1.5rem;
      max-width: 1200px;
      margin: 0 auto;
    }
  `,
})
export class App {
  protected readonly links = NAV_LINKS;
}
