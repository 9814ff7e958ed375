import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

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
        <a routerLink="/settings/channels" routerLinkActive="active" ariaCurrentWhenActive="page"
          >Channels</a
        >
        <a routerLink="/journey-map" routerLinkActive="active" ariaCurrentWhenActive="page"
          >Journey map</a
        >
        <a
          routerLink="/"
          routerLinkActive="active"
          [routerLinkActiveOptions]="{ exact: true }"
          ariaCurrentWhenActive="page"
          >Overview</a
        >
        <a routerLink="/paths" routerLinkActive="active" ariaCurrentWhenActive="page">Top paths</a>
        <a routerLink="/segments" routerLinkActive="active" ariaCurrentWhenActive="page"
          >Segments</a
        >
        <a routerLink="/friction" routerLinkActive="active" ariaCurrentWhenActive="page"
          >Friction</a
        >
        <a routerLink="/channel-shifts" routerLinkActive="active" ariaCurrentWhenActive="page"
          >Channel shifts</a
        >
        <a routerLink="/customers" routerLinkActive="active" ariaCurrentWhenActive="page"
          >Customers</a
        >
        <a routerLink="/pyramid" routerLinkActive="active" ariaCurrentWhenActive="page">Pyramid</a>
        <a routerLink="/reports" routerLinkActive="active" ariaCurrentWhenActive="page">Reports</a>
        <a routerLink="/data" routerLinkActive="active" ariaCurrentWhenActive="page">Data</a>
        <a
          routerLink="/settings"
          routerLinkActive="active"
          [routerLinkActiveOptions]="{ exact: true }"
          ariaCurrentWhenActive="page"
          >Settings</a
        >
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
    nav a {
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
export class App {}
