/** What a demo load generates: the same plan always yields the same touchpoints. */
export interface DemoPlan {
  seed: number;
  customers: number;
  windowStart: Date;
  days: number;
}

export const DEMO_SEED = 42;
export const DEMO_DAYS = 120;
const DAY_MS = 86_400_000;

/** A window of `DEMO_DAYS` whole UTC days that ends at today's midnight, so the data is recent. */
export function freshDemoPlan(customers: number, now: Date): DemoPlan {
  const todayMidnight = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  return {
    seed: DEMO_SEED,
    customers,
    windowStart: new Date(todayMidnight - DEMO_DAYS * DAY_MS),
    days: DEMO_DAYS,
  };
}

/** Progress lines at every tenth of the customers, not per batch. */
export function progressMilestones(total: number, steps = 10): Set<number> {
  const marks = new Set<number>();
  for (let i = 1; i <= steps; i++) marks.add(Math.max(1, Math.round((total * i) / steps)));
  return marks;
}
