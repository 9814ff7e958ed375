import { convertToParamMap } from '@angular/router';
import { DEFAULT_STEPS, journeyMapOptions, sameOptions } from './journey-map.dto';

describe(journeyMapOptions.name, () => {
  it('reads steps and min count from the URL', () => {
    expect(journeyMapOptions(convertToParamMap({ steps: '3', minCount: '20' }))).toEqual({
      steps: 3,
      minCount: 20,
    });
  });

  it('falls back to the defaults for anything unusable', () => {
    for (const params of [{}, { steps: '99', minCount: '-1' }, { steps: 'x', minCount: '2.5' }]) {
      expect(journeyMapOptions(convertToParamMap(params))).toEqual({
        steps: DEFAULT_STEPS,
        minCount: null,
      });
    }
  });

  it('compares options by value', () => {
    expect(sameOptions({ steps: 5, minCount: null }, { steps: 5, minCount: null })).toBe(true);
    expect(sameOptions({ steps: 5, minCount: null }, { steps: 5, minCount: 1 })).toBe(false);
  });
});
