import { DEFAULT_LIMIT, pathsLimit } from './paths-options';

describe(pathsLimit.name, () => {
  const params = (limit: string | null) => ({ get: () => limit });

  it('takes an offered limit from the URL and falls back to the default', () => {
    expect(pathsLimit(params('50'))).toBe(50);
    expect(pathsLimit(params(null))).toBe(DEFAULT_LIMIT);
    expect(pathsLimit(params('7'))).toBe(DEFAULT_LIMIT);
    expect(pathsLimit(params('lots'))).toBe(DEFAULT_LIMIT);
  });
});
