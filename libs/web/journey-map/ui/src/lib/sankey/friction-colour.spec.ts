import { color, hsl } from 'd3';
import {
  FRICTION_STOPS,
  FRICTION_UNKNOWN_COLOUR,
  frictionColour,
  frictionLegend,
} from './friction-colour';

const lightness = (c: string) => hsl(c).l;
const hex = (c: string) => color(c)?.formatHex();

describe(frictionColour.name, () => {
  it('starts and ends at the Okabe-Ito based stops', () => {
    expect(hex(frictionColour(0))).toBe(FRICTION_STOPS[0].colour);
    expect(hex(frictionColour(0.5))).toBe(FRICTION_STOPS[2].colour);
  });

  it('gets darker as friction rises, so order survives colour blindness and greyscale', () => {
    const rates = [0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5];
    const values = rates.map((r) => lightness(frictionColour(r)));
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThan(values[i - 1]);
  });

  it('clamps out-of-range rates and greys out unknown ones', () => {
    expect(frictionColour(0.9)).toBe(frictionColour(0.5));
    expect(frictionColour(-1)).toBe(frictionColour(0));
    expect(frictionColour(Number.NaN)).toBe(FRICTION_UNKNOWN_COLOUR);
    expect(frictionColour(null)).toBe(FRICTION_UNKNOWN_COLOUR);
  });

  it('builds a legend from 0% to 50%+', () => {
    const legend = frictionLegend(6);
    expect(legend.map((s) => s.label)).toEqual(['0%', '10%', '20%', '30%', '40%', '50%+']);
    expect(legend[5].colour).toBe(frictionColour(0.5));
  });
});
