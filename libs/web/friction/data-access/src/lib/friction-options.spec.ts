import { frictionGroupBy } from './friction-options';

describe(frictionGroupBy.name, () => {
  const params = (value: string | null) => ({ get: () => value });

  it('takes a known breakdown from the URL and ignores anything else', () => {
    expect(frictionGroupBy(params('queue'))).toBe('queue');
    expect(frictionGroupBy(params('agent'))).toBe('agent');
    expect(frictionGroupBy(params(null))).toBeNull();
    expect(frictionGroupBy(params('team'))).toBeNull();
  });
});
