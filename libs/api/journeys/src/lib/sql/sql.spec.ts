import { BUILD_JOURNEYS } from './build-journeys.sql';
import {
  RECOUNT_IN_PLACE,
  RECOUNT_STAGED,
  recountStaging,
  recountValues,
  ROLLUP_TABLES,
} from './recount.sql';
import { DELETE_JOURNEYS } from './rebuild.sql';
import { rollupCtes } from './rollups.sql';
import { scopePredicate } from './scopes';

/** The parameter numbers a statement uses, in order. */
function parameters(sql: string): number[] {
  return [...new Set([...sql.matchAll(/\$(\d+)/g)].map((match) => Number(match[1])))].sort(
    (a, b) => a - b,
  );
}

describe(scopePredicate.name, () => {
  it('numbers the scope parameters from the given one', () => {
    expect(parameters(scopePredicate('range', 4))).toEqual([4, 5]);
    expect(parameters(scopePredicate('customers', 2))).toEqual([2]);
  });
});

describe('journey statements', () => {
  it('use consecutive parameters, so the driver can type every one', () => {
    expect(parameters(BUILD_JOURNEYS.range)).toEqual([1, 2, 3, 4, 5]);
    expect(parameters(BUILD_JOURNEYS.customers)).toEqual([1, 2, 3, 4]);
    expect(parameters(DELETE_JOURNEYS.range)).toEqual([1, 2, 3]);
    expect(parameters(DELETE_JOURNEYS.customers)).toEqual([1, 2]);
  });

  it('read the access overrides from the settings row, not from parameters', () => {
    for (const sql of Object.values(BUILD_JOURNEYS)) {
      expect(sql).toContain('jsonb_array_elements(s.service_level_overrides) WITH ORDINALITY');
      expect(sql).toContain('jsonb_array_elements(s.hours_overrides) WITH ORDINALITY');
      // Each step keeps the target that applied to it, for the service-level metric.
      expect(sql).toMatch(/cost,\s+service_level_seconds\)/);
      expect(sql).toContain('ORDER BY o.rank DESC');
    }
  });

  it('sort the touchpoints once: every window of the build but many_handoffs is over (customer, key)', () => {
    const build = ['customer_id, journey_key', 'customer_id, journey_id'];
    // Customer-scoped builds also add rollup deltas: the slot rollups walk each inserted
    // journey's steps in order (a window over the batch's steps, not the touchpoints).
    const expected = { range: build, customers: [...build, 's.customer_id, s.journey_id'] };
    for (const [scope, sql] of Object.entries(BUILD_JOURNEYS)) {
      const partitions = [...sql.matchAll(/PARTITION BY ([^)]*?)\s+ORDER BY/g)].map((m) => m[1]);
      expect(new Set(partitions)).toEqual(new Set(expected[scope as keyof typeof expected]));
      // many_handoffs: only the steps that have an agent are sorted by agent.
      expect(sql).toContain('FROM steps\n                   WHERE agent_id IS NOT NULL');
    }
  });

  it('join nothing to a CTE by key, so one-row estimates cannot make a nested loop', () => {
    for (const sql of Object.values(BUILD_JOURNEYS)) {
      // The customer is a primary-key probe per touchpoint.
      expect(sql).toMatch(
        /WHERE c\.id = t\.customer_id AND c\.workspace_id = \$1\s+LIMIT 1\) cu ON true/,
      );
      expect(sql).not.toMatch(/JOIN (customers|journeys|steps)\b/);
    }
  });

  it('keep rollups by deltas only for customer-scoped rebuilds, one upsert per table', () => {
    for (const table of ROLLUP_TABLES) {
      expect(BUILD_JOURNEYS.customers.match(new RegExp(`INSERT INTO ${table} `, 'g'))).toHaveLength(
        1,
      );
      expect(BUILD_JOURNEYS.range).not.toContain(table);
      expect(DELETE_JOURNEYS.range).not.toContain(table);
      expect(DELETE_JOURNEYS.customers).not.toContain(table);
    }
    // The customer-scoped delete keeps what it deletes for the build's comparison.
    expect(DELETE_JOURNEYS.customers).toContain('INSERT INTO pg_temp.replaced_journey ');
    expect(BUILD_JOURNEYS.customers).toContain('FROM pg_temp.replaced_journey ');
  });
});

