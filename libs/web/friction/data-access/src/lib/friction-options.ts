/** The ways the friction ranking can be broken down (the API's `groupBy`). */
export const FRICTION_GROUPS = ['channel', 'intent', 'queue', 'agent'] as const;
export type FrictionGroupBy = (typeof FRICTION_GROUPS)[number];

/** Reads `groupBy` from the URL; anything else means no breakdown. */
export function frictionGroupBy(params: {
  get(name: string): string | null;
}): FrictionGroupBy | null {
  const value = params.get('groupBy');
  return (FRICTION_GROUPS as readonly string[]).includes(value ?? '')
    ? (value as FrictionGroupBy)
    : null;
}
