import { Location } from '@angular/common';
import { provideLocationMocks } from '@angular/common/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { NavigationEnd, Router, provideRouter } from '@angular/router';
import { filter, firstValueFrom } from 'rxjs';
import { RouterTestingHarness } from '@angular/router/testing';
import { FilterState } from './filter-state';

@Component({ template: '' })
class Screen {}

describe(FilterState.name, () => {
  let harness: RouterTestingHarness;
  let state: FilterState;
  let router: Router;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: '**', component: Screen }]), provideLocationMocks()],
    });
    harness = await RouterTestingHarness.create();
    state = TestBed.inject(FilterState);
    router = TestBed.inject(Router);
    // Bootstrap does this in the app: it makes the router follow popstate (back/forward).
    router.initialNavigation();
  });

  it('reads the filters from the URL it is opened with', async () => {
    await harness.navigateByUrl('/journey-map?from=2026-10-01&segment.tier=gold&intent=billing');
    expect(state.from()).toBe('2026-10-01');
    expect(state.intent()).toBe('billing');
    expect(state.segments()).toEqual([{ attribute: 'tier', value: 'gold' }]);
    expect(state.activeCount()).toBe(3);
    expect(state.apiParams().toString()).toBe('from=2026-10-01&intent=billing&segment.tier=gold');
  });

  it('writes changes to the URL and keeps the screen’s own params', async () => {
    await harness.navigateByUrl('/journey-map?steps=5&channel=web#top');
    await state.update({ channel: 'phone', team: 'Tier 2' });
    expect(router.url).toBe('/journey-map?steps=5&channel=phone&team=Tier%202#top');
    await state.addSegment({ attribute: 'region', value: 'North' });
    await state.addSegment({ attribute: 'region', value: 'South' });
    expect(router.url).toContain('segment.region=North&segment.region=South');
    await state.removeSegment({ attribute: 'region', value: 'North' });
    expect(state.segments()).toEqual([{ attribute: 'region', value: 'South' }]);
    await state.clear();
    expect(router.url).toBe('/journey-map?steps=5#top');
    expect(state.activeCount()).toBe(0);
  });

  it('follows back and forward', async () => {
    await harness.navigateByUrl('/journey-map');
    await state.update({ intent: 'router offline' });
    await state.update({ intent: 'billing' });
    const location = TestBed.inject(Location);
    const walk = async (step: () => void) => {
      const done = firstValueFrom(router.events.pipe(filter((e) => e instanceof NavigationEnd)));
      step();
      await done;
    };
    await walk(() => location.back());
    expect(state.intent()).toBe('router offline');
    await walk(() => location.back());
    expect(state.intent()).toBeNull();
    await walk(() => location.forward());
    expect(state.intent()).toBe('router offline');
  });

  it('signals a new value only when a filter changes, not on other navigation', async () => {
    await harness.navigateByUrl('/journey-map?channel=web&steps=5');
    const before = state.filters();
    await harness.navigateByUrl('/journey-map?channel=web&steps=6');
    expect(state.filters()).toBe(before);
    await harness.navigateByUrl('/journey-map?channel=chat&steps=6');
    expect(state.filters()).not.toBe(before);
  });
});
