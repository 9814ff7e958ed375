/** The screen's own query params, next to the common filters (the API's names). */
export interface ChannelShiftOptions {
  /** Share of assisted demand assumed to move at most (Gartner's 0.2-0.4); null: API default. */
  cap: number | null;
  /** Containment an intent needs to count as an opportunity; null: API default. */
  minContainment: number | null;
}

export const CAP_CHOICES: readonly number[] = [0.2, 0.25, 0.3, 0.35, 0.4];
export const MIN_CONTAINMENT_CHOICES: readonly number[] = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
/** What the API uses when the param is absent (shown as the selected choice). */
export const DEFAULT_CAP = 0.3;
export const DEFAULT_MIN_CONTAINMENT = 0.5;

function choice(value: string | null, choices: readonly number[]): number | null {
  if (value === null || value.trim() === '') return null;
  const number = Number(value);
  return choices.includes(number) ? number : null;
}

/** Reads `cap` and `minContainment` from the URL; anything not on offer means the default. */
export function channelShiftOptions(params: {
  get(name: string): string | null;
}): ChannelShiftOptions {
  return {
    cap: choice(params.get('cap'), CAP_CHOICES),
    minContainment: choice(params.get('minContainment'), MIN_CONTAINMENT_CHOICES),
  };
}

export function sameShiftOptions(a: ChannelShiftOptions, b: ChannelShiftOptions): boolean {
  return a.cap === b.cap && a.minContainment === b.minContainment;
}
