import { frictionCountsSql } from './friction.sql';
import type { ResolvedFilter } from './filter.sql';
import { FRICTION_TYPE_GROUPING, dimensionGrouping, periodGrouping } from './groupings.sql';
import { journeyMapSql } from './journey-map.sql';
import { journeySampleSql } from './journeys.sql';
import { contactSumsSql, journeySumsSql } from './metrics.sql';
import { pathsSql } from './paths.sql';
import { rollupJourneySumsSql } from './rollup-metrics.sql';

const EVIL = "x'); DROP TABLE journey; --";

const filter: ResolvedFilter = {
  workspace: EVIL,
  workspaceId: EVIL,
  timeZone: EVIL,
  from: { text: EVIL, dateOnly: false },
  to: null,
  fromAt: new Date('2026-11-01T00:00:00Z'),
  toAt: new Date('2026-11-08T00:00:00Z'),
  previousFromAt: new Date('2026-10-25T00:00:00Z'),
  intent: EVIL,
  channel: null,
  team: EVIL,
  agent: EVIL,
  segment: [
    { attribute: 'tier', values: [EVIL] },
    { attribute: 'plan', values: [EVIL] },
  ],
};

const window = { lo: filter.previousFromAt, hi: filter.toAt, currentFrom: filter.fromAt };

describe('analytics SQL builders', () => {
  it.each([
    ['journey sums', journeySumsSql(filter, window, dimensionGrouping({ kind: 'team' }), 30)],
    ['contact sums', contactSumsSql(filter, window, periodGrouping('week', EVIL))],
    ['friction types', contactSumsSql(filter, window, FRICTION_TYPE_GROUPING)],
    ['rollup sums', rollupJourneySumsSql(filter, window, 'ARRAY[r.journey_key]', 30)],
    [
      'journey map',
      journeyMapSql(filter, {
        steps: 5,
        minCount: null,
        anchorChannel: 'phone',
        anchorIntent: EVIL,
        direction: 'before',
      }),
    ],
    ['paths', pathsSql(filter, 20)],
    ['friction counts', frictionCountsSql(filter, 'queue')],
    [
      'samples',
      journeySampleSql(filter, {
        friction: EVIL,
        path: [EVIL],
        steps: [{ position: 1, channel: EVIL }],
        resolved: true,
        limit: 5,
      }),
    ],
  ])('keep user text out of the SQL text (%s)', (_name, statement) => {
    expect(statement.text).not.toContain('DROP TABLE');
    expect(statement.values).toContainEqual(EVIL);
    // Every placeholder has a value and every value a placeholder.
    const used = new Set([...statement.text.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
    expect([...used].sort((a, b) => a - b)).toEqual(
      statement.values.map((_value, index) => index + 1),
    );
  });
});
