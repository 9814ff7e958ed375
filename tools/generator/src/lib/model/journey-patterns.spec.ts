import type { Touchpoint } from '@journey-atlas/shared/domain';
import { groupBy, share } from '../testing/dataset-stats';
import { generateDataset } from './dataset';
import { isOpen } from './calendar';

describe(`${generateDataset.name}: journey patterns`, () => {
  const persons = [
    ...generateDataset({
      seed: 5,
      start: new Date('2026-07-01T00:00:00Z'),
      days: 90,
      customers: 2000,
    }).persons(),
  ];
  const touchpoints = persons.flatMap((activity) => activity.touchpoints);

  it('starts young people in the app or chatbot and older people on the phone', () => {
    const firstBy = (bands: string[]): Touchpoint[] =>
      persons.filter((a) => bands.includes(a.person.ageBand)).map((a) => a.touchpoints[0]);
    const young = firstBy(['18-24', '25-34']);
    const older = firstBy(['55-64', '65+']);
    const phone = (t: Touchpoint): boolean => t.channel === 'ivr' || t.channel === 'phone';
    const appOrBot = (t: Touchpoint): boolean => t.channel === 'app' || t.channel === 'chatbot';
    expect(share(young, appOrBot)).toBeGreaterThan(3 * share(older, appOrBot));
    expect(share(older, phone)).toBeGreaterThan(3 * share(young, phone));
  });

  it('gives intents different self-service success', () => {
    const rates = [
      ...groupBy(
        touchpoints.filter((t) => t.channel === 'app'),
        (t) => t.intent,
      ),
    ].map(([, group]) => share(group, (t) => t.outcome === 'resolved'));
    expect(Math.max(...rates) - Math.min(...rates)).toBeGreaterThan(0.4);
  });

  it('puts most staffed contacts in business hours, with peaks on weekdays', () => {
    const phone = touchpoints.filter((t) => t.channel === 'phone');
    expect(share(phone, (t) => isOpen(Date.parse(t.occurredAt)))).toBeGreaterThan(0.85);
    expect(share(phone, (t) => isOpen(Date.parse(t.occurredAt)))).toBeLessThan(1);
    const weekend = share(touchpoints, (t) => [0, 6].includes(new Date(t.occurredAt).getUTCDay()));
    expect(weekend).toBeGreaterThan(0.03);
    expect(weekend).toBeLessThan(2 / 7);
    const web = touchpoints.filter((t) => t.channel === 'web');
    expect(share(web, (t) => new Date(t.occurredAt).getUTCHours() >= 20)).toBeGreaterThan(0.1);
  });

  it('escalates through channels, with gaps from minutes to beyond the 7-day window', () => {
    const gaps: number[] = [];
    for (const { touchpoints: own } of persons) {
      for (let i = 1; i < own.length; i++) {
        if (own[i].intent === own[i - 1].intent)
          gaps.push(Date.parse(own[i].occurredAt) - Date.parse(own[i - 1].occurredAt));
      }
    }
    const day = 86_400_000;
    expect(share(gaps, (gap) => gap < 3_600_000)).toBeGreaterThan(0.3);
    expect(share(gaps, (gap) => gap > day && gap <= 7 * day)).toBeGreaterThan(0.05);
    expect(share(gaps, (gap) => gap > 7 * day)).toBeGreaterThan(0.005);
    expect(share(gaps, (gap) => gap > 7 * day)).toBeLessThan(0.1);
    const multiChannel = persons.filter(
      (a) => new Set(a.touchpoints.map((t) => t.channel)).size > 1,
    );
    expect(multiChannel.length / persons.length).toBeGreaterThan(0.4);
  });
});
