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
    expect(element.querySelector('nav a')?.getAttribute('href')).toBe('/settings/channels');
  });
});
