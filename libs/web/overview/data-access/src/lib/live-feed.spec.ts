import { TestBed } from '@angular/core/testing';
import type { AlertFiringDto, LiveTouchpointsEventDto } from '@journey-atlas/shared/domain';
import { LIVE_EVENT_SOURCE, LiveFeed, type LiveEventSource } from './live-feed';

/** An EventSource stand-in the test drives by hand. */
class FakeSource implements LiveEventSource {
  static opened: FakeSource[] = [];
  readonly listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();
  onopen: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  readyState = 0;
  closed = false;

  constructor(readonly url: string) {
    FakeSource.opened.push(this);
  }

  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  emit(type: string, data: unknown): void {
    const event = new MessageEvent<string>(type, {
      data: typeof data === 'string' ? data : JSON.stringify(data),
    });
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }

  close(): void {
    this.closed = true;
    this.readyState = 2;
  }
}

function firing(id: string): AlertFiringDto {
  return {
    id,
    ruleId: 'r',
    ruleName: `rule ${id}`,
    value: 8,
    baselineMean: 2.5,
    baselineSd: 0.6,
    threshold: 5.5,
    message: 'web → phone: 8 this week',
    firedAt: '2026-11-25T12:00:00.000Z',
  };
}

describe(LiveFeed.name, () => {
  let feed: LiveFeed;

  beforeEach(() => {
    FakeSource.opened = [];
    TestBed.configureTestingModule({
      providers: [{ provide: LIVE_EVENT_SOURCE, useValue: (url: string) => new FakeSource(url) }],
    });
    feed = TestBed.inject(LiveFeed);
  });

  it('opens /api/v1/live and goes live on open or heartbeat', () => {
    feed.connect();
    const [source] = FakeSource.opened;
    expect(source.url).toBe('/api/v1/live');
    expect(feed.status()).toBe('connecting');
    source.emit('heartbeat', { at: '2026-11-25T12:00:00Z' });
    expect(feed.status()).toBe('live');
    source.readyState = 0;
    source.onerror?.(new Event('error'));
    expect(feed.status()).toBe('reconnecting');
    source.onopen?.(new Event('open'));
    expect(feed.status()).toBe('live');
  });

  it('names the workspace when given', () => {
    feed.connect('acme corp');
    expect(FakeSource.opened[0].url).toBe('/api/v1/live?workspace=acme%20corp');
  });

  it('keeps the latest minutes, the newest alerts first and the latest metrics', () => {
    feed.connect();
    const [source] = FakeSource.opened;
    const touchpoints: LiveTouchpointsEventDto = {
      workspace: 'default',
      at: '2026-11-25T12:00:00Z',
      minutes: [{ minute: '2026-11-25T12:00:00.000Z', total: 3, byChannel: { web: 3 } }],
    };
    source.emit('touchpoints', touchpoints);
    expect(feed.minutes()).toEqual(touchpoints.minutes);
    for (let i = 0; i < 12; i++) source.emit('alert', firing(String(i)));
    expect(feed.alerts().map((a) => a.id)).toEqual([
      '11',
      '10',
      '9',
      '8',
      '7',
      '6',
      '5',
      '4',
      '3',
      '2',
    ]);
    source.emit('metrics', {
      workspace: 'default',
      at: 'x',
      build: 'incremental',
      journeys: 1,
      metrics: [],
    });
    expect(feed.metrics()?.build).toBe('incremental');
    source.emit('touchpoints', 'not json');
    expect(feed.minutes()).toEqual(touchpoints.minutes);
  });

  it('closes the stream on disconnect and on a new connect', () => {
    feed.connect();
    feed.connect();
    expect(FakeSource.opened.map((s) => s.closed)).toEqual([true, false]);
    feed.disconnect();
    expect(FakeSource.opened[1].closed).toBe(true);
    expect(feed.status()).toBe('off');
  });
});

describe('LiveFeed without EventSource', () => {
  it('stays off', () => {
    TestBed.configureTestingModule({ providers: [{ provide: LIVE_EVENT_SOURCE, useValue: null }] });
    const feed = TestBed.inject(LiveFeed);
    expect(feed.supported).toBe(false);
    feed.connect();
    expect(feed.status()).toBe('off');
  });
});
