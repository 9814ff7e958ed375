import { DEMO_DAYS, freshDemoPlan, progressMilestones } from './demo-plan';

describe(freshDemoPlan.name, () => {
  it('ends the window at the current UTC midnight so the demo data is recent', () => {
    const plan = freshDemoPlan(500, new Date('2026-11-25T15:42:00Z'));
    expect(plan.windowStart.toISOString()).toBe('2026-07-28T00:00:00.000Z');
    expect(plan.windowStart.getTime() + DEMO_DAYS * 86_400_000).toBe(
      Date.parse('2026-11-25T00:00:00Z'),
    );
    expect(plan.customers).toBe(500);
  });

  it('gives the same plan all day long', () => {
    expect(freshDemoPlan(10, new Date('2026-11-25T00:00:00Z'))).toEqual(
      freshDemoPlan(10, new Date('2026-11-25T23:59:59.999Z')),
    );
  });
});

describe(progressMilestones.name, () => {
  it('marks every tenth, ending at the total', () => {
    expect([...progressMilestones(20_000)]).toEqual([
      2000, 4000, 6000, 8000, 10000, 12000, 14000, 16000, 18000, 20000,
    ]);
  });

  it('never marks zero for tiny totals', () => {
    expect([...progressMilestones(3)]).toEqual([1, 2, 3]);
  });
});
