import { channelShiftsFixture } from '@journey-atlas/web/channel-shifts/data-access';
import { excessText, formatCount } from './shift-format';
import { assumptionFacts, opportunityText } from './opportunity-text';

const { SHIFTS } = channelShiftsFixture;

describe(opportunityText.name, () => {
  it('states the saving, the journeys that move and every assumption behind it', () => {
    const text = opportunityText(SHIFTS.opportunities[0]);
    expect(text.savings).toBe('$711 / month');
    expect(text.summary).toBe(
      "90 of 300 assisted journeys a month could move to self-service, which already contains 80% of this intent's self-service journeys.",
    );
    expect(Object.fromEntries(text.assumptions.map((a) => [a.label, a.value]))).toEqual({
      'Share assumed to move': '30% (the cap; containment is 80%)',
      'Saving per moved journey': '$8.00 assisted − $0.10 self-service',
      'Measured over': '30 days, scaled to 30-day months',
      Evidence: '720 of 900 self-service journeys contained; 300 began assisted',
      'Customers compared': 'all customers matching the filters',
    });
  });

  it('says when the containment rate, not the cap, limits the share', () => {
    const o = SHIFTS.opportunities[0];
    const text = opportunityText({
      ...o,
      containmentRate: 0.25,
      assumptions: { ...o.assumptions, rateUsed: 0.25 },
    });
    expect(text.assumptions[0].value).toBe('25% (the containment rate, under the 30% cap)');
  });
});

describe(assumptionFacts.name, () => {
  it('names the cap with Gartner’s band, the thresholds and the period', () => {
    expect(assumptionFacts(SHIFTS.assumptions).map((f) => f.value)).toEqual([
      '30% (Gartner: 20%–40% is redistributable)',
      'at least 50%',
      'at least 20',
      '1 Nov 2026 – 1 Dec 2026 (30 days)',
      'all customers matching the filters',
    ]);
  });
});

describe(excessText.name, () => {
  it('says more, fewer or about the same, never "-0"', () => {
    expect(excessText(10.5)).toBe('11 more than other intents show for this pair');
    expect(excessText(-3.2)).toBe('3 fewer than other intents show for this pair');
    expect(excessText(-0.2)).toBe('about what other intents show for this pair');
    expect(formatCount(-0.2)).toBe('0');
  });
});
