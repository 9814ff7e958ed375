import { DestroyRef, Injectable, InjectionToken, inject, signal } from '@angular/core';
import type {
  AlertFiringDto,
  LiveMetricsEventDto,
  LiveMinuteDto,
  LiveTouchpointsEventDto,
} from '@journey-atlas/shared/domain';

/** What the feed needs of an EventSource (a fake one in tests). */
export interface LiveEventSource {
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  onopen: ((event: Event) => void) | null;
  onerror: ((event: Event) => void) | null;
  readonly readyState: number;
  close(): void;
}

export type LiveEventSourceFactory = (url: string) => LiveEventSource;

/** Opens the stream; without EventSource (old browser, tests) the feed stays off. */
export const LIVE_EVENT_SOURCE = new InjectionToken<LiveEventSourceFactory | null>(
  'LIVE_EVENT_SOURCE',
  {
    providedIn: 'root',
    factory: () =>
      typeof EventSource === 'undefined'
        ? null
        : (url: string) => new EventSource(url) as unknown as LiveEventSource,
  },
);

export type LiveStatus = 'off' | 'connecting' | 'live' | 'reconnecting';

/** Firings kept on screen. */
export const LIVE_ALERTS_KEPT = 10;
const CLOSED = 2;

/**
 * The overview's subscription to `GET /api/v1/live`: touchpoints per minute, alerts as
 * they fire, and a signal that ticks when the key metrics changed after a journey build.
 * EventSource reconnects by itself; the feed only reports it.
 */
@Injectable({ providedIn: 'root' })
export class LiveFeed {
  private readonly factory = inject(LIVE_EVENT_SOURCE);
  private source: LiveEventSource | null = null;
  private readonly statusSignal = signal<LiveStatus>('off');
  private readonly minutesSignal = signal<LiveMinuteDto[]>([]);
  private readonly alertsSignal = signal<AlertFiringDto[]>([]);
  private readonly metricsSignal = signal<LiveMetricsEventDto | null>(null);

  readonly status = this.statusSignal.asReadonly();
  /** The last minutes of ingestion, oldest first. */
  readonly minutes = this.minutesSignal.asReadonly();
  /** Firings received since connecting, newest first. */
  readonly alerts = this.alertsSignal.asReadonly();
  /** The latest `metrics` event: a new object after each journey build. */
  readonly metrics = this.metricsSignal.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.disconnect());
  }

  /** Whether the browser can open the stream at all. */
  get supported(): boolean {
    return this.factory !== null;
  }

  connect(workspace: string | null = null): void {
    this.disconnect();
    if (!this.factory) return;
    const url = workspace
      ? `/api/v1/live?workspace=${encodeURIComponent(workspace)}`
      : '/api/v1/live';
    const source = this.factory(url);
    this.source = source;
    this.statusSignal.set('connecting');
    source.onopen = () => this.statusSignal.set('live');
    source.onerror = () =>
      this.statusSignal.set(source.readyState === CLOSED ? 'off' : 'reconnecting');
    source.addEventListener('heartbeat', () => this.statusSignal.set('live'));
    source.addEventListener('touchpoints', (event) => {
      const data = parse<LiveTouchpointsEventDto>(event);
      if (data) this.minutesSignal.set(data.minutes);
    });
    source.addEventListener('alert', (event) => {
      const firing = parse<AlertFiringDto>(event);
      if (firing) this.alertsSignal.update((list) => [firing, ...list].slice(0, LIVE_ALERTS_KEPT));
    });
    source.addEventListener('metrics', (event) => {
      const data = parse<LiveMetricsEventDto>(event);
      if (data) this.metricsSignal.set(data);
    });
  }

  disconnect(): void {
    this.source?.close();
    this.source = null;
    this.statusSignal.set('off');
  }
}

function parse<T>(event: MessageEvent<string>): T | null {
  try {
    return JSON.parse(event.data) as T;
  } catch {
    return null;
  }
}
