import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { App } from './app';

describe(App.name, () => {
  it('shows the brand and the main navigation', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('.brand')?.textContent).toContain('Journey Atlas');
    const links = Array.from(element.querySelectorAll('nav a'), (a) => [
      a.textContent?.trim(),
      a.getAttribute('href'),
    ]);
    expect(links[0]).toEqual(['Overview', '/']);
    expect(links).toContainEqual(['Channel shifts', '/channel-shifts']);
    expect(links).toContainEqual(['Channels', '/settings/channels']);
    // Every screen is reachable from the navigation, each once.
    expect(new Set(links.map(([, href]) => href)).size).toBe(links.length);
  });
});
