import type { ResolvedFilter } from './filter.sql';
import { pathCountsSql } from './paths.sql';
import { contactSquaresSql, journeySquaresSql } from './segment-compare.sql';

const EVIL = "x'); DROP TABLE journey; --";

const filter: ResolvedFilter = {
  workspace: EVIL,
  workspaceId: EVIL,
  timeZone: EVIL,
  from: { text: EVIL, dateOnly: false },
  to: null,
  fromAt: new Date('2026-11-01T00:00:00Z'),
  toAt: new Date('2026-11-08T00:00:00Z'),
  previousFromAt: null,
  intent: EVIL,
  channel: null,
  team: EVIL,
  agent: EVIL,
  segment: [
    { attribute: 'tier', values: [EVIL] },
    { attribute: 'plan', values: [EVIL] },
  ],
};

describe('segment compare SQL builders', () => {
  it.each([
    ['journey squares', journeySquaresSql(filter)],
    ['contact squares', contactSquaresSql(filter)],
    ['path counts', pathCountsSql(filter, [EVIL])],
  ])('keep user text out of the SQL text (%s)', (_name, statement) => {
    expect(statement.text).not.toContain('DROP TABLE');
    expect(statement.values).toContainEqual(EVIL);
    const used = new Set([...statement.text.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
    expect([...used].sort((a, b) => a - b)).toEqual(statement.values.map((_v, index) => index + 1));
  });
});