describe(rollupCtes.name, () => {
  const side = (prefix: string, sign: 1 | -1) => ({
    prefix,
    sign,
    from: { journeys: `${prefix}_j`, steps: `${prefix}_s`, friction: `${prefix}_f` },
  });

  it('adds or subtracts every measure', () => {
    const removed = rollupCtes('gone', [side('old', -1)]);
    expect(removed).toContain('-1 * count(*)');
    expect(removed).not.toMatch(/(^|[^-])1 \* count/);
    expect(removed).toContain('FROM old_j j');
  });

  it('sums both sides per rollup key before the upsert', () => {
    const net = rollupCtes('net', [side('old', -1), side('new', 1)]);
    expect(net).toContain('FROM old_j j');
    expect(net).toContain('FROM new_j j');
    for (const table of ROLLUP_TABLES) {
      expect(net.match(new RegExp(`INSERT INTO ${table} `, 'g'))).toHaveLength(1);
    }
    expect(net).toContain('sum(journeys)');
    expect(net).toContain('UNION ALL');
  });
});

describe('rollup recount', () => {
  const parts = [...RECOUNT_STAGED, ...RECOUNT_IN_PLACE];

  it('counts every rollup table in its own part, from the fact tables', () => {
    expect(parts.map((part) => part.table).sort()).toEqual([...ROLLUP_TABLES].sort());
    for (const part of parts) {
      const { table } = part;
      const [inPlace, staged, copy] = [part.inPlace, part.staged, part.copy].map((list) =>
        list.map((statement) => statement.sql),
      );
      // Only the counting statements take $2 (the custom attributes), and say so.
      for (const statement of [...part.inPlace, ...part.staged, ...part.copy]) {
        expect(parameters(statement.sql)).toEqual(statement.count ? [1, 2] : [1]);
        expect(recountValues(statement, 'w', ['ageBand'])).toEqual(
          statement.count ? ['w', ['ageBand']] : ['w'],
        );
      }
      for (const [statements, into] of [
        [inPlace, table],
        [staged, recountStaging(table)],
      ] as const) {
        const count = statements[statements.length - 1];
        expect(statements).toContain(`DELETE FROM ${into} WHERE workspace_id = $1`);
        expect(count).toContain(`INSERT INTO ${into} AS r`);
        // No other table is written, and the facts are subqueries, not materialised CTEs.
        expect(count.match(/INSERT INTO/g)).toHaveLength(1);
        expect(count).toMatch(/\(SELECT \* FROM (journey|journey_step) WHERE workspace_id = \$1\)/);
        expect(count).not.toMatch(/AS MATERIALIZED|all_(journeys|steps|friction)/);
      }
      expect(copy).toEqual([
        `DELETE FROM ${table} WHERE workspace_id = $1`,
        expect.stringContaining(`INSERT INTO ${table} SELECT * FROM ${recountStaging(table)}`),
        `DELETE FROM ${recountStaging(table)} WHERE workspace_id = $1`,
      ]);
    }
  });

  it('counts contacts per friction type set and matches journeys by id alone', () => {
    const contacts =
      parts
        .find((part) => part.table === 'contact_slot')
        ?.inPlace.map((statement) => statement.sql)
        .join('\n') ?? '';
    expect(contacts).toContain('array_agg(type ORDER BY type) AS types');
    // Day, 4 built-in and 3 custom segment columns, key, type set.
    expect(contacts).toContain('GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10) j');
    expect(contacts).not.toContain('customer_id = ');
  });
});
