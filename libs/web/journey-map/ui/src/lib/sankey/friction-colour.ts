import { interpolateLab, scaleLinear } from 'd3';

/**
 * Link colour by friction rate: pale blue -> orange -> dark vermilion (Okabe-Ito hues).
 * Lightness falls monotonically with the rate, so the order survives every common form of
 * colour blindness and greyscale printing. Rates at or above 50% share the darkest colour:
 * beyond that the analyst needs the number, not a finer shade.
 */
export const FRICTION_STOPS: readonly { rate: number; colour: string }[] = [
  { rate: 0, colour: '#9cc7e4' },
  { rate: 0.25, colour: '#e69f00' },
  { rate: 0.5, colour: '#a63d00' },
];

/** For links whose rate is missing or not a number: neutral, never mistaken for "low". */
export const FRICTION_UNKNOWN_COLOUR = '#bbbbbb';

const scale = scaleLinear<string>()
  .domain(FRICTION_STOPS.map((stop) => stop.rate))
  .range(FRICTION_STOPS.map((stop) => stop.colour))
  .interpolate(interpolateLab)
  .clamp(true);

/** `rgb(r, g, b)` for a friction rate in 0..1. */
export function frictionColour(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return FRICTION_UNKNOWN_COLOUR;
  return scale(rate);
}

/** Evenly spaced swatches for the legend, e.g. 0%, 10%, ... 50%+. */
export function frictionLegend(steps = 6): { rate: number; colour: string; label: string }[] {
  const top = FRICTION_STOPS[FRICTION_STOPS.length - 1].rate;
  return Array.from({ length: steps }, (_, i) => {
    const rate = (top * i) / (steps - 1);
    const label = `${Math.round(rate * 100)}%${i === steps - 1 ? '+' : ''}`;
    return { rate, colour: frictionColour(rate), label };
  });
}
