import { convertToParamMap } from '@angular/router';
import { channelShiftOptions, sameShiftOptions } from './channel-shift-options';

describe(channelShiftOptions.name, () => {
  it('reads cap and minimum containment from the URL', () => {
    expect(channelShiftOptions(convertToParamMap({ cap: '0.4', minContainment: '0.7' }))).toEqual({
      cap: 0.4,
      minContainment: 0.7,
    });
  });

  it('leaves anything not on offer to the API default', () => {
    for (const params of [
      {},
      { cap: '0.9', minContainment: 'x' },
      { cap: '', minContainment: '' },
    ]) {
      expect(channelShiftOptions(convertToParamMap(params))).toEqual({
        cap: null,
        minContainment: null,
      });
    }
  });

  it('compares by value', () => {
    expect(
      sameShiftOptions({ cap: 0.3, minContainment: null }, { cap: 0.3, minContainment: null }),
    ).toBe(true);
    expect(
      sameShiftOptions({ cap: 0.3, minContainment: null }, { cap: 0.2, minContainment: null }),
    ).toBe(false);
  });
});
